package org.locus.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in this module's faces-config.xml: wraps Faces' exception handler with {@link ExpiredViewExceptionHandler}. */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
    }
}
