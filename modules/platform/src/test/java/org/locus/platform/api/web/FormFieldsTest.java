package org.locus.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Where a form's problems are shown when the fields', the form's and the constraints' errors are merged. */
class FormFieldsTest {

    private final FormFields agreement = FormFields.sameNames("ambition", "enablerDays", "budget", "politicalSignOff");

    @Test
    void putsEveryProblemOnItsFieldInPageOrder() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("budget", "Budget must be 0 or more");
        problems.put("ambition", "Enter the ambition");

        assertThat(agreement.placed(problems, Set.of())).containsExactly(
                new FormErrors.Message("form:ambition:field", "Enter the ambition"),
                new FormErrors.Message("form:budget:field", "Budget must be 0 or more"));
    }

    @Test
    void leavesAFieldThatShowsItsOwnErrorToIt() {
        // The date input said "… must be a real date"; the constraint's "Enter the date" would say less.
        Map<String, String> problems = Map.of("politicalSignOff", "Enter the date the political sponsor signed off",
                "enablerDays", "Enabler days must be a whole number, like 12");

        List<FormErrors.Message> placed = agreement.placed(problems, Set.of("form:politicalSignOff:field"));

        assertThat(placed).containsExactly(
                new FormErrors.Message("form:enablerDays:field", "Enabler days must be a whole number, like 12"));
    }

    @Test
    void showsOneMessageAFieldAndTheRestInTheSummaryAlone() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("politicalSponsor.name", "Enter the sponsor's name");
        problems.put("politicalSponsor.jobTitle", "Enter the sponsor's job title");
        problems.put("request", "Both sponsors are needed");
        FormFields sponsor = new FormFields(Map.of("politicalSponsor", "politicalName"),
                (field, message) -> message.replace("the sponsor's", "the political sponsor's"));

        assertThat(sponsor.placed(problems, Set.of())).containsExactly(
                new FormErrors.Message("form:politicalName:field", "Enter the political sponsor's name"),
                new FormErrors.Message(null, "Both sponsors are needed"));
    }
}
