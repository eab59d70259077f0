package org.locus.platform.internal.rest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything else. A service's error wrapped by the container (a rolled-back transaction, say) is
 * still answered as that error; the rest is a 500 that tells the caller nothing of the cause but a
 * reference, and logs the whole failure under that reference.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return ProblemResponses.of(Problems.known(exception).orElseGet(() -> {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, exception, () -> "Unexpected failure, reference " + incident);
            return Problems.unexpected(incident);
        }));
    }
}
