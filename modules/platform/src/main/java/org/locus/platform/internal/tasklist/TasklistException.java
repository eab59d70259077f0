package org.locus.platform.internal.tasklist;

/** The tasklist tables could not be written or read; the engine's transaction rolls back with it. */
class TasklistException extends RuntimeException {

    TasklistException(String message, Throwable cause) {
        super(message, cause);
    }
}
