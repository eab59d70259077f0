package org.locus.platform.internal.due;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * Every user task's due date, from MicroProfile Config, so it changes without a rebuild:
 * {@code locus.due.<processKey>.<taskId>} (as an environment variable {@code LOCUS_DUE_INTAKE_ASSESSFIT}),
 * else {@code locus.due.default}. Each module ships its tasks' values in its
 * {@code META-INF/microprofile-config.properties}. A value that is not a duration stops the start with a
 * message naming the property ({@link #check}), not the first task that needs it.
 */
@ApplicationScoped
public class DueDates {

    static final String PREFIX = "locus.due.";
    static final String DEFAULT = PREFIX + "default";

    private final Config config;
    private final Map<String, DuePeriod> periods = new ConcurrentHashMap<>();

    /** For the CDI proxy only. */
    protected DueDates() {
        this.config = null;
    }

    @Inject
    public DueDates(Config config) {
        this.config = config;
    }

    /** When a task of this process and id, created now, falls due. */
    public Instant dueAt(String processKey, String taskId, Instant created) {
        return periods.computeIfAbsent(processKey + "." + taskId, key -> periodOf(processKey, taskId)).after(created);
    }

    /**
     * Reads the default, every {@code locus.due.*} property configured by name, and the property of each
     * task given: the first wrong value throws, naming its property.
     *
     * @throws IllegalStateException naming the property whose value is not a duration
     */
    public void check(Collection<String> processKeyAndTaskIds) {
        period(DEFAULT).orElseThrow(() -> new IllegalStateException(
                "The configuration property " + DEFAULT + " must be set to an ISO 8601 duration such as P5D"));
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                period(name);
            }
        }
        for (String task : processKeyAndTaskIds) {
            int dot = task.indexOf('.');
            periodOf(task.substring(0, dot), task.substring(dot + 1));
        }
    }

    private DuePeriod periodOf(String processKey, String taskId) {
        return period(PREFIX + processKey + "." + taskId).or(() -> period(DEFAULT)).orElseThrow(() ->
                new IllegalStateException("No due date for task " + taskId + " of " + processKey + ": set "
                        + PREFIX + processKey + "." + taskId + " or " + DEFAULT));
    }

    private Optional<DuePeriod> period(String property) {
        Optional<String> value = config.getOptionalValue(property, String.class);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DuePeriod.parse(value.get()).orElseThrow(() -> new IllegalStateException(
                "The configuration property " + property + " is '" + value.get() + "', which is not a due period:"
                        + " give an ISO 8601 duration such as P5D (five days) or PT4H (four hours)")));
    }
}
