package org.locus.platform.internal.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.locus.platform.api.security.CurrentUser;

/** The person that work in this request context runs as, when nobody is signed in ({@link ConfiguredActingAs}). */
@RequestScoped
class ActingPerson {

    private CurrentUser person;

    Optional<CurrentUser> person() {
        return Optional.ofNullable(person);
    }

    void actAs(CurrentUser person) {
        this.person = person;
    }
}
