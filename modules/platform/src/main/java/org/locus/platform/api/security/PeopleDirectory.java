package org.locus.platform.api.security;

import java.util.List;
import java.util.Optional;

/** The people who can sign in, for choosing a lead or an enabler. */
public interface PeopleDirectory {

    List<Person> inGroup(String group);

    Optional<Person> find(String id);
}
