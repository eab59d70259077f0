package org.locus.platform.api.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.locus.platform.api.error.FieldErrors;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.workflow.SubmittingForm;

/**
 * Sends a form's command to its service with every error on the page at once (GOV.UK's pattern):
 * what the fields could not read (a date that is not real, from the GOV.UK components), what the
 * form found itself, and what the command's own Bean Validation constraints say (the same ones the
 * service checks at its edge) are shown together in the error summary, and the service is called
 * only when none of them is wrong, so nothing is saved while anything is.
 *
 * <p>The form's button is a {@code <govuk:button allErrors="true">}: its action then runs even when
 * a field could not be read (the field keeps what was typed and its message), so that this class
 * can add the others. The action must send its command through here.
 */
@ApplicationScoped
public class FormSubmission {

    private final Validator validator;
    private final SubmittingForm submittingForm;

    /** For the CDI proxy only. */
    protected FormSubmission() {
        this(null, null);
    }

    @Inject
    public FormSubmission(Validator validator, SubmittingForm submittingForm) {
        this.validator = validator;
        this.submittingForm = submittingForm;
    }

    /** @return true if the service was called and succeeded */
    public <C> boolean send(C command, Consumer<C> service, FormFields fields) {
        return send(command, service, fields, Map.of());
    }

    /**
     * @param formErrors errors the form found itself (such as a number it could not read); they take
     *                   the place of the constraints' message for the same field
     * @return true if the service was called and succeeded
     */
    public <C> boolean send(C command, Consumer<C> service, FormFields fields, Map<String, String> formErrors) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> problems = new LinkedHashMap<>(formErrors);
        FieldErrors.of(validator.validate(command)).forEach(problems::putIfAbsent);
        if (context.isValidationFailed() || !problems.isEmpty()) {
            show(context, problems, fields);
            return false;
        }
        // The values kept for the timeline are found under this form's labels.
        submittingForm.set(fields.components());
        return call(() -> service.accept(command), fields);
    }

    /**
     * Runs a service call that has no command to check first (a look-up), and turns its errors into
     * messages on the page.
     *
     * @return true if it succeeded
     */
    public boolean call(Runnable serviceCall, FormFields fields) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            serviceCall.run();
            return true;
        } catch (ConstraintViolationException e) {
            show(context, FieldErrors.of(e.getConstraintViolations()), fields);
        } catch (InvalidRequestException e) {
            show(context, e.fieldErrors(), fields);
        } catch (LocusException e) {
            // Completed or claimed by someone else, not theirs, gone: nothing on the form can fix it.
            FormErrors.showGlobal(context, e.getMessage());
        }
        return false;
    }

    private static void show(FacesContext context, Map<String, String> problems, FormFields fields) {
        Set<String> shown = new HashSet<>();
        context.getClientIdsWithMessages().forEachRemaining(shown::add);
        for (FormErrors.Message message : fields.placed(problems, shown)) {
            context.addMessage(message.clientId(), FormErrors.error(message.text()));
        }
        context.validationFailed();
    }
}
