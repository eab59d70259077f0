package org.locus.platform.api.error;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Checks a command's Bean Validation constraints at a service's edge, whichever way it arrives
 * (form, API, another module), before any row is written.
 */
public final class ValidValues {

    private ValidValues() {
    }

    /**
     * @throws InvalidRequestException      if there are no values at all
     * @throws ConstraintViolationException if the values break their constraints (400, field by field)
     */
    public static void require(Validator validator, Object values) {
        if (values == null) {
            throw new InvalidRequestException("request", "Enter the details");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(values);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
