package org.locus.intake.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Someone at the top of a place got in touch. Recorded by staff; starts an engagement.
 *
 * @param placeName          the place, such as "Northshire"; an existing place of that name is reused
 * @param organisations      the council and partners involved (NHS, police, fire, voluntary sector)
 * @param contactOrganisation which of them the contact leads or sits in
 */
@Schema(name = "FirstContact", description = "Someone at the top of a place got in touch: what staff record at first contact")
public record FirstContact(
        @Schema(description = "The place; an existing place of that name (any case or spacing) is reused", required = true, maxLength = 200, example = "Northshire")
        @NotBlank(message = "Enter the name of the place") @Size(max = 200, message = "Place name must be 200 characters or fewer") String placeName,
        @Schema(description = "The council and partners involved, one name each", required = true, minItems = 1, example = "[\"Northshire Council\", \"Northshire NHS Trust\"]")
        @NotNull(message = "Enter the organisations involved") @Size(min = 1, message = "Enter at least one organisation") List<@NotBlank(message = "Enter the name of each organisation, one a line") @Size(max = 200, message = "Each organisation's name must be 200 characters or fewer") String> organisations,
        @Schema(description = "Who got in touch", required = true, maxLength = 200, example = "Jo Leader")
        @NotBlank(message = "Enter the contact's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String contactName,
        @Schema(description = "Whether the contact is a political or a managerial leader", required = true, example = "POLITICAL")
        @NotNull(message = "Select whether the contact is a political or a managerial leader") LeaderRole contactRole,
        @Schema(description = "The contact's job title", required = true, maxLength = 200, example = "Leader of the council")
        @NotBlank(message = "Enter the contact's job title") @Size(max = 200, message = "Job title must be 200 characters or fewer") String contactJobTitle,
        @Schema(description = "Which of the organisations the contact leads or sits in", required = true, maxLength = 200, example = "Northshire Council")
        @NotBlank(message = "Enter the contact's organisation") @Size(max = 200, message = "Organisation must be 200 characters or fewer") String contactOrganisation,
        @Schema(description = "What they are asking for", required = true, maxLength = 4000, example = "The top team wants to work better with partners.")
        @NotBlank(message = "Enter what they are asking for") @Size(max = 4000, message = "Presenting issue must be 4000 characters or fewer") String presentingIssue,
        @Schema(description = "How they heard about the centre", required = true, maxLength = 500, example = "A peer at the LGA conference")
        @NotBlank(message = "Enter how they heard about us") @Size(max = 500, message = "How they heard must be 500 characters or fewer") String howHeard) {

    public FirstContact {
        organisations = organisations == null ? null : List.copyOf(organisations);
    }
}
