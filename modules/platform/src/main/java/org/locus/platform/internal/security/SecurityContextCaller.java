package org.locus.platform.internal.security;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.Roles;

/** The caller as Jakarta Security sees them, with the Locus roles they hold as their groups. */
@ApplicationScoped
class SecurityContextCaller implements Caller {

    private final SecurityContext security;

    /** For the CDI proxy only. */
    protected SecurityContextCaller() {
        this.security = null;
    }

    @Inject
    SecurityContextCaller(SecurityContext security) {
        this.security = security;
    }

    @Override
    public CurrentUser current() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return new CurrentUser("anonymous", Set.of());
        }
        Set<String> roles = Roles.ALL.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        return new CurrentUser(caller.getName(), roles);
    }
}
