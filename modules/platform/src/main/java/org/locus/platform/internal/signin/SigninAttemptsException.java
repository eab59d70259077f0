package org.locus.platform.internal.signin;

/** The table of failed sign-ins could not be read or written. */
class SigninAttemptsException extends RuntimeException {

    SigninAttemptsException(String message, Throwable cause) {
        super(message, cause);
    }
}
