package org.locus.platform.internal.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body refused by {@link JsonBodyInterceptor}: its problem (400, 408 or 413), as it was decided. */
@Provider
public class BodyRefusedMapper implements ExceptionMapper<BodyRefusedException> {

    @Override
    public Response toResponse(BodyRefusedException exception) {
        return ProblemResponses.of(exception.problem());
    }
}
