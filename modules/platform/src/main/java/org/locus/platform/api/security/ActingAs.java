package org.locus.platform.api.security;

import java.util.function.Supplier;

/**
 * Runs work as one of the configured people when nobody is signed in, such as the demo engagements made
 * at start-up: the services then check that person's roles and record them as the one who acted, exactly
 * as for a request of theirs. A signed-in caller always stays who they are.
 */
public interface ActingAs {

    /**
     * @throws IllegalArgumentException if no person with this id is configured
     */
    <T> T call(String userId, Supplier<T> work);

    default void run(String userId, Runnable work) {
        call(userId, () -> {
            work.run();
            return null;
        });
    }
}
