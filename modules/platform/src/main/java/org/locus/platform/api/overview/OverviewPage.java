package org.locus.platform.api.overview;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the overview and how many engagements match. A long list is counted only some way past
 * the page ({@code totalExact} false: there are more than {@code total}), as the tasklist does.
 */
@Schema(name = "OverviewPage", description = "A page of the managers' overview",
        requiredProperties = {"rows", "total", "totalExact", "first", "size"})
public record OverviewPage(@Schema(description = "The engagements of this page, in the order asked for") List<OverviewRow> rows,
                           @Schema(description = "How many engagements match (at least, when totalExact is false)", example = "42") long total,
                           @Schema(description = "False when more than total match", example = "true") boolean totalExact,
                           @Schema(description = "How many were skipped", example = "0") int first,
                           @Schema(description = "The page's size", example = "20") int size) {

    public OverviewPage {
        rows = List.copyOf(rows);
    }
}
