package org.locus.platform.internal.tasklist;

import java.util.Date;
import java.util.Set;

/** One open user task as the tasklist tables hold it. */
record TasklistRow(String taskId, String taskKey, String taskName, String processKey, String processInstanceId,
                   String businessKey, String formKey, String assignee, Set<String> candidateGroups,
                   Date created, Date due) {

    TasklistRow {
        candidateGroups = Set.copyOf(candidateGroups);
    }
}
