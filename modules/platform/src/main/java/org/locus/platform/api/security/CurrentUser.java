package org.locus.platform.api.security;

import java.util.Set;

/**
 * The person behind the current request: their user id and the groups (roles) they belong to.
 */
public record CurrentUser(String id, Set<String> groups) {

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isInAnyOf(Set<String> candidateGroups) {
        return candidateGroups.stream().anyMatch(groups::contains);
    }
}
