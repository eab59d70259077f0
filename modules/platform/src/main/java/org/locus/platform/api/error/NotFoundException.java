package org.locus.platform.api.error;

/** The thing asked for does not exist (404). */
public class NotFoundException extends LocusException {

    public NotFoundException(String message) {
        super(message);
    }
}
