package org.locus.platform.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows a service's field errors (such as {@code InvalidRequestException.fieldErrors()}) on a Faces
 * form in the GOV.UK pattern: each message goes to its field, whose {@code govuk} component then
 * shows the error state, and the {@code <govuk:errorSummary/>} links to it.
 *
 * <pre>
 * catch (InvalidRequestException e) {
 *     FormErrors.show(context, e.fieldErrors(), Map.of("placeName", "contact:placeName:field"));
 *     return null;
 * }
 * </pre>
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param fieldErrors     message by field name, as the service named them
     * @param fieldToClientId the client id of each field's component ({@code <formId>:<componentId>:field});
     *                        a field without one is shown as an error of the whole form
     */
    public static void show(FacesContext context, Map<String, String> fieldErrors, Map<String, String> fieldToClientId) {
        for (Message message : messages(fieldErrors, fieldToClientId)) {
            context.addMessage(message.clientId(), error(message.text()));
        }
        context.validationFailed();
    }

    /** An error of the whole form, not of one field: the summary shows it as text. */
    public static void showGlobal(FacesContext context, String message) {
        context.addMessage(null, error(message));
        context.validationFailed();
    }

    /** Where each message goes: its field's client id, or null for the form as a whole. */
    record Message(String clientId, String text) {
    }

    static List<Message> messages(Map<String, String> fieldErrors, Map<String, String> fieldToClientId) {
        List<Message> messages = new ArrayList<>(fieldErrors.size());
        fieldErrors.forEach((field, text) -> messages.add(new Message(fieldToClientId.get(field), text)));
        return messages;
    }

    static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
