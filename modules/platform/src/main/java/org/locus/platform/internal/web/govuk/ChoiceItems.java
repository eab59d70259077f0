package org.locus.platform.internal.web.govuk;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of a radios, checkboxes or select field: a map from the text people see to the value
 * the bound property takes (a Boolean, an enum, a String...), in the order given. In the page each
 * value is written as its key: an enum's name, anything else as {@code String.valueOf}. Reading a
 * submission back gives the very item object, so no converter is needed for Booleans or enums.
 */
final class ChoiceItems {

    private ChoiceItems() {
    }

    static String key(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }

    /** The items attribute as a map; anything else (such as a missing attribute) is no items. */
    static Map<String, Object> of(Object items) {
        if (!(items instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((label, value) -> copy.put(String.valueOf(label), value));
        return copy;
    }

    /** The item whose key was submitted. */
    static Optional<Object> valueFor(Map<String, Object> items, String key) {
        return items.values().stream().filter(value -> key(value).equals(key)).findFirst();
    }

    /** The items whose keys were submitted, in the items' order; empty if any key is not an item's. */
    static Optional<List<Object>> valuesFor(Map<String, Object> items, Collection<String> keys) {
        Set<String> itemKeys = items.values().stream().map(ChoiceItems::key).collect(Collectors.toSet());
        if (!itemKeys.containsAll(keys)) {
            return Optional.empty();
        }
        return Optional.of(items.values().stream().filter(value -> keys.contains(key(value))).toList());
    }

    /** The keys of the current value: one for a single value, each element's for a collection. */
    static Set<String> keysOf(Object value) {
        if (value == null) {
            return Set.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(ChoiceItems::key).collect(Collectors.toSet());
        }
        if (value instanceof Object[] values) {
            return java.util.Arrays.stream(values).map(ChoiceItems::key).collect(Collectors.toSet());
        }
        return Set.of(key(value));
    }
}
