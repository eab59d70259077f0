package org.locus.intake.internal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a first contact logged through the API: the engagement it opened. */
@Schema(name = "EnquiryLogged", description = "The engagement a first contact opened", requiredProperties = "engagementId")
public record EnquiryLogged(@Schema(description = "The engagement's id; GET /api/engagements/{id} reads it",
        example = "fc9e9949-7487-4b76-ac0c-918231628211") String engagementId) {
}
