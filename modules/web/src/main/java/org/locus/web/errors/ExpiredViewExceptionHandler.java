package org.locus.web.errors;

import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * Shows "Your page has expired" when a form is sent from a page whose view the session no longer has
 * (the session ended, or the person signed out and in again). The servlet container would show it
 * too, through web.xml's error page for ViewExpiredException, but Liberty matches the 500 error page
 * before exception types unless told otherwise; this works on any server.
 */
class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (isExpiredView(failure)) {
                events.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE));
                context.renderResponse();
                break;
            }
        }
        getWrapped().handle();
    }

    static boolean isExpiredView(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
