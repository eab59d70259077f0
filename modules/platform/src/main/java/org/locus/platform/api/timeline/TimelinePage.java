package org.locus.platform.api.timeline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of an engagement's timeline, oldest first.
 *
 * @param entries the entries of this page
 * @param total   how many entries pass the filters, on every page
 * @param page    the page shown (the last page when a later one was asked for)
 * @param people  the user id of everyone who did something in the engagement, for the person filter, sorted
 */
@Schema(name = "TimelinePage", description = "A page of an engagement's timeline, oldest first",
        requiredProperties = {"engagementId", "entries", "total", "page", "size", "people"})
public record TimelinePage(
        @Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String engagementId,
        @Schema(description = "The entries of this page, oldest first") List<TimelineEntry> entries,
        @Schema(description = "How many entries pass the filters, on every page", example = "57") long total,
        @Schema(description = "The page shown, from 1 (the last when a later one was asked for)", example = "1") int page,
        @Schema(description = "Entries a page", example = "25") int size,
        @Schema(description = "The user id of everyone who did something in the engagement, sorted", example = "[\"morgan\", \"sam\"]")
        List<String> people) {

    public TimelinePage {
        entries = List.copyOf(entries);
        people = List.copyOf(people);
    }
}
