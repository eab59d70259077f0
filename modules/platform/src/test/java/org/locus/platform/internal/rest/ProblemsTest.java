package org.locus.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.NotFoundException;

class ProblemsTest {

    @Test
    void invalidRequestIs400WithTheFieldErrors() {
        Problem problem = Problems.of(new InvalidRequestException("Some values are missing or wrong",
                Map.of("placeName", "Enter the name of the place")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:locus:problem:invalid-request");
        assertThat(problem.errors()).containsEntry("placeName", "Enter the name of the place");
    }

    @Test
    void forbiddenNotFoundAndConflictKeepTheServicesMessage() {
        assertThat(Problems.of(new ForbiddenException("This task is for manager"))).extracting(Problem::status, Problem::detail)
                .containsExactly(403, "This task is for manager");
        assertThat(Problems.of(new NotFoundException("There is no task 1."))).extracting(Problem::status, Problem::detail)
                .containsExactly(404, "There is no task 1.");
        assertThat(Problems.of(new ConflictException("This task was already completed by sam.")).status()).isEqualTo(409);
    }

    @Test
    void invalidJsonIs400() {
        Problem problem = Problems.invalidJson();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("The request body is not valid JSON for this operation");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void httpStatusesKeepTheirStatusWithAPlainDetail() {
        assertThat(Problems.forStatus(405, "Method Not Allowed"))
                .extracting(Problem::type, Problem::title, Problem::status, Problem::detail)
                .containsExactly("about:blank", "Method Not Allowed", 405, "This address does not accept that method.");
        assertThat(Problems.forStatus(415, "Unsupported Media Type").detail()).contains("application/json");
    }

    @Test
    void anUnexpectedFailureSaysNothingButAReference() {
        Problem problem = Problems.unexpected("1234");

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).isEqualTo("Try again later. If it keeps happening, quote reference 1234.");
        assertThat(problem.instance()).isEqualTo("urn:uuid:1234");
    }

    @Test
    void findsTheServicesErrorInsideTheContainersWrapper() {
        TransactionalException wrapped = new TransactionalException("rolled back",
                new RuntimeException(new ConflictException("Someone else changed this task at the same moment.")));

        assertThat(Problems.known(wrapped)).get().extracting(Problem::status).isEqualTo(409);
        assertThat(Problems.known(new TransactionalException("x", new ConstraintViolationException(Set.of()))))
                .get().extracting(Problem::status).isEqualTo(400);
        assertThat(Problems.known(new IllegalStateException("boom"))).isEmpty();
    }
}
