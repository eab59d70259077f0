package org.locus.app.enginerest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;

/**
 * Camunda's own OpenAPI document of its REST API, version 7.24.0 ({@code openapi.json} in
 * {@code org.camunda.bpm:camunda-engine-rest-openapi}), and the answers it allows. Atlassian's
 * openapi-request-validator does the checking (status declared for the operation, media type, body
 * against the schema with its {@code $ref}s), so the contract is Camunda's document, not our reading of it.
 */
public final class CamundaContract {

    /** Where the document sits in Camunda's jar. */
    static final String DOCUMENT = "openapi.json";

    private final OpenApiInteractionValidator validator;

    private CamundaContract(String document) {
        // The document's server is http://{host}:{port}/{contextPath}; Locus serves it at /engine-rest.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withBasePathOverride("/engine-rest")
                // Camunda's answers are allOf a base and its extras: checked as one merged schema (the validator's advice).
                .withResolveCombinators(true)
                // One known gap in Camunda's document, not in Locus: a task without a Camunda Form answers
                // "camundaFormRef": null, while the document's CamundaFormRef object is not nullable.
                .withWhitelist(ValidationErrorsWhitelist.create().withRule("Camunda answers null for a task without a Camunda Form",
                        WhitelistRules.allOf(WhitelistRules.messageContains("Instance type \\(null\\)"),
                                WhitelistRules.messageContains("/camundaFormRef"))))
                .build();
    }

    /** Camunda's published document, read from the test class path. */
    public static CamundaContract published() {
        try (InputStream in = CamundaContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path: camunda-engine-rest-openapi is missing");
            }
            return new CamundaContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with an answer, by Camunda's document: empty when it matches.
     *
     * @param path the path as called, from {@code /engine-rest} on, without the query
     */
    public List<String> violations(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> method + " " + path + " " + status + ": " + message.getKey() + " " + message.getMessage()
                        + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()))
                .toList();
    }
}
