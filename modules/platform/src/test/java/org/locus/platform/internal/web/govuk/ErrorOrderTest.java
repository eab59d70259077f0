package org.locus.platform.internal.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ErrorOrderTest {

    @Test
    void putsFormErrorsFirstThenFieldsInPageOrder() {
        List<String> raised = Arrays.asList("f:placeName:field", null, "f:contactName:field");
        List<String> page = List.of("f", "f:contactName", "f:contactName:field", "f:placeName", "f:placeName:field");

        assertThat(ErrorOrder.sort(raised, page)).containsExactly(null, "f:contactName:field", "f:placeName:field");
    }

    @Test
    void keepsFieldsNotFoundOnThePageLastInTheOrderRaised() {
        List<String> raised = List.of("x:b", "f:a:field", "x:a");

        assertThat(ErrorOrder.sort(raised, List.of("f:a:field"))).containsExactly("f:a:field", "x:b", "x:a");
    }
}
