package org.locus.platform.api.overview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much open work one person holds, or one group has waiting for someone to claim it. */
@Schema(name = "Load", description = "Open and overdue tasks of a person or a group",
        requiredProperties = {"id", "open", "overdue"})
public record Load(@Schema(description = "The user id or the group", example = "sam") String id,
                   @Schema(description = "Open tasks", example = "4") long open,
                   @Schema(description = "Of those, past their due date", example = "1") long overdue) {
}
