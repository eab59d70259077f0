package org.locus.platform.internal.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineSource;
import org.locus.platform.api.web.FormLabels;
import org.locus.platform.api.workflow.SubmittedValues;
import org.locus.platform.internal.workflow.SubmittedVariables;

/**
 * The values each form sent, as the person saw them: kept by the task command as task-local variables (every
 * update is in the engine's full history, {@code HistoricDetail}), shown under the labels of the form's own page
 * ({@link FormLabels}). One query for every submission of the engagement, saved entries and completions alike.
 */
@ApplicationScoped
class SubmittedValuesSource implements TimelineSource {

    private static final String UPDATES = "select D.NAME_, D.TEXT_, D.TIME_, T.NAME_, T.ASSIGNEE_"
            + " from ACT_HI_DETAIL D"
            + " join ACT_HI_TASKINST T on T.ID_ = D.TASK_ID_"
            + " join ACT_HI_PROCINST P on P.PROC_INST_ID_ = D.PROC_INST_ID_"
            + " where P.BUSINESS_KEY_ = ? and D.TYPE_ = 'VariableUpdate' and D.NAME_ like '"
            + SubmittedVariables.PREFIX + "%' order by D.TIME_, D.SEQUENCE_COUNTER_";

    record Update(String name, String text, Instant at, String taskName, String assignee) {
    }

    private final HistoryRows rows;
    private final FormLabels labels;

    /** For the CDI proxy only. */
    protected SubmittedValuesSource() {
        this(null, null);
    }

    @Inject
    SubmittedValuesSource(HistoryRows rows, FormLabels labels) {
        this.rows = rows;
        this.labels = labels;
    }

    @Override
    public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
        List<Update> updates = rows.select(UPDATES, engagement.engagementId(), row -> new Update(row.getString(1),
                row.getString(2), HistoryRows.instant(row, "TIME_"), row.getString(4), row.getString(5)));
        Map<String, List<Update>> submissions = new LinkedHashMap<>();
        for (Update update : updates) {
            String submission = SubmittedVariables.submissionOf(update.name());
            if (submission != null) {
                submissions.computeIfAbsent(submission, key -> new ArrayList<>()).add(update);
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        submissions.values().forEach(submission -> entries.add(entry(submission)));
        return entries;
    }

    private TimelineEntry entry(List<Update> submission) {
        Update first = submission.get(0);
        String header = submission.stream().filter(update -> SubmittedVariables.namesSubmission(update.name()))
                .map(Update::text).findFirst().orElse(null);
        String formKey = SubmittedVariables.formKey(header);
        String sentBy = SubmittedVariables.sentBy(header);
        List<TimelineEntry.Detail> details = new ArrayList<>();
        for (Update update : submission) {
            SubmittedValues.Value value = SubmittedVariables.valueOf(update.name(), update.text());
            if (value != null) {
                String label = labels.labelOfField(formKey, value.component(), value.field()).orElseGet(() -> inWords(value.field()));
                details.add(new TimelineEntry.Detail(label, value.text() == null ? "" : value.text()));
            }
        }
        return new TimelineEntry(first.at(), TimelineKind.FORM, sentBy == null ? first.assignee() : sentBy,
                "Sent \u201c" + first.taskName() + "\u201d", details);
    }

    /** A field with no label on any page (an API client's value the form does not show): its name in words. */
    static String inWords(String field) {
        String words = field.replaceAll("\\[(\\d+)]", " $1").replace('.', ' ')
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
