package org.locus.platform.internal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts {@link SecurityHeaders} on every answer of the application: pages, the API, static files, error
 * pages. Declared first in the WAR's web.xml (not by annotation, whose order is not defined) for every
 * dispatch, so that a filter answering by itself (the GOV.UK stylesheet's) or an error page still has them.
 * They are set before the chain runs, since a committed answer takes no more headers.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.ALWAYS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }
}
