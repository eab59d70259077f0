package org.locus.platform.internal.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void takesATasksOwnPeriodBeforeTheDefault() {
        DueDates due = new DueDates(config(Map.of("locus.due.default", "P10D", "locus.due.intake.assessFit", "P2D")));

        assertThat(due.dueAt("intake", "assessFit", CREATED)).isEqualTo(Instant.parse("2026-12-09T09:00:00Z"));
        assertThat(due.dueAt("intake", "confirmFit", CREATED)).isEqualTo(Instant.parse("2026-12-17T09:00:00Z"));
    }

    @Test
    void stopsTheStartNamingThePropertyWhoseValueIsNotAPeriod() {
        DueDates due = new DueDates(config(Map.of("locus.due.default", "P10D", "locus.due.intake.assessFit", "five days")));

        assertThatThrownBy(() -> due.check(List.of("intake.confirmFit")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("locus.due.intake.assessFit").hasMessageContaining("five days");
    }

    @Test
    void checksATaskWhoseValueComesOnlyFromTheEnvironment() {
        // An environment variable is found by its property name but is not listed by it, so each task is asked for.
        Config config = config(Map.of("locus.due.default", "P10D", "locus.due.diagnostic.planInterviews", "soon"));
        DueDates due = new DueDates(new HidingNames(config));

        assertThatThrownBy(() -> due.check(List.of("diagnostic.planInterviews")))
                .hasMessageContaining("locus.due.diagnostic.planInterviews");
    }

    @Test
    void needsADefault() {
        assertThatThrownBy(() -> new DueDates(config(Map.of())).check(List.of()))
                .hasMessageContaining("locus.due.default");
    }

    private static Config config(Map<String, String> values) {
        return new MapConfig(values);
    }

    /** MicroProfile Config over a map: just what DueDates asks of it. */
    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> T getValue(String propertyName, Class<T> propertyType) {
            return getOptionalValue(propertyName, propertyType).orElseThrow(NoSuchElementException::new);
        }

        @Override
        public ConfigValue getConfigValue(String propertyName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
            return Optional.ofNullable(values.get(propertyName)).map(propertyType::cast);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }

    /** A configuration that answers by name but lists no names, as environment variables behave. */
    private record HidingNames(Config config) implements Config {

        @Override
        public <T> T getValue(String propertyName, Class<T> propertyType) {
            return config.getValue(propertyName, propertyType);
        }

        @Override
        public ConfigValue getConfigValue(String propertyName) {
            return config.getConfigValue(propertyName);
        }

        @Override
        public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
            return config.getOptionalValue(propertyName, propertyType);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return List.of();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
