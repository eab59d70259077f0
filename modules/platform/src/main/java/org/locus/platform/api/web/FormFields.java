package org.locus.platform.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * The fields of a form as its service names them, and the GOV.UK component that shows each (its
 * messages go to the client id {@code form:<component>:field}, the inner input of the composite).
 *
 * @param components field names as the service reports them, and the id of the component that shows
 *                   each, in page order
 * @param wording    the message to show for a field, given the service's: a page with two fields of
 *                   one kind (two sponsors' names) says which one it means
 */
public record FormFields(Map<String, String> components, BinaryOperator<String> wording) {

    /** The id every Locus form has, so that client ids are {@code form:<component>:field}. */
    public static final String FORM_ID = "form";

    public FormFields {
        components = new LinkedHashMap<>(components);
    }

    public FormFields(Map<String, String> components) {
        this(components, (field, message) -> message);
    }

    /** Components named after their fields, in page order. */
    public static FormFields sameNames(String... fields) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : fields) {
            components.put(field, field);
        }
        return new FormFields(components);
    }

    public FormFields withWording(BinaryOperator<String> reworded) {
        return new FormFields(components, reworded);
    }

    /**
     * The component showing a field: its own, or that of the field it is part of, so an error on
     * {@code organisations[2]} or {@code politicalSponsor.name} lands on the right input; null if none does.
     */
    public String componentFor(String field) {
        String candidate = field;
        while (true) {
            if (components.containsKey(candidate)) {
                return components.get(candidate);
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            if (cut <= 0) {
                return null;
            }
            candidate = candidate.substring(0, cut);
        }
    }

    static String clientIdOf(String component) {
        return FORM_ID + ":" + component + ":field";
    }

    /**
     * Where each problem is shown: one message per component, in page order, and none on a component
     * that shows a message of its own already (a date it could not read says more than "Enter the
     * date"); problems no component shows go to the summary alone (client id null).
     *
     * @param problems message by field, as the form and the service named them
     * @param shown    client ids that already have a message
     */
    List<FormErrors.Message> placed(Map<String, String> problems, Set<String> shown) {
        List<FormErrors.Message> placed = new ArrayList<>();
        for (String component : new LinkedHashSet<>(components.values())) {
            String clientId = clientIdOf(component);
            if (shown.contains(clientId)) {
                continue;
            }
            problems.entrySet().stream()
                    .filter(problem -> component.equals(componentFor(problem.getKey())))
                    .findFirst()
                    .ifPresent(problem -> placed.add(new FormErrors.Message(clientId,
                            wording.apply(problem.getKey(), problem.getValue()))));
        }
        problems.forEach((field, message) -> {
            if (componentFor(field) == null) {
                placed.add(new FormErrors.Message(null, wording.apply(field, message)));
            }
        });
        return placed;
    }
}
