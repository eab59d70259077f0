package org.locus.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.AuditVerification;
import org.locus.platform.api.audit.CanonicalForm;
import org.locus.platform.api.audit.ChainBreak;
import org.locus.platform.api.audit.ChainBreak.Kind;

class ChainVerifierTest {

    private static final Instant AT = Instant.parse("2026-12-07T15:00:00Z");

    private static List<AuditEntry> chain(String chain, int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = CanonicalForm.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry entry = hashed(new AuditEntry(chain, i, AT.plusSeconds(i), "sam", "UPDATED", "intake.Engagement", chain, chain,
                    "{\"n\":\"" + (i - 1) + "\"}", "{\"n\":\"" + i + "\"}", prev, null));
            entries.add(entry);
            prev = entry.hash();
        }
        return entries;
    }

    private static AuditEntry hashed(AuditEntry e) {
        return new AuditEntry(e.chain(), e.position(), e.at(), e.by(), e.kind(), e.subjectType(), e.subjectId(), e.engagementId(),
                e.before(), e.after(), e.prevHash(), CanonicalForm.hash(e.prevHash(), e.canonical()));
    }

    private static AuditVerification verify(List<AuditEntry> entries, Map<String, ChainVerifier.Head> heads) {
        ChainVerifier verifier = new ChainVerifier(heads, AT);
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    private static Map<String, ChainVerifier.Head> headsOf(List<AuditEntry> entries) {
        Map<String, ChainVerifier.Head> heads = new HashMap<>();
        entries.forEach(e -> heads.put(e.chain(), new ChainVerifier.Head(e.position(), e.hash())));
        return heads;
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditEntry> entries = new ArrayList<>(chain("a", 4));
        entries.addAll(chain("b", 2));

        AuditVerification result = verify(entries, headsOf(entries));

        assertThat(result.intact()).isTrue();
        assertThat(result.chains()).isEqualTo(2);
        assertThat(result.entries()).isEqualTo(6);
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<AuditEntry> entries = chain("a", 4);
        Map<String, ChainVerifier.Head> heads = headsOf(entries);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.chain(), 3, third.at(), "mallory", third.kind(), third.subjectType(), third.subjectId(),
                third.engagementId(), third.before(), third.after(), third.prevHash(), third.hash()));

        assertThat(verify(entries, heads).breaks()).containsExactly(new ChainBreak("a", 3, Kind.ALTERED,
                "Entry 3 no longer matches its hash: it was altered."));
    }

    @Test
    void aDeletedEntryIsMissing() {
        List<AuditEntry> entries = chain("a", 4);
        Map<String, ChainVerifier.Head> heads = headsOf(entries);
        entries.remove(1);

        assertThat(verify(entries, heads).breaks()).extracting(ChainBreak::position, ChainBreak::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, Kind.MISSING));
    }

    @Test
    void aDeletedLastEntryIsMissingByTheHead() {
        List<AuditEntry> entries = chain("a", 4);
        Map<String, ChainVerifier.Head> heads = headsOf(entries);
        entries.remove(3);

        assertThat(verify(entries, heads).breaks()).extracting(ChainBreak::position, ChainBreak::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, Kind.MISSING));
    }

    @Test
    void anEntryAddedPastTheHeadIsInsertedEvenWithAGoodHash() {
        List<AuditEntry> entries = chain("a", 4);
        Map<String, ChainVerifier.Head> heads = headsOf(entries.subList(0, 3));

        assertThat(verify(entries, heads).breaks()).extracting(ChainBreak::position, ChainBreak::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, Kind.INSERTED));
    }

    @Test
    void anEntryThatDoesNotLinkToTheOneBeforeIsInserted() {
        List<AuditEntry> entries = chain("a", 3);
        Map<String, ChainVerifier.Head> heads = headsOf(entries);
        AuditEntry second = entries.get(1);
        entries.set(1, hashed(new AuditEntry("a", 2, second.at(), "mallory", "CREATED", "intake.Engagement", "a", "a", null, "{}",
                "f".repeat(64), null)));

        assertThat(verify(entries, heads).breaks()).extracting(ChainBreak::position, ChainBreak::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, Kind.INSERTED));
    }

    @Test
    void aHeadThatIsNotTheLastEntryIsAMismatch() {
        List<AuditEntry> entries = chain("a", 2);
        Map<String, ChainVerifier.Head> heads = Map.of("a", new ChainVerifier.Head(2, "e".repeat(64)));

        assertThat(verify(entries, new HashMap<>(heads)).breaks()).extracting(ChainBreak::position, ChainBreak::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, Kind.HEAD_MISMATCH));
    }
}
