package org.locus.diagnostic.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader of the place as a participant of the diagnostic, with the group they speak for. */
@Schema(name = "DiagnosticParticipant", description = "A leader of the place as a participant of the diagnostic, with the group they speak for",
        requiredProperties = {"name", "group", "jobTitle", "organisation"})
public record Participant(
        @Schema(description = "The leader's name", example = "Cllr Ada Hale") String name,
        @Schema(description = "The group they speak for", example = "POLITICAL") ParticipantGroup group,
        @Schema(description = "Their job title", example = "Leader of the council") String jobTitle,
        @Schema(description = "Their organisation", example = "Northshire Council") String organisation) {
}
