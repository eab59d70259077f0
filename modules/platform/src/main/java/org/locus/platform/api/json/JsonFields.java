package org.locus.platform.api.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads the values an API client sent to complete a task, field by field. A value of the wrong
 * type is noted against its field and read as missing, so the client hears about every field at
 * once (the type mistakes from here, the missing values from Bean Validation) rather than one
 * parse error at a time.
 */
final class JsonFields {


    static final String UNKNOWN_FIELD = "Locus does not know this field: remove it or check its spelling";

    private final JsonObject json;
    private final String prefix;
    private final Map<String, String> errors;
    /** Every field asked for, by its full name, and every object read, across the nested objects of one body. */
    private final Set<String> asked;
    private final List<JsonFields> objects;

    JsonFields(JsonObject json) {
        this(json == null ? JsonValue.EMPTY_JSON_OBJECT : json, "", new LinkedHashMap<>(), new HashSet<>(), new ArrayList<>());
    }

    private JsonFields(JsonObject json, String prefix, Map<String, String> errors, Set<String> asked,
                            List<JsonFields> objects) {
        this.json = json;
        this.prefix = prefix;
        this.errors = errors;
        this.asked = asked;
        this.objects = objects;
        objects.add(this);
    }

    /**
     * Type mistakes so far, keyed by field as Bean Validation would name it ({@code politicalSponsor.name}),
     * and every field sent that the task never asked for (a misspelt name would otherwise be lost unseen).
     */
    Map<String, String> errors() {
        Map<String, String> all = new LinkedHashMap<>(errors);
        for (JsonFields object : objects) {
            for (String name : object.json.keySet()) {
                if (!asked.contains(object.prefix + name)) {
                    all.putIfAbsent(object.prefix + name, UNKNOWN_FIELD);
                }
            }
        }
        return all;
    }

    String text(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return wrong(name, "text");
    }

    Boolean yesOrNo(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        return wrong(name, "true or false");
    }

    Integer wholeNumber(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue().intValueExact();
            }
            if (value instanceof JsonString string) {
                return Integer.valueOf(string.getString().strip());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return wrong(name, "a whole number");
        }
        return wrong(name, "a whole number");
    }

    BigDecimal amount(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString string) {
                return new BigDecimal(string.getString().strip());
            }
        } catch (NumberFormatException e) {
            return wrong(name, "an amount such as 12500.00");
        }
        return wrong(name, "an amount such as 12500.00");
    }

    LocalDate date(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            try {
                return LocalDate.parse(string.getString().strip());
            } catch (DateTimeParseException e) {
                return wrong(name, "a real date written as year-month-day, such as 2026-11-27");
            }
        }
        return wrong(name, "a date written as year-month-day, such as 2026-11-27");
    }

    /**
     * One of an enum's constants, written as its name in any case, with or without the underscores
     * ({@code REFER_ELSEWHERE}, {@code referElsewhere}).
     */
    <E extends Enum<E>> E choice(String name, Class<E> choices) {
        String text = text(name);
        if (text == null || errors.containsKey(prefix + name)) {
            return null;
        }
        String wanted = plain(text);
        for (E choice : choices.getEnumConstants()) {
            if (plain(choice.name()).equals(wanted)) {
                return choice;
            }
        }
        return wrong(name, "one of " + java.util.Arrays.stream(choices.getEnumConstants()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    private static String plain(String text) {
        return text.strip().replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** A list of texts; a missing list is an empty one. */
    List<String> texts(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            wrong(name, "a list of texts");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString string) {
                texts.add(string.getString());
            } else {
                wrong(name, "a list of texts");
                return List.of();
            }
        }
        return texts;
    }

    /** The objects of a list, each read as {@code name[0].field}; a missing list is an empty one. */
    List<JsonFields> objects(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            wrong(name, "a list of objects");
            return List.of();
        }
        List<JsonFields> read = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                JsonFields item = new JsonFields(object, prefix + name + "[" + i + "].", errors, asked, objects);
                read.add(item);
            } else {
                wrong(name, "a list of objects");
                return List.of();
            }
        }
        return read;
    }

    /** The values of a nested object, or null if it is missing; its mistakes are reported as {@code name.field}. */
    JsonFields object(String name) {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return new JsonFields(object, prefix + name + ".", errors, asked, objects);
        }
        return wrong(name, "an object");
    }

    private JsonValue value(String name) {
        asked.add(prefix + name);
        JsonValue value = json.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private <T> T wrong(String name, String expected) {
        errors.putIfAbsent(prefix + name, name + " must be " + expected);
        return null;
    }
}
