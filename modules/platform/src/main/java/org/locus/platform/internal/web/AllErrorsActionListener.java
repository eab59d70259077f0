package org.locus.platform.internal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;

/**
 * Decides whether a button's action runs when a field of its form could not be read. The GOV.UK
 * components do not end the request when that happens (Faces would skip straight to showing the
 * page, with that one field's message), so that a form can list all of its errors at once: a
 * {@code <govuk:button allErrors="true">}'s action still runs and sends its command through
 * {@code FormSubmission}, which adds the other errors and calls no service. Every other action is
 * skipped, as Faces itself would, so no action ever sees values that could not be read unless it
 * asked to.
 */
public class AllErrorsActionListener extends ActionListenerWrapper {

    static final String ATTRIBUTE = "allErrors";

    private final ActionListener wrapped;

    public AllErrorsActionListener(ActionListener wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public ActionListener getWrapped() {
        return wrapped;
    }

    @Override
    public void processAction(ActionEvent event) throws AbortProcessingException {
        FacesContext context = event.getFacesContext();
        if (context.isValidationFailed() && !collectsAllErrors(event.getComponent())) {
            context.renderResponse();
            return;
        }
        wrapped.processAction(event);
    }

    private static boolean collectsAllErrors(UIComponent button) {
        UIComponent composite = UIComponent.getCompositeComponentParent(button);
        Object flag = composite == null ? button.getAttributes().get(ATTRIBUTE) : composite.getAttributes().get(ATTRIBUTE);
        return Boolean.TRUE.equals(flag) || "true".equals(flag);
    }
}
