package org.locus.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API at {@code /api}. Every operation needs HTTP basic credentials (the API never uses the
 * browser's session) and names the roles it allows. Resources and the platform's exception mappers
 * are found by scanning: returning classes here would switch scanning off.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Locus API", version = "0.1.0",
                description = "Bespoke leadership engagements with places: the tasklist and engagements. "
                        + "Errors are RFC 9457 problem details (application/problem+json)."),
        security = @SecurityRequirement(name = LocusApi.BASIC_AUTH))
@SecurityScheme(securitySchemeName = LocusApi.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A Locus user id and password.")
public class LocusApi extends Application {

    static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM = "application/problem+json";
}
