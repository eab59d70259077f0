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

/** The agreement with the place, and the dates both sponsors signed it off. */
public record AgreementDraft(
        @NotBlank(message = "Enter the ambition") @Size(max = 4000, message = "Ambition must be 4000 characters or fewer") String ambition,
        @NotBlank(message = "Enter the timeline") @Size(max = 500, message = "Timeline must be 500 characters or fewer") String timeline,
        @NotBlank(message = "Enter the funding source") @Size(max = 200, message = "Funding source must be 200 characters or fewer") String fundingSource,
        @NotNull(message = "Enter the number of enabler days") @Positive(message = "Enabler days must be more than 0") Integer enablerDays,
        @NotNull(message = "Enter the budget") @PositiveOrZero(message = "Budget must be 0 or more") @Digits(integer = 10, fraction = 2, message = "Budget must be an amount in pounds and pence") BigDecimal budget,
        @NotNull(message = "Enter the date the political sponsor signed off") @PastOrPresent(message = "Sign-off date must be today or in the past") LocalDate politicalSignOff,
        @NotNull(message = "Enter the date the managerial sponsor signed off") @PastOrPresent(message = "Sign-off date must be today or in the past") LocalDate managerialSignOff) {
}
