package org.locus.platform.internal.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.locus.platform.api.web.RefusedRequest;

/**
 * Cross-site request forgery: refuses, with a 403 and before anything runs, a request that would change
 * something (any method but GET, HEAD, OPTIONS and TRACE) when
 * <ul>
 * <li>a browser says another site sent it ({@link CrossSiteCheck}), on every path, the API's included
 *     (browsers keep HTTP basic credentials and would send them with a forged post); or</li>
 * <li>it is a post to a page (the Faces servlet) without the form's view state. With state kept on the
 *     server (web.xml), the view state is an unguessable id of this session's view: a wrong one fails in
 *     Faces as an expired view (the same 403 page, {@code ExpiredViewExceptionHandler} in web), a missing one
 *     would otherwise be taken by Faces as a first visit and answered 200.</li>
 * </ul>
 * The error page reads the reason ({@link RefusedRequest}) and says "This form has expired or came from
 * another site". Sign-out, a servlet, has its own token ({@link SignOutTokens}) besides this check.
 * Declared in the WAR's web.xml for REQUEST and FORWARD (a post to {@code /} reaches the home page by a
 * forward); an error dispatch is never refused again.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String FACES_SERVLET = "jakarta.faces.webapp.FacesServlet";

    // Filters are made by the container with a no-argument constructor: field injection it is.
    @Inject
    @ConfigProperty(name = "locus.web.trustedOrigins")
    private Optional<String> trustedOrigins;

    private transient CrossSiteCheck check;
    private transient Set<String> facesServlets;

    @Override
    public void init() {
        check = new CrossSiteCheck(trustedOrigins.map(CrossSiteRequestFilter::origins).orElse(Set.of()));
        facesServlets = getServletContext().getServletRegistrations().values().stream()
                .filter(registration -> FACES_SERVLET.equals(registration.getClassName()))
                .map(registration -> registration.getName())
                .collect(Collectors.toUnmodifiableSet());
    }

    static Set<String> origins(String configured) {
        return Arrays.stream(configured.split(","))
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .map(origin -> origin.replaceAll("/+$", "").toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request, response);
            return;
        }
        if (check.isCrossSite(request.getHeader("Host"), request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"), request.getHeader("Referer"))) {
            refuse(request, response, RefusedRequest.CROSS_SITE);
            return;
        }
        if (isForFaces(request) && !hasViewState(request)) {
            refuse(request, response, RefusedRequest.NO_FORM_STATE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isForFaces(HttpServletRequest request) {
        var mapping = request.getHttpServletMapping();
        if (mapping != null && mapping.getMappingMatch() != null && mapping.getMappingMatch() != MappingMatch.DEFAULT) {
            return facesServlets.contains(mapping.getServletName());
        }
        // No servlet of its own (the default servlet, or not yet known): a page address is still a page.
        return request.getServletPath().endsWith(".xhtml");
    }

    private static boolean hasViewState(HttpServletRequest request) throws IOException {
        if (request.getCharacterEncoding() == null) {
            // Reading a parameter fixes the encoding; pages are UTF-8, as Faces would have read them.
            request.setCharacterEncoding("UTF-8");
        }
        String state = request.getParameter(ResponseStateManager.VIEW_STATE_PARAM);
        return state != null && !state.isBlank();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RefusedRequest reason)
            throws IOException {
        request.setAttribute(RefusedRequest.ATTRIBUTE, reason);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
