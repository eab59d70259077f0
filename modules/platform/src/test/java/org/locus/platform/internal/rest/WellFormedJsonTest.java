package org.locus.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(5)
class WellFormedJsonTest {

    private final WellFormedJson check = new WellFormedJson(JsonProvider.provider(), 4);

    @ParameterizedTest
    @ValueSource(strings = {"{\"x\": [1, 2", "{\"x\": {\"a\": 1", "{\"placeName\": ", "{\"a\": \"unclosed", "[", "{"})
    void refusesABodyCutOffBeforeItsEnd(String truncated) {
        assertRefused(truncated, "The request body ends before its JSON is complete: an object, array or string is not closed.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1} {\"b\": 2}", "{\"a\": 1}]", "{\"a\": tru}", "{'a': 1}", "<a/>"})
    void refusesABodyThatIsNotOneWellFormedValue(String malformed) {
        assertThatThrownBy(() -> check.check(bytes(malformed), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().detail()).startsWith("The request body").doesNotContain("Exception");
                });
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        assertRefused("{\"a\": [[[{}]]]}", "The request body nests objects and arrays more than 4 deep.");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        assertThatCode(() -> check.check(bytes("{\"a\": [[{\"b\": 1}]]}  \n"), StandardCharsets.UTF_8)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"placeName\": \"a\\u0000b\"}", "{\"a\": [\"\\u0000\"]}", "{\"a\\u0000\": 1}"})
    void refusesTextWithTheNulCharacterWhichPostgresqlCannotStore(String withNul) {
        assertRefused(withNul, "The request body has a NUL character (\\u0000) in its text, which Locus cannot keep. Remove it.");
    }

    @Test
    void acceptsTextWithOtherControlCharactersAndEmoji() {
        assertThatCode(() -> check.check(bytes("{\"a\": \"bell\\u0007 tab\\t \u00e9 \ud83d\ude00\"}"), StandardCharsets.UTF_8))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmptyBody() {
        assertRefused(" \n", "The request body is empty. Send a JSON object.");
        assertRefused("", "The request body is empty. Send a JSON object.");
    }

    private void assertRefused(String body, String detail) {
        assertThatThrownBy(() -> check.check(bytes(body), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type()).isEqualTo(Problems.INVALID_JSON);
                    assertThat(e.problem().detail()).isEqualTo(detail);
                });
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
