package org.locus.platform.internal.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.locus.platform.api.web.RefusedRequest;

/**
 * Signs the person out: a POST from the layout's "Sign out" button, with the session's sign-out
 * token. Ends the login and the session, then shows the sign-in page with "You have signed out".
 */
@WebServlet(name = "signOut", urlPatterns = "/logout")
public class SignOutServlet extends HttpServlet {

    static final String SIGNED_OUT_PAGE = "/login.xhtml?signed-out=true";

    // Servlets are made by the container with a no-argument constructor: field injection it is.
    @Inject
    private SignOutTokens tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (!tokens.accepts(session, request.getParameter("token"))) {
            // The same answer as any form sent without its state: "This form has expired or came from another site".
            request.setAttribute(RefusedRequest.ATTRIBUTE, RefusedRequest.NO_FORM_STATE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // logout() may end the session itself; either way it is gone.
        }
        response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
    }

    /** Signing out changes state, so it is never a GET; someone who types the address goes home instead. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
