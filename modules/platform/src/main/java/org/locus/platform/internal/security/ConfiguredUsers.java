package org.locus.platform.internal.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;

/**
 * The people who may sign in, read from configuration (server variables, environment, or any
 * MicroProfile Config source):
 * <pre>
 * locus.users=sam,morgan
 * locus.user.sam.name=Sam Taylor
 * locus.user.sam.groups=staff
 * locus.user.sam.password=PBKDF2WithHmacSHA256:...   (a hash, never the password)
 * </pre>
 * The embedded default defines demo users this way; a real deployment sets its own.
 */
@ApplicationScoped
public class ConfiguredUsers implements PeopleDirectory {

    private final Config config;

    /** For the CDI proxy only. */
    protected ConfiguredUsers() {
        this.config = null;
    }

    @Inject
    ConfiguredUsers(Config config) {
        this.config = config;
    }

    @Override
    public List<Person> inGroup(String group) {
        return userIds().stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .filter(person -> person.groups().contains(group))
                .toList();
    }

    @Override
    public Optional<Person> find(String id) {
        if (!userIds().contains(id)) {
            return Optional.empty();
        }
        String name = config.getOptionalValue("locus.user." + id + ".name", String.class).orElse(id);
        return Optional.of(new Person(id, name, groupsOf(id)));
    }

    Optional<String> passwordHashOf(String id) {
        if (!userIds().contains(id)) {
            return Optional.empty();
        }
        return config.getOptionalValue("locus.user." + id + ".password", String.class);
    }

    /** The first configured user's hash, to give an unknown user name the same slow check as a known one. */
    Optional<String> anyPasswordHash() {
        return userIds().stream().map(this::passwordHashOf).flatMap(Optional::stream).findFirst();
    }

    private Set<String> groupsOf(String id) {
        return split(config.getOptionalValue("locus.user." + id + ".groups", String.class).orElse(""));
    }

    private Set<String> userIds() {
        return split(config.getOptionalValue("locus.users", String.class).orElse(""));
    }

    private static Set<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
