package org.locus.intake.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Someone at the top of a place got in touch. Recorded by staff; starts an engagement.
 *
 * @param placeName          the place, such as "Northshire"; an existing place of that name is reused
 * @param organisations      the council and partners involved (NHS, police, fire, voluntary sector)
 * @param contactOrganisation which of them the contact leads or sits in
 */
public record FirstContact(
        @NotBlank(message = "Enter the name of the place") @Size(max = 200, message = "Place name must be 200 characters or fewer") String placeName,
        @NotNull(message = "Enter the organisations involved") @Size(min = 1, message = "Enter at least one organisation") List<@NotBlank(message = "Enter the name of each organisation, one a line") @Size(max = 200, message = "Each organisation's name must be 200 characters or fewer") String> organisations,
        @NotBlank(message = "Enter the contact's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String contactName,
        @NotNull(message = "Select whether the contact is a political or a managerial leader") LeaderRole contactRole,
        @NotBlank(message = "Enter the contact's job title") @Size(max = 200, message = "Job title must be 200 characters or fewer") String contactJobTitle,
        @NotBlank(message = "Enter the contact's organisation") @Size(max = 200, message = "Organisation must be 200 characters or fewer") String contactOrganisation,
        @NotBlank(message = "Enter what they are asking for") @Size(max = 4000, message = "Presenting issue must be 4000 characters or fewer") String presentingIssue,
        @NotBlank(message = "Enter how they heard about us") @Size(max = 500, message = "How they heard must be 500 characters or fewer") String howHeard) {

    public FirstContact {
        organisations = organisations == null ? null : List.copyOf(organisations);
    }
}
