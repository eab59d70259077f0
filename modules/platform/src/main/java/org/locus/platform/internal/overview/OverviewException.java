package org.locus.platform.internal.overview;

/** The overview's table could not be read or written: a fault of the database, never of the request. */
class OverviewException extends RuntimeException {

    OverviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
