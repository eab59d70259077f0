package org.locus.web.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.locus.platform.api.security.Roles;

/**
 * Where someone goes after signing in: back to the page that sent them to sign in, if that is a
 * page of Locus, else to their home page. Only local paths are followed, so a link that carries
 * {@code next=https://elsewhere} cannot send a person from the sign-in page to another site.
 */
public final class NextPage {

    static final String TASKLIST = "/tasks/index.xhtml";
    static final String ENGAGEMENTS = "/engagements/index.xhtml";
    static final String HOME = "/index.xhtml";

    /** Not pages to come back to: signing in or out again, or something that is not a page. */
    private static final Set<String> NOT_PAGES = Set.of("/login.xhtml", "/logout", "/api", "/engine-rest");
    private static final List<String> NOT_PAGE_FOLDERS = List.of("/errors/", "/api/", "/engine-rest/",
            "/jakarta.faces.resource/", "/webjars/", "/assets/");

    private NextPage() {
    }

    /** The page to go to: {@code next} if it is a local page path, else the home page for the roles. */
    public static String after(String next, Set<String> roles) {
        return local(next).orElseGet(() -> homeFor(roles));
    }

    public static String homeFor(Set<String> roles) {
        if (roles.contains(Roles.STAFF) || roles.contains(Roles.MANAGER)) {
            return TASKLIST;
        }
        if (roles.contains(Roles.AUDITOR)) {
            return ENGAGEMENTS;
        }
        return HOME;
    }

    /**
     * {@code next} as a path within Locus (with its query), or empty if it is anything else: absolute
     * or scheme-relative ({@code //host}) addresses, backslashes and control characters (which
     * browsers read as slashes or drop), paths climbing above the root.
     */
    static Optional<String> local(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")) {
            return Optional.empty();
        }
        if (next.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(next).normalize();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (uri.isAbsolute() || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                || path.startsWith("//") || path.startsWith("/..")) {
            return Optional.empty();
        }
        if (NOT_PAGES.contains(path) || NOT_PAGE_FOLDERS.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }
}
