package org.locus.platform.api.timeline;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing that happened to an engagement.
 *
 * @param at      when it happened
 * @param person  the user id of who did it; null when the system did (a decision, a stage change, an incident)
 * @param title   what happened, in a sentence a person reads ("Completed \u201cAssess fit with the remit\u201d")
 * @param details what goes with it, in order: the values of a form under their labels, a decision's inputs and
 *                outputs, a reason
 */
@Schema(name = "TimelineEntry", description = "One thing that happened to an engagement",
        requiredProperties = {"at", "kind", "title", "details"})
public record TimelineEntry(
        @Schema(description = "When it happened", example = "2026-12-01T09:00:00Z") Instant at,
        @Schema(description = "What it is about", example = "TASK") TimelineKind kind,
        @Schema(description = "The user id of who did it; absent when the system did", example = "sam") String person,
        @Schema(description = "What happened", example = "Completed \u201cAssess fit with the remit\u201d") String title,
        @Schema(description = "What goes with it, in order: a form's values under their labels, a decision's inputs and outputs, a reason")
        List<Detail> details) {

    public TimelineEntry {
        details = List.copyOf(details);
    }

    public TimelineEntry(Instant at, TimelineKind kind, String person, String title) {
        this(at, kind, person, title, List.of());
    }

    /** A label and its value, both as a person reads them. */
    @Schema(name = "TimelineDetail", description = "A label and its value, as a person reads them", requiredProperties = {"label", "value"})
    public record Detail(@Schema(description = "The label", example = "Is funding available for the work?") String label,
                         @Schema(description = "The value", example = "Yes") String value) {
    }
}
