package org.locus.platform.internal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request that changes something was sent by a page of another site, from what the browser says
 * about it. Browsers send {@code Origin} with every POST and {@code Sec-Fetch-Site} with every request; a
 * page of another site can set neither. Programs (API clients, curl) send none of the three and pass: they
 * hold no person's session, which is what a forged request would borrow.
 *
 * @param trustedOrigins origins besides the request's own host that may send forms (a proxy in front that
 *                       rewrites {@code Host}), lower case, as {@code https://locus.example.org}
 */
record CrossSiteCheck(Set<String> trustedOrigins) {

    /**
     * @param host      the request's Host header (its authority: name and any port)
     * @param origin    the Origin header, or null
     * @param fetchSite the Sec-Fetch-Site header, or null
     * @param referer   the Referer header, or null (only read when there is no Origin)
     */
    boolean isCrossSite(String host, String origin, String fetchSite, String referer) {
        if (fetchSite != null) {
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            // same-site is another host of the same registrable domain: not Locus either.
            if (site.equals("cross-site") || site.equals("same-site")) {
                return true;
            }
        }
        if (origin != null) {
            // "null" is what a sandboxed frame, a file or a privacy-minded redirect sends: nobody we know.
            return !isOurs(host, origin);
        }
        if (referer != null && !referer.isBlank()) {
            return !isOurs(host, referer);
        }
        return false;
    }

    private boolean isOurs(String host, String address) {
        URI uri;
        try {
            uri = new URI(address.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        String authority = uri.getRawAuthority();
        if (scheme == null || authority == null) {
            return false;
        }
        String originOf = (scheme + "://" + authority).toLowerCase(Locale.ROOT);
        if (trustedOrigins.contains(originOf)) {
            return true;
        }
        // Scheme aside: behind a proxy that ends TLS, Locus sees http while the browser says https.
        return host != null && authority.equalsIgnoreCase(host.trim());
    }
}
