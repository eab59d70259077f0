package org.locus.platform.internal.web;

import java.util.Map;

/**
 * The headers every answer of Locus carries, and why each. Liberty's HTTP endpoint sets the same ones on the
 * answers Locus never sees (its own {@code /health} and {@code /openapi}, requests it refuses itself), with a
 * policy that leaves out the script rules, which Liberty's Swagger UI would break: {@code server-config/server.xml},
 * element {@code headers}; {@code SecurityHeadersIT} checks both.
 */
final class SecurityHeaders {

    /**
     * Only Locus's own files: no inline script or style, no eval, no plug-ins, no framing, forms sent only
     * to Locus. {@code img-src data:} is for the layout's empty favicon ({@code data:,}), which spares a request.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** Set on every answer, whatever its status or who made it. */
    static final Map<String, String> ALWAYS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            // A file is what its Content-Type says, never what a browser guesses from its bytes.
            "X-Content-Type-Options", "nosniff",
            // Addresses can carry a reference or a search for a place: other sites learn only that Locus sent the person.
            "Referrer-Policy", "strict-origin-when-cross-origin",
            // frame-ancestors 'none' for browsers that predate it.
            "X-Frame-Options", "DENY");

    /**
     * Over HTTPS only: a browser that has once reached Locus securely never tries plain HTTP for a year. Not
     * for subdomains, which other services of the same organisation may serve.
     */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private SecurityHeaders() {
    }
}
