package org.locus.platform.internal.rest;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.FieldErrors;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.error.NotFoundException;

/** Which problem each failure is. Pure, so that every mapping is tested without a server. */
final class Problems {

    static final String INVALID_REQUEST = "urn:locus:problem:invalid-request";
    static final String INVALID_JSON = "urn:locus:problem:invalid-json";
    static final String FORBIDDEN = "urn:locus:problem:forbidden";
    static final String NOT_FOUND = "urn:locus:problem:not-found";
    static final String CONFLICT = "urn:locus:problem:conflict";
    static final String SERVER_ERROR = "urn:locus:problem:server-error";
    static final String BODY_TOO_LARGE = "urn:locus:problem:body-too-large";
    static final String BODY_TOO_SLOW = "urn:locus:problem:body-too-slow";
    static final String HTTP = "about:blank";

    static final String INVALID_JSON_TEXT = "The request body is not valid JSON for this operation";

    private Problems() {
    }

    static Problem of(LocusException e) {
        if (e instanceof InvalidRequestException invalid) {
            return new Problem(INVALID_REQUEST, "Some values are missing or wrong", 400, e.getMessage(), null,
                    invalid.fieldErrors());
        }
        if (e instanceof ForbiddenException) {
            return new Problem(FORBIDDEN, "You may not do this", 403, e.getMessage(), null, null);
        }
        if (e instanceof NotFoundException) {
            return new Problem(NOT_FOUND, "Not found", 404, e.getMessage(), null, null);
        }
        if (e instanceof ConflictException) {
            return new Problem(CONFLICT, "This clashes with what has already happened", 409, e.getMessage(), null, null);
        }
        // A LocusException of a kind added later: still the asker's fault, and its message is written for them.
        return new Problem(INVALID_REQUEST, "Some values are missing or wrong", 400, e.getMessage(), null, null);
    }

    static Problem of(Set<? extends ConstraintViolation<?>> violations) {
        return of(FieldErrors.asInvalidRequest(violations));
    }

    static Problem invalidJson() {
        return new Problem(INVALID_JSON, INVALID_JSON_TEXT, 400, INVALID_JSON_TEXT + ".", null, null);
    }

    /** A body that is not one complete, well-formed JSON value within the depth allowed; detail says what is wrong. */
    static Problem bodyNotJson(String detail) {
        return new Problem(INVALID_JSON, INVALID_JSON_TEXT, 400, detail, null, null);
    }

    static Problem bodyTooLarge(int maxBytes) {
        return new Problem(BODY_TOO_LARGE, "The request body is too large", 413,
                "Send at most " + maxBytes + " bytes.", null, null);
    }

    static Problem bodyTooSlow(Duration readTime) {
        return new Problem(BODY_TOO_SLOW, "The request body arrived too slowly", 408,
                "Send the whole body within " + readTime.toSeconds() + " seconds.", null, null);
    }

    /** The body stopped arriving: the connection failed or went quiet for longer than the server waits. */
    static Problem bodyNotArrived() {
        return new Problem(BODY_TOO_SLOW, "The request body arrived too slowly", 408,
                "The request body stopped arriving before its end. Send it again, whole.", null, null);
    }

    /** A status the HTTP layer chose (no such address, wrong method, wrong media type...). */
    static Problem forStatus(int status, String reasonPhrase) {
        String detail = switch (status) {
            case 401 -> "Sign in: send your user id and password with HTTP basic authentication.";
            case 403 -> "You do not have permission to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for. Ask for application/json.";
            case 415 -> "Send the request body as application/json.";
            case 501 -> "Locus cannot do this through the API yet. Use Locus in a browser.";
            case 503 -> "Locus is not available at the moment. Try again later.";
            default -> reasonPhrase;
        };
        return new Problem(HTTP, reasonPhrase == null ? "Error" : reasonPhrase, status, detail, null, null);
    }

    /** For a failure nobody foresaw: says nothing of what went wrong, but gives a reference to quote. */
    static Problem unexpected(String incident) {
        return new Problem(SERVER_ERROR, "Sorry, there is a problem with the service", 500,
                "Try again later. If it keeps happening, quote reference " + incident + ".", "urn:uuid:" + incident,
                null);
    }

    /**
     * The problem a wrapped failure really is: a container may wrap a service's error (a
     * transaction's rollback, an EJB), and the asker should still hear the service's own message.
     */
    static Optional<Problem> known(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LocusException locus) {
                return Optional.of(of(locus));
            }
            if (t instanceof ConstraintViolationException violations && violations.getConstraintViolations() != null) {
                return Optional.of(of(violations.getConstraintViolations()));
            }
        }
        return Optional.empty();
    }
}
