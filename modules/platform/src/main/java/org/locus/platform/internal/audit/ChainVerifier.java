package org.locus.platform.internal.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.AuditVerification;
import org.locus.platform.api.audit.CanonicalForm;
import org.locus.platform.api.audit.ChainBreak;
import org.locus.platform.api.audit.ChainBreak.Kind;

/**
 * Recomputes chains from their entries, given in chain and position order, and keeps the first break of each:
 * a gap in the positions is a deleted entry, an entry past the head or linked to something other than the entry
 * before is an inserted one, a hash its content no longer gives is an altered one, and a last entry that is not
 * the head's is a head mismatch (the last entry deleted). Holds one chain's state at a time, so a full verify
 * streams.
 */
final class ChainVerifier {

    record Head(long position, String hash) {
    }

    private final Map<String, Head> heads;
    private final Instant at;
    private final Set<String> seen = new TreeSet<>();
    private final List<ChainBreak> breaks = new ArrayList<>();
    private long entries;

    private String chain;
    private long position;
    private String hash;
    private boolean broken;

    ChainVerifier(Map<String, Head> heads, Instant at) {
        this.heads = heads;
        this.at = at;
    }

    void accept(AuditEntry entry) {
        entries++;
        if (!entry.chain().equals(chain)) {
            finishChain();
            chain = entry.chain();
            seen.add(chain);
            position = 0;
            hash = CanonicalForm.GENESIS;
            broken = false;
        }
        if (broken) {
            return;
        }
        Head head = heads.get(chain);
        long expected = position + 1;
        if (head != null && entry.position() > head.position()) {
            fail(entry.position(), Kind.INSERTED, "Entry " + entry.position() + " lies beyond the chain's head (position "
                    + head.position() + "): it was added outside Locus.");
        } else if (entry.position() > expected) {
            fail(expected, Kind.MISSING, "Entry " + expected + " is missing: it was deleted.");
        } else if (!entry.prevHash().equals(hash)) {
            fail(entry.position(), Kind.INSERTED, "Entry " + entry.position()
                    + " does not link to the entry before it: it was put in the chain outside Locus.");
        } else if (!CanonicalForm.hash(entry.prevHash(), entry.canonical()).equals(entry.hash())) {
            fail(entry.position(), Kind.ALTERED, "Entry " + entry.position() + " no longer matches its hash: it was altered.");
        } else {
            position = entry.position();
            hash = entry.hash();
        }
    }

    private void fail(long at, Kind kind, String explanation) {
        breaks.add(new ChainBreak(chain, at, kind, explanation));
        broken = true;
    }

    private void finishChain() {
        if (chain == null || broken) {
            return;
        }
        Head head = heads.get(chain);
        if (head == null) {
            fail(position, Kind.HEAD_MISMATCH, "The chain has entries but no head: its head was deleted.");
        } else if (head.position() > position) {
            fail(position + 1, Kind.MISSING, "Entry " + (position + 1) + " is missing: the chain's head says it ends at "
                    + head.position() + ".");
        } else if (!head.hash().equals(hash)) {
            fail(position, Kind.HEAD_MISMATCH, "The chain's head does not match its last entry " + position + ".");
        }
    }

    AuditVerification result() {
        finishChain();
        chain = null;
        heads.forEach((id, head) -> {
            if (!seen.contains(id) && head.position() > 0) {
                breaks.add(new ChainBreak(id, 1, Kind.MISSING, "Every entry of the chain is missing: its head says it ends at "
                        + head.position() + "."));
            }
        });
        Set<String> chains = new TreeSet<>(seen);
        chains.addAll(heads.keySet());
        return new AuditVerification(at, chains.size(), entries, breaks);
    }
}
