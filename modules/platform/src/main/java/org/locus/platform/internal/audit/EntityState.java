package org.locus.platform.internal.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.locus.platform.api.audit.AuditJson;

/**
 * An entity's persistent state as text, read from its fields (every Locus entity maps fields), so that any entity
 * of any module can be audited without code of its own: embedded values are flattened ({@code opened.by}), a
 * referenced entity is its id, a collection is listed; the version column is left out (it says nothing a reader
 * needs). A lazy reference or collection that is not loaded is {@link #NOT_LOADED} rather than loaded: loading it
 * here would run a query inside the flush or the load, and a null would claim a value nobody read.
 */
final class EntityState {

    /** The value of a lazy reference or collection that was not loaded when the state was taken. */
    static final String NOT_LOADED = "(not loaded)";

    private EntityState() {
    }

    /** Attribute name to its value as text (null for a null value), in name order. */
    static SortedMap<String, String> of(Object entity) {
        SortedMap<String, String> state = new TreeMap<>();
        put(state, "", entity);
        return state;
    }

    static String subjectType(Object entity) {
        String name = entity.getClass().getName();
        String module = name.startsWith("org.locus.") ? name.substring("org.locus.".length()).split("\\.")[0] + "." : "";
        return module + entity.getClass().getSimpleName();
    }

    static String id(Object entity) {
        return idField(entity.getClass()).map(f -> text(read(f, entity))).orElse(null);
    }

    /** The engagement an entity belongs to: its {@code engagementId}, or itself when it is the engagement. */
    static String engagementId(Object entity) {
        for (Field field : fields(entity.getClass())) {
            if (field.getName().equals("engagementId")) {
                return text(read(field, entity));
            }
        }
        return entity.getClass().getSimpleName().equals("Engagement") ? id(entity) : null;
    }

    /** A JSON object of the given attributes, in name order. */
    static String json(Map<String, String> state) {
        return AuditJson.object(state);
    }

    private static void put(SortedMap<String, String> state, String prefix, Object object) {
        for (Field field : fields(object.getClass())) {
            if (field.isAnnotationPresent(Version.class)) {
                continue;
            }
            Object value = read(field, object);
            String name = prefix + field.getName();
            if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
                put(state, name + ".", value);
            } else if (value instanceof Collection<?> collection) {
                state.put(name, loaded(collection).orElse(NOT_LOADED));
            } else if (isReference(field) && !referenceLoaded(field, object)) {
                state.put(name, NOT_LOADED);
            } else {
                state.put(name, text(value));
            }
        }
    }

    private static boolean isReference(Field field) {
        return field.getType().isAnnotationPresent(Entity.class);
    }

    /**
     * Whether a reference's value is known: EclipseLink's weaving keeps a lazy reference in a value holder
     * ({@code _persistence_<name>_vh}) and leaves the field null until it is read.
     */
    private static boolean referenceLoaded(Field field, Object object) {
        for (Class<?> c = object.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field holder = c.getDeclaredField("_persistence_" + field.getName() + "_vh");
                holder.setAccessible(true);
                Object value = holder.get(object);
                return value == null || instantiated(value);
            } catch (NoSuchFieldException e) {
                // not here: try the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean instantiated(Object lazy) {
        try {
            return (Boolean) lazy.getClass().getMethod("isInstantiated").invoke(lazy);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> loaded(Collection<?> collection) {
        if (!instantiated(collection)) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (Object item : collection) {
            if (item != null && item.getClass().isAnnotationPresent(Embeddable.class)) {
                items.add(json(of(item)));
            } else {
                items.add(text(item));
            }
        }
        return Optional.of(items.toString());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value.getClass().isAnnotationPresent(Entity.class)) {
            return id(value);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    private static Optional<Field> idField(Class<?> type) {
        return fields(type).stream()
                .filter(f -> f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(EmbeddedId.class))
                .findFirst();
    }

    /** The persistent fields: declared in the class and its superclasses, neither static nor transient nor woven. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Transient.class) || field.getName().startsWith("_persistence_")) {
                    continue;
                }
                fields.add(field);
            }
        }
        return fields;
    }

    private static Object read(Field field, Object object) {
        try {
            field.setAccessible(true);
            return field.get(object);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + field.getName() + " of " + object.getClass().getName(), e);
        }
    }
}
