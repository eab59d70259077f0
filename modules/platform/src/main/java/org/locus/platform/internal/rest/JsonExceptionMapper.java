package org.locus.platform.internal.rest;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-P could not parse the body: 400, the body is not valid JSON for this operation. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException exception) {
        return ProblemResponses.of(Problems.invalidJson());
    }
}
