package org.locus.platform.api.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A manager gives a task to someone else.
 *
 * @param expectedAssignee whom the manager saw holding the task (null: nobody); if that changed meanwhile the
 *                         reassignment is refused with a 409, so two managers at once never both win
 */
@Schema(name = "Reassignment", description = "Give an open task to another person of one of its groups, with a reason",
        requiredProperties = {"to", "reason"})
public record Reassignment(
        @Schema(description = "The user id of the person who takes the task on", example = "priya")
        @NotBlank(message = "Enter who takes the task on") @Size(max = 255, message = "The user id must be 255 characters or fewer")
        String to,
        @Schema(description = "Why, in the manager's words", example = "Sam is on leave until the 14th")
        @NotBlank(message = "Enter the reason for reassigning the task") @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
        @Schema(description = "Who the manager saw holding the task; absent or null for nobody", example = "sam")
        @Size(max = 255, message = "The user id must be 255 characters or fewer")
        String expectedAssignee) {
}
