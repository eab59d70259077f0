package org.locus.platform.internal.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;

/**
 * The secret that the sign-out form carries. Sign-out is a POST to a servlet, not to a Faces view,
 * so Faces' view state cannot protect it from cross-site requests; this per-session token does
 * (with the session cookie's SameSite=Lax as a second line).
 */
@ApplicationScoped
public class SignOutTokens {

    static final String SESSION_ATTRIBUTE = "org.locus.signOutToken";

    private final SecureRandom random = new SecureRandom();

    /** The session's token, made on first use. */
    String tokenOf(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(SESSION_ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, created);
            return created;
        }
    }

    /** Whether a submitted token is this session's, compared in constant time. */
    static boolean matches(String expected, String submitted) {
        if (expected == null || submitted == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    boolean accepts(HttpSession session, String submitted) {
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return expected instanceof String token && matches(token, submitted);
    }
}
