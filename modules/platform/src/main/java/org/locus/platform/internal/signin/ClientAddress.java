package org.locus.platform.internal.signin;

import java.util.Set;

/**
 * The address a sign-in comes from, as throttling counts it. The socket's remote address, unless that is
 * a proxy listed in {@code locus.signin.trustedProxies}: then the {@code X-Forwarded-For} entry nearest to
 * it that is not itself a trusted proxy. Each proxy appends the address it was called from, so that entry
 * was written by a proxy of ours; entries further left were written by the client and prove nothing.
 * Without trusted proxies the header is ignored, since anyone can send it.
 */
final class ClientAddress {

    /** Longer than any address; what a proxy writes is kept to this, as it is only ever hashed. */
    private static final int MAX_LENGTH = 100;

    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty()) {
                return remoteAddress;
            }
            if (!trustedProxies.contains(hop)) {
                return hop.length() > MAX_LENGTH ? hop.substring(0, MAX_LENGTH) : hop;
            }
        }
        return remoteAddress;
    }
}
