package org.locus.web.signin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.platform.api.security.Roles;
import org.locus.platform.api.security.SignInThrottled;
import org.locus.platform.api.web.FormErrors;

/**
 * The sign-in page ({@code /login.xhtml}). Hands the user id and password to Jakarta Security, which
 * checks them and keeps the person signed in for the session; then sends them on to the page they
 * came for (see {@link NextPage}).
 */
@Named("login")
@RequestScoped
public class LoginPage {

    static final String WRONG_CREDENTIALS = "Enter a correct user id and password";

    private final SecurityContext security;

    private String userId;
    private String password;
    private String next;
    private String signedOut;

    /** For the CDI proxy only. */
    protected LoginPage() {
        this(null);
    }

    @Inject
    LoginPage(SecurityContext security) {
        this.security = security;
    }

    public String signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> missing = new LinkedHashMap<>();
        if (userId == null || userId.isBlank()) {
            missing.put("userId", "Enter your user id");
        }
        if (password == null || password.isEmpty()) {
            missing.put("password", "Enter your password");
        }
        if (!missing.isEmpty()) {
            FormErrors.show(context, missing, Map.of("userId", "login:userId:field", "password", "login:password:field"));
            return null;
        }
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(userId.strip(), new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> goOn(context);
            case SEND_CONTINUE -> context.responseComplete();
            default -> {
                // The page shows the error itself: a form with errors is answered as a form, not as a 401.
                // A throttled sign-in says how long to wait; its password was not checked.
                response.setStatus(HttpServletResponse.SC_OK);
                FormErrors.showGlobal(context, SignInThrottled.of(request).map(SignInThrottled::message).orElse(WRONG_CREDENTIALS));
            }
        }
        return null;
    }

    private void goOn(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        Set<String> roles = Roles.ALL.stream().filter(external::isUserInRole).collect(Collectors.toSet());
        external.redirect(external.getRequestContextPath() + NextPage.after(next, roles));
        context.responseComplete();
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    /** The {@code signed-out} parameter the sign-out servlet adds, for the "You have signed out" banner. */
    public String getSignedOut() {
        return signedOut;
    }

    public void setSignedOut(String signedOut) {
        this.signedOut = signedOut;
    }

    public boolean isJustSignedOut() {
        return "true".equals(signedOut);
    }
}
