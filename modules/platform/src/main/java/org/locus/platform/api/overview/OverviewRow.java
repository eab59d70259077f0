package org.locus.platform.api.overview;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;

/** One engagement as the managers' overview shows it: where it stands, who works on it, what needs an eye. */
@Schema(name = "OverviewRow", description = "An engagement in the managers' overview",
        requiredProperties = {"engagementId", "reference", "placeName", "stage", "status", "openedAt", "ageDays", "tasks", "flags"})
public record OverviewRow(@Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String engagementId,
                          @Schema(description = "Its reference", example = "ENG-2026-0001") String reference,
                          @Schema(description = "The place", example = "Northshire") String placeName,
                          @Schema(description = "The stage it is in, or ended in", example = "INTAKE") Stage stage,
                          @Schema(description = "Where it stands overall", example = "OPEN") EngagementStatus status,
                          @Schema(description = "The lead's user id, absent until a team is assigned", example = "sam") String lead,
                          @Schema(description = "When it was opened", example = "2026-12-01T09:00:00Z") Instant openedAt,
                          @Schema(description = "When it ended, absent while it is open", example = "2026-12-20T09:00:00Z") Instant endedAt,
                          @Schema(description = "Whole days from opening to now, or to its end", example = "6") long ageDays,
                          @Schema(description = "Its open tasks") List<OverviewTask> tasks,
                          @Schema(description = "What needs a manager's eye", example = "[\"OVERDUE\"]") Set<OverviewFlag> flags) {

    public OverviewRow {
        tasks = List.copyOf(tasks);
        flags = Set.copyOf(flags);
    }

    public boolean has(OverviewFlag flag) {
        return flags.contains(flag);
    }
}
