package org.locus.platform.api.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

/**
 * The form whose command this request is sending, if it came from a form: which component shows each field, so
 * that the values kept for the timeline ({@link SubmittedValues}) can be found under the labels the person saw.
 * Set by {@code FormSubmission} as it sends a form's command; empty for an API client's request.
 */
@RequestScoped
public class SubmittingForm {

    private Map<String, String> components = Map.of();

    public void set(Map<String, String> fieldComponents) {
        components = new LinkedHashMap<>(fieldComponents);
    }

    public Map<String, String> components() {
        return components;
    }
}
