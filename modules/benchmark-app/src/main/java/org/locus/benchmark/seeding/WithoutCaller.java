package org.locus.benchmark.seeding;

import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ContextServiceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs seeding work with the request's signed-in caller set aside. The diagnostic's tasks are the lead's
 * and each enabler's by name, and a task command acts as the caller; a request has one caller
 * ({@code bench}), and the platform's {@code ActingAs} never overrides a signed-in one. With the
 * security context cleared (a context service of this WAR's own, nothing in server.xml), each step can
 * act as the person whose task it is through {@code ActingAs}, as the demo engagements are made at
 * start-up. The work runs on the same thread; the transaction it begins is its own.
 */
@ApplicationScoped
@ContextServiceDefinition(name = WithoutCaller.CONTEXT_SERVICE,
        cleared = {ContextServiceDefinition.SECURITY, ContextServiceDefinition.TRANSACTION},
        propagated = ContextServiceDefinition.ALL_REMAINING)
public class WithoutCaller {

    static final String CONTEXT_SERVICE = "java:app/concurrent/locusBenchmarkWithoutCaller";

    @Resource(lookup = CONTEXT_SERVICE)
    private ContextService context;

    <T> T call(Supplier<T> work) {
        return context.contextualSupplier(work).get();
    }
}
