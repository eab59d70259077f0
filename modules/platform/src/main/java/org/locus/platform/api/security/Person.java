package org.locus.platform.api.security;

import java.util.Set;

/** Someone who can sign in to Locus, as the directory knows them. */
public record Person(String id, String displayName, Set<String> groups) {

    public Person {
        groups = Set.copyOf(groups);
    }
}
