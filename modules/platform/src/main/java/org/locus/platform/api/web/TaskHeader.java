package org.locus.platform.api.web;

import java.io.Serializable;
import java.time.Instant;

import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.workflow.WorkTask;

/** What the top of every task form shows: the engagement and its stage, the task, when it is due, and the sponsors flag. */
public class TaskHeader implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final String taskName;
    private final Instant due;
    private final boolean overdue;
    private final EngagementHeadline engagement;

    public TaskHeader(WorkTask task, EngagementHeadline engagement, Instant now) {
        this.taskId = task.id();
        this.taskName = task.name();
        this.due = task.due();
        this.overdue = task.isOverdue(now);
        this.engagement = engagement;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getEngagementId() {
        return engagement.engagementId();
    }

    public String getReference() {
        return engagement.reference();
    }

    public String getPlaceName() {
        return engagement.placeName();
    }

    public String getStage() {
        return engagement.stage().label();
    }

    public boolean isSponsorsMissing() {
        return engagement.sponsorsMissing();
    }

    public boolean isDue() {
        return due != null;
    }

    /** Such as "30 November 2026", in UK time. */
    public String getDueDate() {
        return due == null ? "" : GovukFormats.date(due);
    }

    public boolean isOverdue() {
        return overdue;
    }
}
