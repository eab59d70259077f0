package org.locus.intake.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** Intake's delegates find the engagement by its variable, or else by the business key that holds the same id. */
class ProcessFactsTest {

    private final DelegateExecution execution = mock(DelegateExecution.class);

    @Test
    void readsTheEngagementIdVariable() {
        when(execution.getVariable("engagementId")).thenReturn("e-1");
        when(execution.getProcessBusinessKey()).thenReturn("e-2");

        assertThat(ProcessFacts.engagementId(execution)).isEqualTo("e-1");
    }

    @Test
    void fallsBackToTheBusinessKey() {
        when(execution.getProcessBusinessKey()).thenReturn("e-2");

        assertThat(ProcessFacts.engagementId(execution)).isEqualTo("e-2");
    }

    @Test
    void failsLoudlyWhenTheProcessCarriesNoEngagement() {
        when(execution.getProcessInstanceId()).thenReturn("p-1");

        assertThatThrownBy(() -> ProcessFacts.engagementId(execution))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("p-1");
    }
}
