package org.locus.platform.internal.rest;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The HTTP layer's own answers (no such address, method not allowed, unsupported media type...)
 * keep their status, with a problem body instead of the runtime's text, which may name its internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    /** Headers the client needs to act on the answer. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        // 501 and 503 say something the client can act on; any other server error is a failure to log.
        if (status >= 500 && status != 501 && status != 503) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, exception, () -> "Unexpected failure, reference " + incident);
            return ProblemResponses.of(Problems.unexpected(incident));
        }
        Response.ResponseBuilder answer = ProblemResponses.builder(
                Problems.forStatus(status, original.getStatusInfo().getReasonPhrase()));
        for (String header : KEPT_HEADERS) {
            List<Object> values = original.getHeaders().get(header);
            if (values != null) {
                values.forEach(value -> answer.header(header, value));
            }
        }
        return answer.build();
    }
}
