package org.locus.intake.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agreement with the place, and the dates both sponsors signed it off. */
@Schema(name = "AgreementDraft", description = "The values of intake/draftAgreement, \u201cDraft the agreement and record sign-off\u201d",
        requiredProperties = {"ambition", "timeline", "fundingSource", "enablerDays", "budget", "politicalSignOff", "managerialSignOff"})
public record AgreementDraft(
        @Schema(description = "What the place wants to achieve", maxLength = 4000, example = "Partners lead the place together.")
        @NotBlank(message = "Enter the ambition") @Size(max = 4000, message = "Ambition must be 4000 characters or fewer") String ambition,
        @Schema(description = "When, roughly", maxLength = 500, example = "January to June 2027")
        @NotBlank(message = "Enter the timeline") @Size(max = 500, message = "Timeline must be 500 characters or fewer") String timeline,
        @Schema(description = "Who pays", maxLength = 200, example = "Council transformation fund")
        @NotBlank(message = "Enter the funding source") @Size(max = 200, message = "Funding source must be 200 characters or fewer") String fundingSource,
        @Schema(description = "Days of enablers' time, more than 0", minimum = "1", example = "20")
        @NotNull(message = "Enter the number of enabler days") @Positive(message = "Enabler days must be more than 0") Integer enablerDays,
        @Schema(description = "The budget in pounds and pence, 0 or more", minimum = "0", example = "15000.00")
        @NotNull(message = "Enter the budget") @PositiveOrZero(message = "Budget must be 0 or more") @Digits(integer = 10, fraction = 2, message = "Budget must be an amount in pounds and pence") BigDecimal budget,
        @Schema(description = "When the political sponsor signed off, today or before", format = "date", example = "2026-11-27")
        @NotNull(message = "Enter the date the political sponsor signed off") @PastOrPresent(message = "Sign-off date must be today or in the past") LocalDate politicalSignOff,
        @Schema(description = "When the managerial sponsor signed off, today or before", format = "date", example = "2026-11-28")
        @NotNull(message = "Enter the date the managerial sponsor signed off") @PastOrPresent(message = "Sign-off date must be today or in the past") LocalDate managerialSignOff) {
}
