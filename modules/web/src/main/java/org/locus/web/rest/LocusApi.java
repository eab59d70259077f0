package org.locus.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API at {@code /api}. Every operation needs HTTP basic credentials (the API never uses the
 * browser's session) and names the roles it allows. Resources and the platform's exception mappers
 * are found by scanning: returning classes here would switch scanning off.
 * <p>
 * The error answers are declared here once, as the document's components, and each operation refers
 * to them by name ({@code @APIResponse(responseCode = "404", ref = "NotFound")}): they are the same
 * problem details whichever module's resource gives them. The names are strings rather than constants
 * because the domain modules' resources cannot see this class; {@code OpenApiDocumentIT} fails on a
 * name that leads nowhere.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Locus API", version = "0.1.0",
                description = "Bespoke leadership engagements with places: the tasklist and engagements. "
                        + "Errors are RFC 9457 problem details (application/problem+json)."),
        security = @SecurityRequirement(name = LocusApi.BASIC_AUTH),
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", description = "A value in the body or the query is missing, wrong or unknown "
                        + "(errors names each one), or the body is not complete JSON or not what the operation takes",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "Unauthorized", description = "No or wrong credentials: send a Locus user id and password with HTTP basic",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "Forbidden", description = "Not in a role the operation allows (its description names them), "
                        + "or, for a task, not in one of the task's groups",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "NotFound", description = "Nothing has the id in the path: no such task or engagement",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "Conflict", description = "Someone else got there first: the task was completed already or "
                        + "claimed by someone else, or the same details were saved at the same moment (detail says what to do)",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "RequestTimeout", description = "The body arrived too slowly",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "ContentTooLarge", description = "The body is too large",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "UnsupportedMediaType", description = "The body is not application/json",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class))),
                @APIResponse(name = "NotImplemented", description = "Locus cannot do this through the API yet (for a task: "
                        + "this kind of task is completed in a browser)",
                        content = @Content(mediaType = LocusApi.PROBLEM, schema = @Schema(implementation = ProblemDetails.class)))}))
@SecurityScheme(securitySchemeName = LocusApi.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A Locus user id and password.")
public class LocusApi extends Application {

    static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM = "application/problem+json";
}
