package org.locus.platform.internal.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChoiceItemsTest {

    enum Side { POLITICAL, MANAGERIAL }

    @Test
    void writesEnumsByNameAndAnythingElseAsText() {
        assertThat(ChoiceItems.key(Side.POLITICAL)).isEqualTo("POLITICAL");
        assertThat(ChoiceItems.key(Boolean.TRUE)).isEqualTo("true");
        assertThat(ChoiceItems.key(null)).isEmpty();
    }

    @Test
    void readsBackTheItemItselfSoBooleansAndEnumsNeedNoConverter() {
        Map<String, Object> yesNo = items("Yes", true, "No", false);
        Map<String, Object> sides = items("Political", Side.POLITICAL, "Managerial", Side.MANAGERIAL);

        assertThat(ChoiceItems.valueFor(yesNo, "false")).contains(false);
        assertThat(ChoiceItems.valueFor(sides, "MANAGERIAL")).contains(Side.MANAGERIAL);
        assertThat(ChoiceItems.valueFor(sides, "NEITHER")).isEmpty();
    }

    @Test
    void readsSeveralInTheItemsOrderAndRefusesAnyNotOffered() {
        Map<String, Object> options = items("Alpha", "a", "Beta", "b", "Gamma", "c");

        assertThat(ChoiceItems.valuesFor(options, List.of("c", "a"))).contains(List.of("a", "c"));
        assertThat(ChoiceItems.valuesFor(options, List.of())).contains(List.of());
        assertThat(ChoiceItems.valuesFor(options, List.of("a", "z"))).isEmpty();
    }

    @Test
    void keysOfAValueOrACollection() {
        assertThat(ChoiceItems.keysOf(List.of("a", "c"))).containsExactlyInAnyOrder("a", "c");
        assertThat(ChoiceItems.keysOf(Side.POLITICAL)).containsExactly("POLITICAL");
        assertThat(ChoiceItems.keysOf(null)).isEmpty();
    }

    @Test
    void aMissingItemsAttributeIsNoItems() {
        assertThat(ChoiceItems.of(null)).isEmpty();
    }

    private static Map<String, Object> items(Object... labelsAndValues) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            items.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return items;
    }
}
