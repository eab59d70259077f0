package org.locus.platform.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What the layout's sign-out form needs: {@code #{signOut.token}}. */
@Named("signOut")
@RequestScoped
public class SignOutForm {

    private final SignOutTokens tokens;
    private final HttpServletRequest request;

    /** For the CDI proxy only. */
    protected SignOutForm() {
        this(null, null);
    }

    @Inject
    SignOutForm(SignOutTokens tokens, HttpServletRequest request) {
        this.tokens = tokens;
        this.request = request;
    }

    public String getToken() {
        return tokens.tokenOf(request.getSession());
    }
}
