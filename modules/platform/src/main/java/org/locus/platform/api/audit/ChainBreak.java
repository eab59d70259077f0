package org.locus.platform.api.audit;

/**
 * The first place where a chain no longer matches what was written: the chain, the position, what is wrong
 * and a sentence for a person.
 */
public record ChainBreak(String chain, long position, Kind kind, String explanation) {

    public enum Kind {
        /** The entry's content or its link no longer gives its hash. */
        ALTERED,
        /** The position has no entry: it was deleted. */
        MISSING,
        /** An entry beyond the chain's recorded head, or one whose link does not follow the entry before. */
        INSERTED,
        /** The chain's head (last position and hash) does not match its last entry. */
        HEAD_MISMATCH
    }
}
