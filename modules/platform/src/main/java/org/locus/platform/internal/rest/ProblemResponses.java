package org.locus.platform.internal.rest;

import jakarta.ws.rs.core.Response;

/** A problem as a response. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(Problem problem) {
        return builder(problem).build();
    }

    static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson());
    }
}
