package org.locus.platform.internal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.IdentityService;

/**
 * Tells the engine who is acting for the length of one call, so that its history records them: a task's
 * assignment log then says who assigned it (a claim is assigned by the claimer, a reassignment by the manager),
 * which the auditors' timeline reads. The engine's authorization stays off; this only names the actor.
 */
@ApplicationScoped
public class EngineActor {

    private final IdentityService identity;

    /** For the CDI proxy only. */
    protected EngineActor() {
        this(null);
    }

    @Inject
    public EngineActor(IdentityService identity) {
        this.identity = identity;
    }

    /** Runs the engine call as the user (the engine keeps it per thread, so it is cleared again at once). */
    public void as(String userId, Runnable engineCall) {
        identity.setAuthenticatedUserId(userId);
        try {
            engineCall.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
