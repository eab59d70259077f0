package org.locus.web.manage;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.overview.EngagementOverview;
import org.locus.platform.api.overview.Load;
import org.locus.platform.api.overview.OverdueTask;
import org.locus.platform.api.overview.Workload;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;

/**
 * Workload and overdue work ({@code /manage/workload.xhtml}): open and overdue tasks per person and per
 * group, and the overdue tasks themselves, most overdue first, each with a way to reassign it for managers.
 * A task past due escalates here without stopping the work: it stays with its assignee.
 */
@Named("workload")
@RequestScoped
public class WorkloadPage {

    /** How many overdue tasks the page lists, most overdue first. */
    static final int OVERDUE_SHOWN = 100;

    private final EngagementOverview overview;
    private final PeopleDirectory people;

    private Workload workload;

    /** For the CDI proxy only. */
    protected WorkloadPage() {
        this(null, null);
    }

    @Inject
    WorkloadPage(EngagementOverview overview, PeopleDirectory people) {
        this.overview = overview;
        this.people = people;
    }

    public void load() {
        workload = overview.workload(OVERDUE_SHOWN);
    }

    public List<Load> getPeople() {
        return workload.people();
    }

    public List<Load> getGroups() {
        return workload.groups();
    }

    public List<OverdueTask> getOverdue() {
        return workload.overdue();
    }

    public boolean isOverdueCut() {
        return workload.overdue().size() >= OVERDUE_SHOWN;
    }

    /** The person's name for a user id, or the id when Locus does not know them. */
    public String nameOf(String userId) {
        return userId == null ? "" : people.find(userId).map(Person::displayName).orElse(userId);
    }

    public String due(OverdueTask task) {
        return GovukFormats.date(task.due());
    }

    public String daysOverdue(OverdueTask task) {
        return task.daysOverdue() == 0 ? "Less than a day" : task.daysOverdue() == 1 ? "1 day" : task.daysOverdue() + " days";
    }
}
