package org.locus.intake.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
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
 * JSON values for tests, built from plain Java values. The module's test class path has the
 * JSON-P API but no provider (Liberty brings one at run time), so these small ones stand in.
 */
final class TestJson {

    private TestJson() {
    }

    /** An object from name, value pairs; values are Java strings, numbers, booleans, lists, nulls or JSON values. */
    static JsonObject object(Object... namesAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return new TestObject(members);
    }

    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof String text) {
            return new TestString(text);
        }
        if (value instanceof Number number) {
            return new TestNumber(new BigDecimal(number.toString()));
        }
        if (value instanceof List<?> list) {
            return new TestArray(list.stream().map(TestJson::value).toList());
        }
        throw new IllegalArgumentException("No JSON for " + value);
    }

    private static final class TestObject extends AbstractMap<String, JsonValue> implements JsonObject {

        private final Map<String, JsonValue> members;

        TestObject(Map<String, JsonValue> members) {
            this.members = members;
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return members.entrySet();
        }

        @Override
        public JsonArray getJsonArray(String name) {
            return (JsonArray) get(name);
        }

        @Override
        public JsonObject getJsonObject(String name) {
            return (JsonObject) get(name);
        }

        @Override
        public JsonNumber getJsonNumber(String name) {
            return (JsonNumber) get(name);
        }

        @Override
        public JsonString getJsonString(String name) {
            return (JsonString) get(name);
        }

        @Override
        public String getString(String name) {
            return getJsonString(name).getString();
        }

        @Override
        public String getString(String name, String defaultValue) {
            return get(name) instanceof JsonString string ? string.getString() : defaultValue;
        }

        @Override
        public int getInt(String name) {
            return getJsonNumber(name).intValue();
        }

        @Override
        public int getInt(String name, int defaultValue) {
            return get(name) instanceof JsonNumber number ? number.intValue() : defaultValue;
        }

        @Override
        public boolean getBoolean(String name) {
            return get(name) == JsonValue.TRUE;
        }

        @Override
        public boolean getBoolean(String name, boolean defaultValue) {
            JsonValue value = get(name);
            return value == JsonValue.TRUE || value != JsonValue.FALSE && defaultValue;
        }

        @Override
        public boolean isNull(String name) {
            return get(name) == JsonValue.NULL;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }
    }

    private static final class TestArray extends AbstractList<JsonValue> implements JsonArray {

        private final List<JsonValue> items;

        TestArray(List<JsonValue> items) {
            this.items = items;
        }

        @Override
        public JsonValue get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public JsonObject getJsonObject(int index) {
            return (JsonObject) get(index);
        }

        @Override
        public JsonArray getJsonArray(int index) {
            return (JsonArray) get(index);
        }

        @Override
        public JsonNumber getJsonNumber(int index) {
            return (JsonNumber) get(index);
        }

        @Override
        public JsonString getJsonString(int index) {
            return (JsonString) get(index);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
            return (List<T>) items;
        }

        @Override
        public String getString(int index) {
            return getJsonString(index).getString();
        }

        @Override
        public String getString(int index, String defaultValue) {
            return get(index) instanceof JsonString string ? string.getString() : defaultValue;
        }

        @Override
        public int getInt(int index) {
            return getJsonNumber(index).intValue();
        }

        @Override
        public int getInt(int index, int defaultValue) {
            return get(index) instanceof JsonNumber number ? number.intValue() : defaultValue;
        }

        @Override
        public boolean getBoolean(int index) {
            return get(index) == JsonValue.TRUE;
        }

        @Override
        public boolean getBoolean(int index, boolean defaultValue) {
            JsonValue value = get(index);
            return value == JsonValue.TRUE || value != JsonValue.FALSE && defaultValue;
        }

        @Override
        public boolean isNull(int index) {
            return get(index) == JsonValue.NULL;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.ARRAY;
        }
    }

    private record TestString(String getString) implements JsonString {

        @Override
        public CharSequence getChars() {
            return getString;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.STRING;
        }
    }

    private record TestNumber(BigDecimal bigDecimalValue) implements JsonNumber {

        @Override
        public boolean isIntegral() {
            return bigDecimalValue.scale() <= 0;
        }

        @Override
        public int intValue() {
            return bigDecimalValue.intValue();
        }

        @Override
        public int intValueExact() {
            return bigDecimalValue.intValueExact();
        }

        @Override
        public long longValue() {
            return bigDecimalValue.longValue();
        }

        @Override
        public long longValueExact() {
            return bigDecimalValue.longValueExact();
        }

        @Override
        public BigInteger bigIntegerValue() {
            return bigDecimalValue.toBigInteger();
        }

        @Override
        public BigInteger bigIntegerValueExact() {
            return bigDecimalValue.toBigIntegerExact();
        }

        @Override
        public double doubleValue() {
            return bigDecimalValue.doubleValue();
        }

        @Override
        public ValueType getValueType() {
            return ValueType.NUMBER;
        }
    }
}
