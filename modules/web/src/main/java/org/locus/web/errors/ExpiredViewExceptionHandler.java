package org.locus.web.errors;

import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;

/**
 * Shows "This form has expired or came from another site", with a 403, when a form is sent from a page whose
 * view the session no longer has (the session ended, the person signed out and in again, or another site made
 * up the view state: view state is kept on the server, so an id this session never had is refused here). The servlet container would show it
 * too, through web.xml's error page for ViewExpiredException, but Liberty matches the 500 error page
 * before exception types unless told otherwise; this works on any server.
 */
class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = ErrorText.EXPIRED_PAGE;

    ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable failure = queued.getException();
            if (isExpiredView(failure) || isUnreadableState(queued)) {
                events.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                // 403, as for a post the platform refuses before Faces: a client learns that nothing was saved.
                context.getExternalContext().setResponseStatus(403);
                context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE));
                context.renderResponse();
                break;
            }
        }
        getWrapped().handle();
    }

    /**
     * A form post whose view state Faces could not even read (MyFaces fails on a made-up one that is not base64 with
     * an IllegalArgumentException while restoring the view): a state this session never gave out, so the same answer
     * as an expired one, never a 500.
     */
    private static boolean isUnreadableState(ExceptionQueuedEventContext queued) {
        FacesContext context = queued.getContext();
        return queued.getPhaseId() == PhaseId.RESTORE_VIEW && context != null && context.isPostback();
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
