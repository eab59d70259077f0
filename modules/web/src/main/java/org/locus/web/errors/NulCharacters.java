package org.locus.web.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a query or a form that carries the NUL character (U+0000) with a 400: PostgreSQL cannot store or
 * even compare text that holds it ("invalid byte sequence for encoding UTF8: 0x00"), so a search or a form
 * with one was a server error (HostileInputIT found it on every text field). JSON bodies under /api are
 * checked by the platform's body check. The engine's REST resources are left to their own rules.
 * <p>
 * A form's parameters are read here before Faces reads them, so their encoding is set here first: UTF-8,
 * the encoding every Locus page is served in (and the one Faces would choose for a page's own post).
 */
@WebFilter(filterName = "nulCharacters", urlPatterns = "/*")
public class NulCharacters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/engine-rest") && carriesNul(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesNul(HttpServletRequest request) throws IOException {
        String query = request.getQueryString();
        if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
            return true;
        }
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        return request.getParameterMap().values().stream()
                .anyMatch(values -> values != null && java.util.Arrays.stream(values).anyMatch(v -> v != null && v.indexOf('\0') >= 0));
    }
}
