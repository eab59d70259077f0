package org.locus.platform.internal.security;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.Roles;

/**
 * The caller as Jakarta Security sees them, with the Locus roles they hold as their groups; when nobody
 * is signed in, the person that work is run as ({@link org.locus.platform.api.security.ActingAs}), if any.
 */
@ApplicationScoped
class SecurityContextCaller implements Caller {

    private final SecurityContext security;
    private final ActingPerson acting;

    /** For the CDI proxy only. */
    protected SecurityContextCaller() {
        this(null, null);
    }

    @Inject
    SecurityContextCaller(SecurityContext security, ActingPerson acting) {
        this.security = security;
        this.acting = acting;
    }

    @Override
    public CurrentUser current() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return actingPerson().orElseGet(() -> new CurrentUser("anonymous", Set.of()));
        }
        Set<String> roles = Roles.ALL.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        return new CurrentUser(caller.getName(), roles);
    }

    /** Work that runs as someone ({@link ConfiguredActingAs}) has a request context; a job thread may have none. */
    private Optional<CurrentUser> actingPerson() {
        try {
            return acting.person();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }
}
