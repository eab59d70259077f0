package org.locus.platform.internal;

/** The order of the platform's start-up steps: the domain schema first, then the engine and its deployment. */
public final class StartupOrder {

    public static final int DOMAIN_SCHEMA = 100;
    public static final int PROCESS_ENGINE = 200;

    private StartupOrder() {
    }
}
