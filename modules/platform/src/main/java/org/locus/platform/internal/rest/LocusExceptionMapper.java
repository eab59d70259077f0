package org.locus.platform.internal.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.locus.platform.api.error.LocusException;

/** A service said no: 400 (with the fields), 403, 404 or 409, with the service's own message. */
@Provider
public class LocusExceptionMapper implements ExceptionMapper<LocusException> {

    @Override
    public Response toResponse(LocusException exception) {
        return ProblemResponses.of(Problems.of(exception));
    }
}
