package org.locus.intake.internal.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.locus.intake.api.EngagementSummary;
import org.locus.platform.api.workflow.WorkTask;

/** What the top of every intake task form shows: the engagement, the task, when it is due, and the sponsors flag. */
public class TaskHeader implements Serializable {

    private static final long serialVersionUID = 1L;

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String taskId;
    private final String taskName;
    private final Instant due;
    private final String engagementId;
    private final String reference;
    private final String placeName;
    private final boolean sponsorsMissing;

    TaskHeader(WorkTask task, EngagementSummary engagement) {
        this.taskId = task.id();
        this.taskName = task.name();
        this.due = task.due();
        this.engagementId = engagement.id();
        this.reference = engagement.reference();
        this.placeName = engagement.placeName();
        this.sponsorsMissing = engagement.sponsorsMissing();
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getReference() {
        return reference;
    }

    public String getPlaceName() {
        return placeName;
    }

    public boolean isSponsorsMissing() {
        return sponsorsMissing;
    }

    public boolean isDue() {
        return due != null;
    }

    /** Such as "30 November 2026", in UK time. */
    public String getDueDate() {
        return due == null ? "" : GOV_UK_DATE.format(due.atZone(UK));
    }

    public boolean isOverdue() {
        return due != null && due.isBefore(Instant.now());
    }
}
