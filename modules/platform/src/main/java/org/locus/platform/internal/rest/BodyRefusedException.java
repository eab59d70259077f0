package org.locus.platform.internal.rest;

/** A request body was refused before any resource saw it: too large, too slow, too deep or not complete JSON. */
final class BodyRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    BodyRefusedException(Problem problem) {
        // No stack trace: a refused body is the client's doing, and is answered, never logged.
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
