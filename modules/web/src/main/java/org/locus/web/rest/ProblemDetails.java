package org.locus.web.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of every error answer, for the API's documentation only: the platform's exception
 * mappers write these (RFC 9457 problem details).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status"})
public record ProblemDetails(
        @Schema(description = "What kind of problem: urn:locus:problem:..., or about:blank when the status says it all",
                example = "urn:locus:problem:invalid-request") String type,
        @Schema(description = "The same for every problem of its type", example = "Some values are missing or wrong") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What went wrong this time", example = "Locus does not know the field plcae. Remove it or check the spelling.") String detail,
        @Schema(description = "For server errors: the reference to quote", nullable = true,
                example = "urn:uuid:5f48de56-56b6-4d05-a979-5d2571c30bda") String instance,
        @Schema(description = "For 400: the message for each field that is missing, wrong or unknown", nullable = true,
                example = "{\"placeName\": \"Enter the name of the place\"}") Map<String, String> errors) {
}
