package org.locus.platform.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.locus.platform.api.security.SignInThrottled;
import org.locus.platform.internal.rest.Problem;
import org.locus.platform.internal.signin.SigninThrottle;

/**
 * One authentication mechanism for two kinds of caller, since Jakarta Security 3 allows only one:
 * <ul>
 * <li>People sign in on the login page (which calls {@code SecurityContext.authenticate}); who they
 *     are is then kept in their session. A page they may not see yet sends them to the login page.</li>
 * <li>API clients send HTTP basic credentials with every request. The API never uses the session,
 *     so a browser's cookie cannot be used against it from another site.</li>
 * </ul>
 * Both are throttled alike ({@link SigninThrottle}): a locked account name or client address is refused
 * before its password is checked, on the form with the lock's message, over basic with a 429.
 */
@ApplicationScoped
public class LocusAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String REALM = "Basic realm=\"Locus\"";

    static final String TOO_MANY_SIGN_INS = "urn:locus:problem:too-many-sign-ins";

    /**
     * The outcome of this request's credential check. The container calls the mechanism again, with the
     * same headers, to dispatch a refused request to its error page: that pass reuses the outcome, so a
     * failure is counted (and PBKDF2 paid) once.
     */
    private static final String CHECKED = LocusAuthenticationMechanism.class.getName() + ".checked";

    private final IdentityStoreHandler identityStore;
    private final SigninThrottle throttle;

    /** For the CDI proxy only. */
    protected LocusAuthenticationMechanism() {
        this.identityStore = null;
        this.throttle = null;
    }

    @Inject
    LocusAuthenticationMechanism(IdentityStoreHandler identityStore, SigninThrottle throttle) {
        this.identityStore = identityStore;
        this.throttle = throttle;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signIn(request, context, submitted);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (isApi(request)) {
            if (!context.isProtected()) {
                return context.doNothing();
            }
            response.setHeader("WWW-Authenticate", REALM);
            return context.responseUnauthorized();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.id(), signedIn.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + encode(pathOf(request)));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.SESSION_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential submitted) {
        String account = submitted instanceof UsernamePasswordCredential named ? named.getCaller() : "";
        String address = throttle.addressOf(request);
        Optional<SignInThrottled> refusal = throttle.refusal(account, address);
        if (refusal.isPresent()) {
            // The sign-in page shows the lock's message instead of "wrong user id or password".
            request.setAttribute(SignInThrottled.REQUEST_ATTRIBUTE, refusal.get());
            return context.responseUnauthorized();
        }
        CredentialValidationResult result = checked(request, account, address, submitted);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        // A new session id on sign-in, so an id planted before it is worth nothing after.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedIn.SESSION_ATTRIBUTE,
                new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            response.setHeader("WWW-Authenticate", REALM);
            return context.responseUnauthorized();
        }
        String account = decoded.substring(0, colon);
        String address = throttle.addressOf(request);
        if (request.getAttribute(CHECKED) == null) {
            Optional<SignInThrottled> refusal = throttle.refusal(account, address);
            if (refusal.isPresent()) {
                return tooMany(refusal.get(), response);
            }
        }
        CredentialValidationResult result = checked(request, account, address,
                new UsernamePasswordCredential(account, decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            response.setHeader("WWW-Authenticate", REALM);
            return context.responseUnauthorized();
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Checks the credential and counts the outcome for the throttle. */
    private CredentialValidationResult checked(HttpServletRequest request, String account, String address, Credential credential) {
        if (request.getAttribute(CHECKED) instanceof CredentialValidationResult before) {
            return before;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        request.setAttribute(CHECKED, result);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(account, address);
        } else {
            throttle.failed(account, address);
        }
        return result;
    }

    /**
     * 429 with Retry-After and a problem, written here and sent as it is (SEND_CONTINUE: the mechanism has
     * answered), so that neither the container's 401 nor its error page replaces it.
     */
    private static AuthenticationStatus tooMany(SignInThrottled refusal, HttpServletResponse response) {
        Problem problem = new Problem(TOO_MANY_SIGN_INS, "Too many failed sign-ins", 429, refusal.message(), null, null);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(refusal.retryAfter().toSeconds()));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(problem.toJson());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/engine-rest");
    }

    private static String pathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
