package org.locus.platform.api.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The first place where a chain no longer matches what was written: the chain, the position, what is wrong
 * and a sentence for a person.
 */
@Schema(description = "The first entry of a chain that no longer matches what Locus wrote",
        requiredProperties = {"chain", "position", "kind", "explanation"})
public record ChainBreak(
        @Schema(description = "The chain: an engagement's id, or locus", example = "0b7e4e1a-5a3c-4b8e-a2a1-6f4f1e7d9c20") String chain,
        @Schema(description = "The entry's position in the chain, from 1", example = "7") long position,
        @Schema(description = "What is wrong") Kind kind,
        @Schema(description = "What is wrong, for a person", example = "Entry 7 no longer matches its hash: it was altered.") String explanation) {

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
