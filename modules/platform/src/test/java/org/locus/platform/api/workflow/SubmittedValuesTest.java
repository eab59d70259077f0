package org.locus.platform.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.workflow.SubmittedValues.Value;

/** What a form sent, kept as the person saw it: each leaf by its path, with the component that showed it. */
class SubmittedValuesTest {

    enum Decision {
        ACCEPT, REFER_ELSEWHERE;

        public String label() {
            return this == ACCEPT ? "Take the work on" : "Refer them elsewhere";
        }
    }

    enum Plain { SURVEY_RUN }

    record Sponsor(String name, String jobTitle) {
    }

    record Command(Boolean approved, String returnReason, Decision decision, Plain plain, LocalDate signedOff,
                   BigDecimal budget, Sponsor politicalSponsor, List<String> enablers, String empty) {
    }

    @Test
    void keepsEveryValueAsTheFormShowsItUnderItsComponent() {
        Command command = new Command(false, "Name the funding source.", Decision.REFER_ELSEWHERE, Plain.SURVEY_RUN,
                LocalDate.of(2026, 3, 5), new BigDecimal("15000"), new Sponsor("Cllr Ada Hale", "Leader"), List.of("priya", "jordan"), " ");

        SubmittedValues values = SubmittedValues.of(command, Map.of("approved", "decision", "politicalSponsor.name", "politicalName",
                "enablers", "enablers"));

        assertThat(values.values()).containsExactly(
                new Value("approved", "decision", "No"),
                new Value("returnReason", null, "Name the funding source."),
                new Value("decision", null, "Refer them elsewhere"),
                new Value("plain", null, "Survey run"),
                new Value("signedOff", null, "5 March 2026"),
                new Value("budget", null, "15000"),
                new Value("politicalSponsor.name", "politicalName", "Cllr Ada Hale"),
                new Value("politicalSponsor.jobTitle", null, "Leader"),
                new Value("enablers[0]", "enablers", "priya"),
                new Value("enablers[1]", "enablers", "jordan"));
    }

    @Test
    void cutsTextTheEngineCannotKeep() {
        record Long(String text) {
        }
        String text = SubmittedValues.of(new Long("x".repeat(5000)), Map.of()).values().get(0).text();

        assertThat(text).hasSize(SubmittedValues.LONGEST).endsWith("\u2026");
    }
}
