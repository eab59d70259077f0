package org.locus.platform.api.error;

/** A request that cannot be done, with a message written for the person who asked. */
public abstract class LocusException extends RuntimeException {

    protected LocusException(String message) {
        super(message);
    }
}
