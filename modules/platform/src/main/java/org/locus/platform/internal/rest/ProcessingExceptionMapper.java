package org.locus.platform.internal.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The body could not be read (JSON-B and JSON-P failures often arrive wrapped in this): 400, the body is not valid JSON for this operation. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return ProblemResponses.of(Problems.invalidJson());
    }
}
