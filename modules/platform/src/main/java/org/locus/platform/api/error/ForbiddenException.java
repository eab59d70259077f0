package org.locus.platform.api.error;

/** The person is signed in but may not do this (403). */
public class ForbiddenException extends LocusException {

    public ForbiddenException(String message) {
        super(message);
    }
}
