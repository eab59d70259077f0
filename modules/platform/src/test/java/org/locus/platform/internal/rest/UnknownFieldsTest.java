package org.locus.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.Test;

class UnknownFieldsTest {

    record Sponsor(String name, String jobTitle) {
    }

    record Scoping(String place, Sponsor sponsor, List<Sponsor> others, Map<String, Object> extras,
                   @JsonbProperty("due-on") String due) {
    }

    @Test
    void namesEveryMemberTheRecordLacksNestedOnesByPath() {
        JsonValue body = json("""
                {"place": "Northshire", "plcae": "x",
                 "sponsor": {"name": "Jo", "nmae": "Jo"},
                 "others": [{"name": "Al"}, {"jobTitel": "Leader"}],
                 "extras": {"anything": 1}, "due-on": "2026-12-01"}""");

        assertThat(UnknownFields.in(body, Scoping.class)).containsExactly("plcae", "sponsor.nmae", "others[1].jobTitel");
    }

    @Test
    void findsNoneInABodyOfKnownMembers() {
        assertThat(UnknownFields.in(json("{\"place\": \"Northshire\", \"sponsor\": null}"), Scoping.class)).isEmpty();
    }

    @Test
    void checksNothingInABodyReadAsJsonValues() {
        assertThat(UnknownFields.in(json("{\"anything\": 1}"), JsonObject.class)).isEmpty();
    }

    @Test
    void leavesAValueOfTheWrongShapeToJsonB() {
        assertThat(UnknownFields.in(json("[{\"x\": 1}]"), Scoping.class)).isEmpty();
    }

    private static JsonValue json(String text) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
