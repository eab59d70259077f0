package org.locus.platform.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.audit.AuditChange;
import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.AuditLog;
import org.locus.platform.api.audit.AuditVerification;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineEntry.Detail;
import org.locus.platform.api.timeline.TimelineKind;

class AuditLogSourceTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aChangedRecordShowsEachChangedValueBeforeAndAfterWithItsPlaceInTheChain() {
        AuditEntry changed = entry(3, "UPDATED", "intake.Engagement", "{\"sponsorsMissing\":\"true\",\"lead\":null}",
                "{\"sponsorsMissing\":\"false\",\"lead\":\"sam\"}");

        TimelineEntry entry = AuditLogSource.entry(changed);

        assertThat(entry.kind()).isEqualTo(TimelineKind.RECORD);
        assertThat(entry.person()).isEqualTo("priya");
        assertThat(entry.title()).isEqualTo("Changed the engagement");
        assertThat(entry.details()).containsExactly(
                new Detail("Sponsors missing", "true \u2192 false"),
                new Detail("Lead", "(none) \u2192 sam"),
                new Detail("Audit entry", "No. 3 of the engagement's chain, hash " + changed.hash()));
    }

    @Test
    void aCreatedRecordShowsItsValuesAndARemovedOneWhatItHeld() {
        TimelineEntry created = AuditLogSource.entry(entry(1, "CREATED", "diagnostic.PlannedParticipant", null,
                "{\"name\":\"Cllr Ada Hale\",\"place.name\":\"Northshire\"}"));
        TimelineEntry removed = AuditLogSource.entry(entry(2, "DELETED", "diagnostic.PlannedParticipant",
                "{\"name\":\"Cllr Ada Hale\"}", null));

        assertThat(created.title()).isEqualTo("Created the planned participant");
        assertThat(created.details()).startsWith(new Detail("Name", "Cllr Ada Hale"), new Detail("Place name", "Northshire"));
        assertThat(removed.title()).isEqualTo("Removed the planned participant");
        assertThat(removed.details()).startsWith(new Detail("Name", "Cllr Ada Hale"));
    }

    @Test
    void readsTheEngagementsChainOnceAndLeavesManagersActionsToTheirOwnSource() {
        CountingLog log = new CountingLog(List.of(
                entry(1, "CREATED", "intake.Engagement", null, "{\"reference\":\"ENG-2026-0001\"}"),
                entry(2, "SUSPENDED", AuditLogSource.MANAGERS_ACTION, null, "{\"reason\":\"Pre-election\"}")));

        List<TimelineEntry> entries = new AuditLogSource(log).entriesOf(new EngagementHistory("e-1"));

        assertThat(log.reads).isEqualTo(1);
        assertThat(entries).extracting(TimelineEntry::title).containsExactly("Created the engagement");
    }

    private static AuditEntry entry(long position, String kind, String type, String before, String after) {
        return new AuditEntry("e-1", position, AT, "priya", kind, type, "s-" + position, "e-1", before, after,
                "0".repeat(64), Long.toHexString(position * 7919).repeat(4));
    }

    /** The log as the source sees it: one engagement's chain, counting how often it is read. */
    private static final class CountingLog implements AuditLog {
        private final List<AuditEntry> chain;
        private int reads;

        CountingLog(List<AuditEntry> chain) {
            this.chain = chain;
        }

        @Override
        public void append(AuditChange change) {
            throw new UnsupportedOperationException("the timeline only reads");
        }

        @Override
        public List<AuditEntry> chain(String chainId) {
            reads++;
            return chain;
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException("the timeline only reads");
        }
    }
}
