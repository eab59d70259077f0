package org.locus.web.errors;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages are read (GET, HEAD) and their forms sent (POST); Faces would otherwise render a page for any
 * method at all (TRACE, PROPFIND, DELETE...) with 200. Anything else is refused with 405 and a plain
 * page in the error pages' words. The API and the engine's REST resources decide their own methods. Mapped to every path
 * rather than to the Faces servlet by name: "/" reaches the home page by the welcome-file forward, which
 * a filter on the servlet's name never sees.
 */
@WebFilter(filterName = "pageMethods", urlPatterns = "/*")
public class PageMethods extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SERVED = Set.of("GET", "HEAD", "POST");
    /** Where the resources answer every method themselves (with problem details, or the engine's own errors). */
    private static final Set<String> OWN_METHODS = Set.of("/api/", "/engine-rest/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SERVED.contains(request.getMethod()) || OWN_METHODS.stream().anyMatch(own -> path.startsWith(own) || path.equals(own.substring(0, own.length() - 1)))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", String.join(", ", "GET", "HEAD", "POST"));
        // Written here rather than by sendError: the error page would show these methods the plain page anyway
        // (never the Faces one), and Liberty answers a TRACE's sendError with an empty body.
        ErrorPages.plainPage(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                ErrorText.forStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED));
    }
}
