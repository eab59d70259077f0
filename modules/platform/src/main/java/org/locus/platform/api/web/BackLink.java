package org.locus.platform.api.web;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a page's GOV.UK back link goes: back to the Locus page the person came from (the request's
 * {@code Referer}), or to a default page when they came from elsewhere, from a bookmark, or from a
 * page that is not one to go back to. Only pages of this application on this host are followed.
 *
 * @param path the page within the application (with its query), such as {@code /engagements/view.xhtml?id=...}
 * @param text "Back", or the default's own words ("Back to your tasks")
 */
public record BackLink(String path, String text) implements Serializable {

    private static final List<String> NOT_PAGES = List.of("/login.xhtml", "/errors/", "/api/", "/logout");

    /** The back link of the page this request shows; read it when the page opens, not on a postback to itself. */
    public static BackLink of(FacesContext context, BackLink otherwise) {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        return from(request.getHeader("Referer"), request.getServerName(), external.getRequestContextPath(),
                context.getViewRoot().getViewId(), otherwise);
    }

    /** "Back to your tasks", the back link of a page reached from nowhere in Locus. */
    public static BackLink toTasks() {
        return new BackLink("/tasks/index.xhtml", "Back to your tasks");
    }

    /**
     * @param referer     the {@code Referer} header, or null
     * @param host        the host this request was sent to
     * @param contextPath the application's context path ({@code ""} at the root)
     * @param here        this page's path, which is not a page to go back to
     */
    public static BackLink from(String referer, String host, String contextPath, String here, BackLink otherwise) {
        return localPage(referer, host, contextPath)
                .filter(path -> !path.equals(here) && !path.startsWith(here + "?"))
                .map(path -> new BackLink(path, "Back"))
                .orElse(otherwise);
    }

    static Optional<String> localPage(String referer, String host, String contextPath) {
        if (referer == null || referer.length() > 2000 || host == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(referer).normalize();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || !host.equalsIgnoreCase(uri.getHost())
                || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (!path.startsWith(contextPath + "/") || path.contains("\\")) {
            return Optional.empty();
        }
        String page = path.substring(contextPath.length());
        if (page.startsWith("//") || page.contains("/..") || NOT_PAGES.stream().anyMatch(page::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? page : page + "?" + uri.getRawQuery());
    }
}
