package org.locus.platform.api.workflow;

/**
 * Fired once at start-up, when the process engine runs and has deployed the diagrams: from then on a
 * module may start processes and complete tasks (observe it as a CDI event).
 */
public record WorkflowStarted() {
}
