package org.locus.intake.internal.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.BinaryOperator;

import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;

import org.locus.platform.api.error.FieldErrors;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.web.FormErrors;

/**
 * Runs a service command from a form and, if it is refused, puts the reasons on the page in the
 * GOV.UK pattern: one message per field in the order the fields appear, each against its field
 * (client id {@code form:<component>:field}, the inner input of the GOV.UK composites), and
 * anything no field can fix in the error summary alone.
 */
final class PageErrors {

    private final Map<String, String> fieldComponents;
    private final BinaryOperator<String> wording;

    /**
     * @param fieldComponents field names as the service reports them, and the id of the component
     *                        that shows each, in page order
     */
    PageErrors(Map<String, String> fieldComponents) {
        this(fieldComponents, (field, message) -> message);
    }

    /**
     * @param wording the message to show for a field, given the service's; a page with two fields
     *                of one kind (two sponsors' names) says which one it means
     */
    PageErrors(Map<String, String> fieldComponents, BinaryOperator<String> wording) {
        this.fieldComponents = fieldComponents;
        this.wording = wording;
    }

    /**
     * @param formErrors errors the form found itself (such as a number it could not read); they
     *                   take the place of the service's message for the same field
     * @return true if the command ran and the form found no errors
     */
    boolean attempt(Runnable command, Map<String, String> formErrors) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            command.run();
            if (formErrors.isEmpty()) {
                return true;
            }
            show(ctx, formErrors);
        } catch (ConstraintViolationException e) {
            show(ctx, merged(formErrors, FieldErrors.of(e.getConstraintViolations())));
        } catch (InvalidRequestException e) {
            show(ctx, merged(formErrors, e.fieldErrors()));
        } catch (LocusException e) {
            // Completed or claimed by someone else, not theirs, gone: nothing on the form can fix it.
            FormErrors.showGlobal(ctx, e.getMessage());
        }
        return false;
    }

    private void show(FacesContext ctx, Map<String, String> reported) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        reported.forEach((field, message) -> fieldErrors.put(field, wording.apply(field, message)));
        Map<String, String> byComponent = new LinkedHashMap<>();
        Map<String, String> clientIds = new LinkedHashMap<>();
        for (String component : new LinkedHashSet<>(fieldComponents.values())) {
            fieldErrors.forEach((field, message) -> {
                if (component.equals(componentFor(field))) {
                    byComponent.putIfAbsent(component, message);
                    clientIds.put(component, "form:" + component + ":field");
                }
            });
        }
        fieldErrors.forEach((field, message) -> {
            if (componentFor(field) == null) {
                byComponent.putIfAbsent(field, message);
            }
        });
        FormErrors.show(ctx, byComponent, clientIds);
    }

    /**
     * The component showing a field: its own, or that of the field it is part of, so an error on
     * {@code organisations[2]} or {@code politicalSponsor.name} lands on the right input.
     */
    String componentFor(String field) {
        String candidate = field;
        while (true) {
            if (fieldComponents.containsKey(candidate)) {
                return fieldComponents.get(candidate);
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            if (cut <= 0) {
                return null;
            }
            candidate = candidate.substring(0, cut);
        }
    }

    private static Map<String, String> merged(Map<String, String> first, Map<String, String> then) {
        Map<String, String> all = new LinkedHashMap<>(first);
        then.forEach(all::putIfAbsent);
        return all;
    }

    /** Component ids named after their fields, in page order. */
    static Map<String, String> sameNames(String... fields) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : fields) {
            components.put(field, field);
        }
        return components;
    }
}
