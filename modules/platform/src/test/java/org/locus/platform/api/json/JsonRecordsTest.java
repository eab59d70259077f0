package org.locus.platform.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** How a JSON body becomes a task's values record, and what each kind of mistake gives. */
class JsonRecordsTest {

    enum Decision { ACCEPT, REFER_ELSEWHERE }

    enum Tag { WHAT_WORKS, DISSONANCE }

    record Answers(Boolean topTeamInvolved, Boolean placeBased, String notes) {
    }

    record Sponsor(String name, String jobTitle) {
    }

    record Scoping(Sponsor politicalSponsor, Sponsor managerialSponsor) {
    }

    record Draft(Integer enablerDays, BigDecimal budget, LocalDate signedOff, Decision decision) {
    }

    record Team(String lead, List<String> enablers) {
    }

    record Finding(String text, Tag tag) {
    }

    record Findings(List<Finding> findings) {
    }

    record Untyped(Object anything) {
    }

    @Test
    void readsTextsAndBooleansByTheirComponentNames() {
        var read = JsonRecords.read(json("{\"topTeamInvolved\": true, \"placeBased\": false, \"notes\": \"Met the leader\"}"),
                Answers.class);

        assertThat(read.value()).isEqualTo(new Answers(true, false, "Met the leader"));
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void namesEachValueOfTheWrongTypeAndReadsItAsMissing() {
        var read = JsonRecords.read(json("{\"topTeamInvolved\": \"yes\", \"placeBased\": 1, \"notes\": null}"), Answers.class);

        assertThat(read.value()).isEqualTo(new Answers(null, null, null));
        assertThat(read.errors()).containsOnly(
                entry("topTeamInvolved", "topTeamInvolved must be true or false"),
                entry("placeBased", "placeBased must be true or false"));
    }

    @Test
    void namesEveryFieldTheRecordDoesNotHaveNestedOnesByPath() {
        var read = JsonRecords.read(json("""
                {"politicalSponsor": {"name": "Cllr Ada Hale", "nmae": "x"}, "managerialSponsor": {"name": "Jo Bloggs"},
                 "sponsor": "Jo"}"""), Scoping.class);

        assertThat(read.value().politicalSponsor()).isEqualTo(new Sponsor("Cllr Ada Hale", null));
        assertThat(read.errors()).containsOnlyKeys("politicalSponsor.nmae", "sponsor");
        assertThat(read.errors().get("sponsor")).isEqualTo(JsonFields.UNKNOWN_FIELD);
    }

    @Test
    void leavesAMissingNestedObjectNull() {
        var read = JsonRecords.read(json("{\"politicalSponsor\": null}"), Scoping.class);

        assertThat(read.value()).isEqualTo(new Scoping(null, null));
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void readsNumbersDatesAndChoicesWrittenEitherWay() {
        var read = JsonRecords.read(json("{\"enablerDays\": 12, \"budget\": \"12500.50\", \"signedOff\": \"2026-11-02\","
                + " \"decision\": \"referElsewhere\"}"), Draft.class);

        assertThat(read.value()).isEqualTo(new Draft(12, new BigDecimal("12500.50"), LocalDate.of(2026, 11, 2),
                Decision.REFER_ELSEWHERE));
        assertThat(JsonRecords.read(json("{\"decision\": \"ACCEPT\"}"), Draft.class).value().decision())
                .isEqualTo(Decision.ACCEPT);
    }

    @Test
    void namesNumbersDatesAndChoicesItCannotRead() {
        var read = JsonRecords.read(json("{\"enablerDays\": 2.5, \"budget\": \"lots\", \"signedOff\": \"2026-02-30\","
                + " \"decision\": \"maybe\"}"), Draft.class);

        assertThat(read.value()).isEqualTo(new Draft(null, null, null, null));
        assertThat(read.errors()).containsOnlyKeys("enablerDays", "budget", "signedOff", "decision");
        assertThat(read.errors().get("decision")).isEqualTo("decision must be one of ACCEPT, REFER_ELSEWHERE");
    }

    @Test
    void takesAMissingListAsEmptyAndRefusesOneThatIsNotAList() {
        assertThat(JsonRecords.read(json("{\"lead\": \"sam\"}"), Team.class).value()).isEqualTo(new Team("sam", List.of()));
        assertThat(JsonRecords.read(json("{\"lead\": \"sam\", \"enablers\": [\"alex\", \"kim\"]}"), Team.class).value()
                .enablers()).containsExactly("alex", "kim");

        var wrong = JsonRecords.read(json("{\"lead\": \"sam\", \"enablers\": \"alex\"}"), Team.class);
        assertThat(wrong.value().enablers()).isEmpty();
        assertThat(wrong.errors()).containsOnlyKeys("enablers");
    }

    @Test
    void readsAListOfRecordsNamingMistakesByIndex() {
        var read = JsonRecords.read(json("{\"findings\": [{\"text\": \"Trust is low\", \"tag\": \"DISSONANCE\"},"
                + " {\"text\": 7, \"tagg\": \"x\"}]}"), Findings.class);

        assertThat(read.value().findings()).containsExactly(new Finding("Trust is low", Tag.DISSONANCE), new Finding(null, null));
        assertThat(read.errors()).containsOnly(entry("findings[1].text", "text must be text"),
                entry("findings[1].tagg", JsonFields.UNKNOWN_FIELD));
    }

    @Test
    void refusesARecordItCannotDescribe() {
        assertThatThrownBy(() -> JsonRecords.read(json("{}"), Untyped.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
