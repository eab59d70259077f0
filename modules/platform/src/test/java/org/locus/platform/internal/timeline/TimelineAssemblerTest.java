package org.locus.platform.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelinePage;
import org.locus.platform.api.timeline.TimelineQuery;
import org.locus.platform.api.timeline.TimelineSource;

/**
 * The timeline's cost and order: each source is asked once for a page, whatever the number of entries, the
 * filters and the page asked for; entries come oldest first, filtered and paged in memory.
 */
class TimelineAssemblerTest {

    private static final Instant START = Instant.parse("2026-03-05T09:00:00Z");
    private static final String ENGAGEMENT = "e-1";

    /** A source with as many entries as asked, one a minute, counting how often it is read. */
    static final class CountingSource implements TimelineSource {
        private final List<TimelineEntry> entries;
        int reads;

        CountingSource(int count, Function<Integer, TimelineEntry> entry) {
            entries = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                entries.add(entry.apply(i));
            }
        }

        @Override
        public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
            reads++;
            assertThat(engagement.engagementId()).isEqualTo(ENGAGEMENT);
            return List.copyOf(entries);
        }
    }

    private final CountingSource tasks = new CountingSource(300, i -> new TimelineEntry(START.plusSeconds(120L * i),
            TimelineKind.TASK, i % 2 == 0 ? "sam" : "priya", "Task " + i));
    private final CountingSource actions = new CountingSource(200, i -> new TimelineEntry(START.plusSeconds(120L * i + 60),
            TimelineKind.ACTION, "morgan", "Action " + i));

    private TimelineAssembler assembler(String userGroup) {
        Caller caller = () -> new CurrentUser("someone", Set.of(userGroup));
        return new TimelineAssembler(new KnownEngagement(), caller, List.of(actions, tasks));
    }

    @Test
    void readsEachSourceOnceForAPageOfHundredsOfEntriesWhicheverPageAndFilter() {
        TimelineAssembler timeline = assembler("auditor");

        TimelinePage last = timeline.of(ENGAGEMENT, new TimelineQuery(null, null, 20, 25));
        assertThat(tasks.reads).isEqualTo(1);
        assertThat(actions.reads).isEqualTo(1);

        timeline.of(ENGAGEMENT, new TimelineQuery(TimelineKind.ACTION, "morgan", 3, 10));
        assertThat(tasks.reads).as("one read a timeline, not one an entry").isEqualTo(2);
        assertThat(actions.reads).isEqualTo(2);
        assertThat(last.total()).isEqualTo(500);
        assertThat(last.entries()).hasSize(25);
    }

    @Test
    void mergesTheSourcesOldestFirstAndPagesThem() {
        TimelinePage first = assembler("manager").of(ENGAGEMENT, new TimelineQuery(null, null, 1, 4));
        TimelinePage second = assembler("manager").of(ENGAGEMENT, new TimelineQuery(null, null, 2, 4));

        assertThat(first.entries()).extracting(TimelineEntry::title).containsExactly("Task 0", "Action 0", "Task 1", "Action 1");
        assertThat(second.entries()).extracting(TimelineEntry::title).containsExactly("Task 2", "Action 2", "Task 3", "Action 3");
        assertThat(first.page()).isEqualTo(1);
        assertThat(second.page()).isEqualTo(2);
    }

    @Test
    void filtersByKindAndPersonAndNamesEveryoneForTheFilter() {
        TimelinePage priyas = assembler("auditor").of(ENGAGEMENT, new TimelineQuery(TimelineKind.TASK, "priya", 1, 200));
        TimelinePage actionsOnly = assembler("auditor").of(ENGAGEMENT, new TimelineQuery(TimelineKind.ACTION, null, 1, 200));

        assertThat(priyas.total()).isEqualTo(150);
        assertThat(priyas.entries()).allSatisfy(entry -> assertThat(entry.person()).isEqualTo("priya"));
        assertThat(priyas.entries()).extracting(TimelineEntry::title).startsWith("Task 1", "Task 3", "Task 5");
        assertThat(actionsOnly.total()).isEqualTo(200);
        assertThat(priyas.people()).as("everyone, whatever the filter").containsExactly("morgan", "priya", "sam");
    }

    @Test
    void showsTheLastPageWhenALaterOneIsAskedFor() {
        TimelinePage page = assembler("auditor").of(ENGAGEMENT, new TimelineQuery(null, null, 99, 200));

        assertThat(page.page()).isEqualTo(3);
        assertThat(page.entries()).hasSize(100);
        assertThat(page.entries().get(99).title()).isEqualTo("Task 299");
    }

    @Test
    void refusesAnUnknownEngagementAndStaffWithoutReadingAnything() {
        assertThatThrownBy(() -> assembler("auditor").of("nobody", TimelineQuery.everything()))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no engagement nobody.");
        assertThatThrownBy(() -> assembler("staff").of(ENGAGEMENT, TimelineQuery.everything()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(tasks.reads + actions.reads).isZero();
    }

    /** Knows one engagement. */
    private static final class KnownEngagement implements EngagementDirectory {
        @Override
        public Optional<EngagementHeadline> headline(String engagementId) {
            return ENGAGEMENT.equals(engagementId)
                    ? Optional.of(new EngagementHeadline(ENGAGEMENT, "ENG-2026-0001", "Northshire", Stage.INTAKE,
                    EngagementStatus.OPEN, true, null)) : Optional.empty();
        }

        @Override
        public java.util.Map<String, EngagementHeadline> headlines(java.util.Collection<String> engagementIds) {
            throw new UnsupportedOperationException();
        }
    }
}
