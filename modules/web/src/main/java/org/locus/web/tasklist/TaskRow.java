package org.locus.web.tasklist;

import java.io.Serializable;

/**
 * One row of the tasklist, as shown: kept with the page's view, so that a Claim button acts on the
 * very task its row showed even if the list has changed since.
 *
 * @param formPath the task's form with the task's id, such as {@code /intake/forms/assess-fit.xhtml?task=...},
 *                 or null for a task without a form
 * @param due      the due date as GOV.UK writes it, or null
 */
public record TaskRow(String taskId, String taskName, String formPath, String engagementId, String reference,
                      String placeName, String stage, String due, boolean overdue, boolean sponsorsMissing,
                      String assignee, boolean suspended) implements Serializable {
}
