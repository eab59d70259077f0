package org.locus.platform.api.error;

/** The request clashes with what already happened, such as a task someone else completed (409). */
public class ConflictException extends LocusException {

    public ConflictException(String message) {
        super(message);
    }
}
