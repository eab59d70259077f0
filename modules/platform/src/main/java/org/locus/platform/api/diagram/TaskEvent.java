package org.locus.platform.api.diagram;

import java.time.Instant;

/**
 * One user task in an engagement's timeline.
 *
 * @param person who completed the task, or who holds it while it is open; null when nobody has taken it on
 * @param ended when it was completed or cancelled; null while it is open
 */
public record TaskEvent(String taskId, String taskKey, String name, String processKey, String person,
                        Instant created, Instant ended, Outcome outcome) {

    public enum Outcome {
        OPEN("Open"), COMPLETED("Completed"), CANCELLED("Cancelled");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
