package org.locus.web.diagram;

import java.util.List;
import java.util.function.Predicate;

import org.locus.platform.api.diagram.DiagramActivity;
import org.locus.platform.api.diagram.ProcessInstanceProgress;

/**
 * One activity of a diagram and where an instance stands on it: the words the text alternative says, and the
 * marker the script draws ({@code current}, {@code passed}, none).
 */
public record ActivityState(String id, String name, State state) {

    public enum State {
        CURRENT("Current", "govuk-tag--blue"),
        PASSED("Passed", "govuk-tag--green"),
        NOT_REACHED("Not reached", "govuk-tag--grey");

        private final String label;
        private final String tagClass;

        State(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }

    /**
     * The chosen activities of a diagram in its order, each with its state in the instance (none: all not reached).
     * An activity both passed and current (a loop back to it) is current.
     */
    public static List<ActivityState> of(List<DiagramActivity> activities, ProcessInstanceProgress progress,
                                         Predicate<DiagramActivity> shown) {
        return activities.stream().filter(shown).map(activity -> new ActivityState(activity.id(), activity.label(),
                progress == null ? State.NOT_REACHED
                        : progress.active().contains(activity.id()) ? State.CURRENT
                        : progress.completed().contains(activity.id()) ? State.PASSED
                        : State.NOT_REACHED)).toList();
    }

    /** Tasks and call activities: what a person recognises as a step (events and gateways are not). */
    public static boolean isStep(DiagramActivity activity) {
        return activity.type().endsWith("Task") || "callActivity".equals(activity.type()) || "subProcess".equals(activity.type());
    }
}
