package org.locus.platform.internal.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineSource;

/**
 * Each user task of the engagement: when it began waiting and for whom, who claimed it, was assigned it or had
 * it reassigned, who gave it back, and who completed it (or that it was cancelled, as a withdrawal does), from
 * {@code HistoricTaskInstance} and the engine's assignment log ({@code HistoricIdentityLinkLog}). Two queries.
 */
@ApplicationScoped
class TaskHistorySource implements TimelineSource {

    // The assignment log has no filter by process instance or business key in the engine's query API.
    private static final String LINKS = "select L.TASK_ID_, L.TYPE_, L.USER_ID_, L.GROUP_ID_, L.ASSIGNER_ID_,"
            + " L.OPERATION_TYPE_, L.TIMESTAMP_ from ACT_HI_IDENTITYLINK L"
            + " join ACT_HI_TASKINST T on T.ID_ = L.TASK_ID_"
            + " join ACT_HI_PROCINST P on P.PROC_INST_ID_ = T.PROC_INST_ID_"
            + " where P.BUSINESS_KEY_ = ? order by L.TIMESTAMP_";

    record Link(String taskId, String type, String userId, String groupId, String assigner, String operation,
                Instant at) {

        boolean isAssignee() {
            return "assignee".equals(type);
        }

        boolean isAdd() {
            return "add".equals(operation);
        }
    }

    private final HistoryService history;
    private final HistoryRows rows;

    /** For the CDI proxy only. */
    protected TaskHistorySource() {
        this(null, null);
    }

    @Inject
    TaskHistorySource(HistoryService history, HistoryRows rows) {
        this.history = history;
        this.rows = rows;
    }

    @Override
    public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(engagement.engagementId()).list();
        List<Link> links = rows.select(LINKS, engagement.engagementId(), row -> new Link(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6), HistoryRows.instant(row, "TIMESTAMP_")));
        Map<String, List<Link>> linksByTask = new HashMap<>();
        links.forEach(link -> linksByTask.computeIfAbsent(link.taskId(), id -> new ArrayList<>()).add(link));
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            entries.addAll(entriesOf(task, linksByTask.getOrDefault(task.getId(), List.of())));
        }
        return entries;
    }

    static List<TimelineEntry> entriesOf(HistoricTaskInstance task, List<Link> links) {
        String name = "\u201c" + task.getName() + "\u201d";
        List<TimelineEntry> entries = new ArrayList<>();
        Set<String> groups = new TreeSet<>();
        links.stream().filter(link -> "candidate".equals(link.type()) && link.isAdd() && link.groupId() != null)
                .forEach(link -> groups.add(link.groupId()));
        entries.add(new TimelineEntry(task.getStartTime().toInstant(), TimelineKind.TASK, null, name + " is waiting",
                groups.isEmpty() ? List.of() : List.of(new TimelineEntry.Detail("Offered to", String.join(", ", groups)))));
        // An assignee the diagram gives a task as it is created is logged a moment before the task's own start.
        Instant start = task.getStartTime().toInstant();
        assignments(name, links.stream().filter(Link::isAssignee).sorted(Comparator.comparing(Link::at)).toList())
                .forEach(entry -> entries.add(entry.at().isBefore(start)
                        ? new TimelineEntry(start, entry.kind(), entry.person(), entry.title(), entry.details()) : entry));
        if (task.getEndTime() != null) {
            boolean completed = "completed".equals(task.getDeleteReason());
            entries.add(completed
                    ? new TimelineEntry(task.getEndTime().toInstant(), TimelineKind.TASK, task.getAssignee(), "Completed " + name)
                    : new TimelineEntry(task.getEndTime().toInstant(), TimelineKind.TASK, null, name + " was cancelled",
                    task.getDeleteReason() == null ? List.of() : List.of(new TimelineEntry.Detail("Why", task.getDeleteReason()))));
        }
        return entries;
    }

    /**
     * The assignment log as people say it. The engine logs a change of hands as the old assignee's removal and the
     * new one's addition, by whoever did it: one added by themselves claimed it, by someone else was assigned it.
     */
    static List<TimelineEntry> assignments(String name, List<Link> log) {
        List<TimelineEntry> entries = new ArrayList<>();
        String holder = null;
        for (int i = 0; i < log.size(); i++) {
            Link link = log.get(i);
            if (!link.isAdd()) {
                Link next = i + 1 < log.size() ? log.get(i + 1) : null;
                boolean handedOn = next != null && next.isAdd() && Objects.equals(next.assigner(), link.assigner())
                        && !next.at().isAfter(link.at().plusSeconds(1));
                if (!handedOn) {
                    entries.add(link.assigner() == null || link.assigner().equals(link.userId())
                            ? new TimelineEntry(link.at(), TimelineKind.TASK, link.userId(), "Gave back " + name)
                            : new TimelineEntry(link.at(), TimelineKind.TASK, link.assigner(), "Took " + name + " from " + link.userId()));
                    holder = null;
                } else {
                    holder = link.userId();
                }
                continue;
            }
            Map<String, String> details = new LinkedHashMap<>();
            String title;
            String person;
            if (link.assigner() != null && link.assigner().equals(link.userId())) {
                title = "Claimed " + name;
                person = link.userId();
            } else if (holder != null) {
                title = "Reassigned " + name + " from " + holder + " to " + link.userId();
                person = link.assigner();
            } else {
                title = "Assigned " + name + " to " + link.userId();
                person = link.assigner() == null ? link.userId() : link.assigner();
            }
            if (person != null && !person.equals(link.userId())) {
                details.put("Now held by", link.userId());
            }
            entries.add(new TimelineEntry(link.at(), TimelineKind.TASK, person, title,
                    details.entrySet().stream().map(d -> new TimelineEntry.Detail(d.getKey(), d.getValue())).toList()));
            holder = link.userId();
        }
        return entries;
    }
}
