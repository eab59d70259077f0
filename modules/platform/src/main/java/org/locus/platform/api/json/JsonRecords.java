package org.locus.platform.api.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

/**
 * Reads a JSON object into a values record, component by component: its component names are the
 * field names, so the record is the whole contract of a task's body. Types read: text, Boolean,
 * whole numbers, amounts ({@link BigDecimal}), dates (year-month-day), enums (by name), lists of
 * texts or of records, and nested records. A value of the wrong type is noted against its field and
 * read as missing, and fields the record does not have are noted too, so that a client hears of
 * every mistake at once rather than one at a time.
 */
public final class JsonRecords {

    private JsonRecords() {
    }

    /**
     * The record read from the body, and the mistakes found, keyed by field as Bean Validation
     * names them ({@code politicalSponsor.name}, {@code findings[0].tag}); empty when there are none.
     */
    public record Read<R>(R value, Map<String, String> errors) {

        public Read {
            errors = Map.copyOf(errors);
        }
    }

    public static <R> Read<R> read(JsonObject body, Class<R> type) {
        JsonFields fields = new JsonFields(body);
        R value = construct(type, fields);
        return new Read<>(value, fields.errors());
    }

    private static <R> R construct(Class<R> type, JsonFields fields) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record: task values are records");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = valueOf(components[i].getName(), components[i].getType(), components[i].getGenericType(), fields);
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            // A compact constructor refused a value it cannot hold (such as a list with a null in it).
            throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName() + " from its components", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object valueOf(String name, Class<?> type, Type generic, JsonFields fields) {
        if (type == String.class) {
            return fields.text(name);
        }
        if (type == Boolean.class) {
            return fields.yesOrNo(name);
        }
        if (type == Integer.class) {
            return fields.wholeNumber(name);
        }
        if (type == BigDecimal.class) {
            return fields.amount(name);
        }
        if (type == LocalDate.class) {
            return fields.date(name);
        }
        if (type.isEnum()) {
            return fields.choice(name, (Class<? extends Enum>) type);
        }
        if (type.isRecord()) {
            JsonFields nested = fields.object(name);
            return nested == null ? null : construct(type, nested);
        }
        if (type == List.class && generic instanceof ParameterizedType list) {
            Type item = list.getActualTypeArguments()[0];
            if (item == String.class) {
                return fields.texts(name);
            }
            if (item instanceof Class<?> itemType && itemType.isRecord()) {
                return fields.objects(name).stream().map(object -> construct(itemType, object)).toList();
            }
        }
        throw new IllegalArgumentException("A task's values cannot hold a " + generic.getTypeName() + " (" + name
                + "): use text, Boolean, Integer, BigDecimal, LocalDate, an enum, a record or a list of texts or records");
    }
}
