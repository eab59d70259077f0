package org.locus.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void writesTheRfc9457Members() {
        Problem problem = new Problem("urn:locus:problem:not-found", "Not found", 404, "There is no task 1.", null, null);

        assertThat(problem.toJson()).isEqualTo(
                "{\"type\":\"urn:locus:problem:not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"There is no task 1.\"}");
    }

    @Test
    void writesFieldErrorsInOrder() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("placeName", "Enter the name of the place");
        errors.put("politicalSponsor.name", "Enter the sponsor's name");

        assertThat(new Problem("t", "T", 400, null, null, errors).toJson()).endsWith(
                "\"status\":400,\"errors\":{\"placeName\":\"Enter the name of the place\",\"politicalSponsor.name\":\"Enter the sponsor's name\"}}");
    }

    @Test
    void escapesWhatCouldBreakTheJson() {
        Problem problem = new Problem("t", "T", 400, "Quote \" backslash \\ newline \n tab \t bell \u0007", null, null);

        assertThat(problem.toJson()).contains("\"detail\":\"Quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007\"");
    }
}
