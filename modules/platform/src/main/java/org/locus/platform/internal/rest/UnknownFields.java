package org.locus.platform.internal.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * The members of a JSON body that the record it is read into has no component for, nested records
 * and lists of them included, by path ({@code politicalSponsor.nmae}, {@code items[2].x}). JSON-B
 * would drop them without a word, and a client would never learn that a misspelt field was ignored.
 * Only records are checked: a body read as JSON-P values or a map takes any member by design.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> in(JsonValue value, Type type) {
        List<String> unknown = new ArrayList<>();
        collect(value, type, "", unknown);
        return unknown;
    }

    private static void collect(JsonValue value, Type type, String path, List<String> unknown) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (raw.isRecord() && value instanceof JsonObject object) {
            Map<String, Type> components = components(raw);
            object.forEach((name, member) -> {
                String at = path.isEmpty() ? name : path + "." + name;
                Type componentType = components.get(name);
                if (componentType == null) {
                    unknown.add(at);
                } else {
                    collect(member, componentType, at, unknown);
                }
            });
        } else if ((Collection.class.isAssignableFrom(raw) || Optional.class == raw) && type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (value instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    collect(array.get(i), element, path + "[" + i + "]", unknown);
                }
            } else {
                collect(value, element, path, unknown);
            }
        } else if (raw.isArray() && value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), raw.getComponentType(), path + "[" + i + "]", unknown);
            }
        }
    }

    /** A record's members by the name JSON-B reads them under. */
    private static Map<String, Type> components(Class<?> record) {
        Map<String, Type> names = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
            names.put(renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value(),
                    component.getGenericType());
        }
        return names;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
