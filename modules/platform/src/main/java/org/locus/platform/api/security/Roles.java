package org.locus.platform.api.security;

import java.util.Set;

/**
 * The four kinds of user. Each name is at once a Jakarta security role, a group in the identity
 * store and a BPMN candidate group, so a task offered to "staff" is seen by people in the staff role.
 */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String MANAGER = "manager";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(STAFF, MANAGER, AUDITOR, ADMIN);

    private Roles() {
    }
}
