package org.locus.platform.api.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * Turns Bean Validation's violations into one message per field, keyed by the field's name
 * (the last node of the property path, such as {@code placeName} or {@code politicalSponsor.name}
 * for a nested record), in a stable order.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> fieldOf(a.getPropertyPath()).compareTo(fieldOf(b.getPropertyPath())))
                .forEach(v -> errors.putIfAbsent(fieldOf(v.getPropertyPath()), v.getMessage()));
        return errors;
    }

    public static InvalidRequestException asInvalidRequest(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidRequestException("Some values are missing or wrong", of(violations));
    }

    /**
     * The field a violation is about: method and parameter nodes are dropped, so a violation on
     * {@code logFirstContact.contact.placeName} is about {@code placeName}, and one on
     * {@code completeScoping.scoping.politicalSponsor.name} is about {@code politicalSponsor.name}.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        boolean pastParameter = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> pastParameter = true;
                case CONTAINER_ELEMENT -> {
                    // An element of a list, such as the second organisation: "organisations[1]".
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                    if (node.getName() == null) {
                        continue;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        if (field.isEmpty() && pastParameter) {
            return "request";
        }
        return field.isEmpty() ? path.toString() : field.toString();
    }
}
