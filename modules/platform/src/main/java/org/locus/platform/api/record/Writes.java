package org.locus.platform.api.record;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.UniqueViolation;

/**
 * Writes a module's pending changes within the request, so that a clash with another transaction
 * is answered as a conflict the person can act on (409), rather than as a failure at commit, after
 * the response is decided.
 */
public final class Writes {

    private Writes() {
    }

    /**
     * @param what what was being changed, as a person calls it: "this engagement", "this diagnostic"
     * @throws ConflictException if someone else changed the same record, or added the same thing, at the same moment
     */
    public static void now(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed " + what + " at the same moment. "
                    + "Open it again to see where it stands.");
        } catch (PersistenceException e) {
            // Only a duplicate key is another request's doing; any other refused row is a fault here.
            if (UniqueViolation.isCauseOf(e)) {
                throw new ConflictException("Someone else saved the same details at the same moment. Try again.");
            }
            throw e;
        }
    }
}
