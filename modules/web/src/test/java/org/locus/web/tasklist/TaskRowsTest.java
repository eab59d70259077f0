package org.locus.web.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.workflow.WorkTask;

class TaskRowsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void joinsEachTaskToItsEngagementsHeadline() {
        WorkTask task = task("t1", "e1", Instant.parse("2026-11-30T09:00:00Z"));
        EngagementHeadline headline = new EngagementHeadline("e1", "ENG-2026-0001", "Northshire", Stage.INTAKE,
                EngagementStatus.OPEN, true, null);

        TaskRow row = TaskRows.of(List.of(task), Map.of("e1", headline), NOW).get(0);

        assertThat(row.taskName()).isEqualTo("Assess fit with the remit");
        assertThat(row.formPath()).isEqualTo("/intake/forms/assess-fit.xhtml?task=t1");
        assertThat(row.reference()).isEqualTo("ENG-2026-0001");
        assertThat(row.placeName()).isEqualTo("Northshire");
        assertThat(row.stage()).isEqualTo("Intake");
        assertThat(row.due()).isEqualTo("30 November 2026");
        assertThat(row.overdue()).isFalse();
        assertThat(row.sponsorsMissing()).isTrue();
    }

    @Test
    void aTaskPastItsDueDateIsOverdue() {
        TaskRow row = TaskRows.of(List.of(task("t1", "e1", Instant.parse("2026-11-24T09:00:00Z"))), Map.of(), NOW).get(0);

        assertThat(row.overdue()).isTrue();
        assertThat(row.reference()).isEqualTo("Not known");
    }

    @Test
    void asksIntakeOnceForEachEngagementOfThePage() {
        List<WorkTask> tasks = List.of(task("t1", "e1", null), task("t2", "e2", null), task("t3", "e1", null));

        assertThat(TaskRows.engagementIds(tasks)).containsExactly("e1", "e2");
    }

    @Test
    void escapesTheTaskIdInTheFormsAddress() {
        assertThat(TaskRows.formPath(task("a b&c", "e1", null))).isEqualTo("/intake/forms/assess-fit.xhtml?task=a+b%26c");
    }

    private static WorkTask task(String id, String engagementId, Instant due) {
        return new WorkTask(id, "assessFit", "Assess fit with the remit", "engagement", engagementId,
                "intake/forms/assess-fit.xhtml", null, Set.of("staff"), NOW.minusSeconds(3600), due, null);
    }
}
