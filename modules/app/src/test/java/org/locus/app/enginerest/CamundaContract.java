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
import com.atlassian.oai.validator.whitelist.StatusType;
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

    /**
     * Where Camunda 7.24.0's own answers and its own document disagree, whoever serves them (none is Locus's
     * doing; each rule is as narrow as the message allows, and {@code CamundaContractTest} shows the rest is
     * still checked):
     * <ul>
     * <li>a task without a Camunda Form answers {@code "camundaFormRef": null}, where the document's
     *     {@code CamundaFormRef} object is not nullable;</li>
     * <li>a variable's {@code value} is declared {@code type: object} (meant as "any"), but a number, text or
     *     yes/no is answered as itself;</li>
     * <li>an error ({@code ExceptionDto}) answers {@code "code": null} when the engine gave no error code, where
     *     the document's integer is not nullable.</li>
     * </ul>
     */
    static final ValidationErrorsWhitelist CAMUNDAS_OWN_GAPS = ValidationErrorsWhitelist.create()
            .withRule("Camunda answers null for a task without a Camunda Form", WhitelistRules.allOf(
                    WhitelistRules.messageContains("\\[Path '(/\\d+)?/camundaFormRef'\\] Instance type \\(null\\)")))
            .withRule("Camunda answers a variable's value as itself, where its document says object", WhitelistRules.allOf(
                    WhitelistRules.messageContains("\\[Path '/[^']+/value'\\] Instance type \\((integer|number|string|boolean|null)\\) "
                            + "does not match any allowed primitive type \\(allowed: \\[\"object\"\\]\\)")))
            .withRule("Camunda answers an error without an error code with code null", WhitelistRules.allOf(
                    WhitelistRules.isResponse(), WhitelistRules.responseStatusTypeIs(StatusType.CLIENT_ERROR),
                    WhitelistRules.messageContains("\\[Path '/code'\\] Instance type \\(null\\)")));

    private final OpenApiInteractionValidator validator;

    private CamundaContract(String document) {
        // The document's server is http://{host}:{port}/{contextPath}; Locus serves it at /engine-rest.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withBasePathOverride("/engine-rest")
                // Camunda's answers are allOf a base and its extras: checked as one merged schema (the validator's advice).
                .withResolveCombinators(true)
                .withWhitelist(CAMUNDAS_OWN_GAPS)
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
