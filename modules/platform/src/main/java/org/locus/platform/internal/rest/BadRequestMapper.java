package org.locus.platform.internal.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime refused the body as a bad request: 400, the body is not valid JSON for this operation. */
@Provider
public class BadRequestMapper implements ExceptionMapper<BadRequestException> {

    @Override
    public Response toResponse(BadRequestException exception) {
        return ProblemResponses.of(Problems.invalidJson());
    }
}
