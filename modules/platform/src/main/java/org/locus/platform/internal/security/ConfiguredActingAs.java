package org.locus.platform.internal.security;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.locus.platform.api.security.ActingAs;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.security.Roles;

/**
 * Acts as a configured person with the groups the configuration gives them, never more. The person is
 * kept in a request context of the work's own (activated here when none is active), so it ends with
 * the work and never reaches another thread or request.
 */
@ApplicationScoped
class ConfiguredActingAs implements ActingAs {

    private final PeopleDirectory people;
    private final ActingPerson acting;

    /** For the CDI proxy only. */
    protected ConfiguredActingAs() {
        this(null, null);
    }

    @Inject
    ConfiguredActingAs(PeopleDirectory people, ActingPerson acting) {
        this.people = people;
        this.acting = acting;
    }

    @Override
    @ActivateRequestContext
    public <T> T call(String userId, Supplier<T> work) {
        Person person = people.find(userId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + userId + " is configured"));
        CurrentUser before = acting.person().orElse(null);
        acting.actAs(new CurrentUser(person.id(), Set.copyOf(person.groups().stream().filter(Roles.ALL::contains).toList())));
        try {
            return work.get();
        } finally {
            acting.actAs(before);
        }
    }
}
