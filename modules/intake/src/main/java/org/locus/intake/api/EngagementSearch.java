package org.locus.intake.api;

import org.locus.platform.api.engagement.EngagementStatus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What to look for among every engagement, open or ended.
 *
 * @param text   part of a place's name, or the start of a reference such as {@code ENG-2026-00}; empty for all
 * @param status only engagements with this status; null for every status
 * @param first  how many to skip (for the pages after the first)
 * @param size   how many to answer at most
 */
public record EngagementSearch(
        @Size(max = 200, message = "Enter 200 characters or fewer") String text,
        EngagementStatus status,
        @PositiveOrZero(message = "first must be 0 or more") int first,
        @Min(value = 1, message = "size must be at least 1") @Max(value = 100, message = "size must be 100 or less") int size) {
}
