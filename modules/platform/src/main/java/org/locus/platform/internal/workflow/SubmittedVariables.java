package org.locus.platform.internal.workflow;

import org.locus.platform.api.workflow.SubmittedValues;

/**
 * How the values of one submission are named as task-local variables, written by {@link CamundaWorkflow} and read
 * back by the timeline. One variable names the submission and holds the form's key; one a value holds its text,
 * named {@code locusForm.<submission>.<index>.<field>@<component>}, so one query over the engine's history brings
 * every submission of an engagement back, in order, with where each value was shown.
 */
public final class SubmittedVariables {

    public static final String PREFIX = "locusForm.";
    private static final int SUBMISSION_LENGTH = PREFIX.length() + 8;

    private SubmittedVariables() {
    }

    static String name(String submission, int index, SubmittedValues.Value value) {
        return "%s.%03d.%s@%s".formatted(submission, index, value.field(), value.component() == null ? "" : value.component());
    }

    /** The value of the variable naming a submission: who sent it and the form's key. */
    static String header(String sentBy, String formKey) {
        return sentBy + "\n" + (formKey == null ? "" : formKey);
    }

    /** Who sent a submission, from its header. */
    public static String sentBy(String header) {
        return header == null || header.indexOf('\n') < 0 ? null : header.substring(0, header.indexOf('\n'));
    }

    /** The form's key, from a submission's header; null if none. */
    public static String formKey(String header) {
        String key = header == null || header.indexOf('\n') < 0 ? null : header.substring(header.indexOf('\n') + 1);
        return key == null || key.isEmpty() ? null : key;
    }

    /** The submission a variable belongs to; null if it is none of these. */
    public static String submissionOf(String name) {
        return name != null && name.startsWith(PREFIX) && name.length() >= SUBMISSION_LENGTH
                ? name.substring(0, SUBMISSION_LENGTH) : null;
    }

    /** Whether the variable is the one naming its submission (its value is the form's key). */
    public static boolean namesSubmission(String name) {
        return name.length() == SUBMISSION_LENGTH;
    }

    /** The value a variable holds, back as field, component and text; null for the variable naming the submission. */
    public static SubmittedValues.Value valueOf(String name, String text) {
        if (namesSubmission(name)) {
            return null;
        }
        String rest = name.substring(SUBMISSION_LENGTH + 1);
        rest = rest.substring(rest.indexOf('.') + 1);
        int at = rest.lastIndexOf('@');
        String component = rest.substring(at + 1);
        return new SubmittedValues.Value(rest.substring(0, at), component.isEmpty() ? null : component, text);
    }
}
