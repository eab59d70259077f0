package org.locus.platform.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.internal.timeline.TaskHistorySource.Link;

/** The engine's assignment log as people say it: who claimed, was assigned, had it reassigned, gave it back. */
class TaskHistorySourceTest {

    private static final Instant T = Instant.parse("2026-03-05T09:00:00Z");

    private static Link add(String user, String by, int second) {
        return new Link("t", "assignee", user, null, by, "add", T.plusSeconds(second));
    }

    private static Link delete(String user, String by, int second) {
        return new Link("t", "assignee", user, null, by, "delete", T.plusSeconds(second));
    }

    @Test
    void aClaimThenAManagersReassignmentThenGivingItBack() {
        List<TimelineEntry> entries = TaskHistorySource.assignments("\u201cAssess fit\u201d", List.of(
                add("sam", "sam", 1), delete("sam", "morgan", 10), add("priya", "morgan", 10), delete("priya", "priya", 20)));

        assertThat(entries).extracting(TimelineEntry::title, TimelineEntry::person).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Claimed \u201cAssess fit\u201d", "sam"),
                org.assertj.core.groups.Tuple.tuple("Reassigned \u201cAssess fit\u201d from sam to priya", "morgan"),
                org.assertj.core.groups.Tuple.tuple("Gave back \u201cAssess fit\u201d", "priya"));
    }

    @Test
    void anAssignmentByAManagerOfAWaitingTaskNamesBoth() {
        List<TimelineEntry> entries = TaskHistorySource.assignments("\u201cAssess fit\u201d", List.of(add("priya", "morgan", 1)));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Assigned \u201cAssess fit\u201d to priya");
            assertThat(entry.person()).isEqualTo("morgan");
            assertThat(entry.details()).containsExactly(new TimelineEntry.Detail("Now held by", "priya"));
        });
    }
}
