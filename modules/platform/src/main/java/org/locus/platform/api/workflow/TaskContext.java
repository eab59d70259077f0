package org.locus.platform.api.workflow;

import org.locus.platform.api.record.Recorded;
import org.locus.platform.api.security.CurrentUser;

/**
 * What a task command works with once the task is found: the task, who is working on it, and the
 * "who and when" to record (the user, and the clock's now).
 */
public record TaskContext(WorkTask task, CurrentUser user, Recorded recorded) {
}
