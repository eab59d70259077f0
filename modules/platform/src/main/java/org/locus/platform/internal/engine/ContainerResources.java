package org.locus.platform.internal.engine;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionManager;

/**
 * The container's resources that the engine and the schema migrations share. There is one data
 * source, used by the engine and by every persistence unit, so one JTA transaction spans both.
 */
@ApplicationScoped
class ContainerResources {

    static final String DATA_SOURCE = "jdbc/locus";

    @Produces
    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /** The real transaction manager: the engine suspends and resumes transactions, which UserTransaction cannot. */
    @Produces
    @Resource(lookup = "java:comp/TransactionManager")
    private TransactionManager transactionManager;

    @Produces
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService managedExecutor;
}
