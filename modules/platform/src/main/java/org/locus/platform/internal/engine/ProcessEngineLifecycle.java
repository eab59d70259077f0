package org.locus.platform.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.transaction.TransactionManager;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.locus.platform.api.workflow.WorkflowStarted;
import org.locus.platform.internal.StartupOrder;
import org.locus.platform.api.engagement.EngagementMoved;
import org.locus.platform.api.engagement.IncidentRaised;
import org.locus.platform.api.engagement.IncidentResolved;
import org.locus.platform.internal.control.EngagementIncidentHandler;
import org.locus.platform.internal.engagement.EngagementMovesParseListener;
import org.locus.platform.internal.tasklist.TasklistParseListener;
import org.locus.platform.internal.tasklist.TasklistProjection;
import org.locus.platform.internal.tasklist.TasklistRebuild;
import org.locus.platform.internal.due.DueDates;
import org.locus.platform.internal.overview.OverviewRebuild;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Builds the one process engine of this server when the web application starts (the CDI event that
 * carries the WAR's ServletContext, from which the diagrams are read) and closes it when it
 * stops. Built outside any transaction (the engine creates or updates its own tables on its own
 * connection), then every command joins the caller's JTA transaction.
 */
@ApplicationScoped
public class ProcessEngineLifecycle {

    private static final Logger LOG = Logger.getLogger(ProcessEngineLifecycle.class.getName());

    private final TransactionManager transactionManager;
    private final ManagedExecutorService managedExecutor;
    private final BeanManager beanManager;
    private final ProcessDeployer deployer;
    private final TasklistProjection tasklist;
    private final TasklistRebuild tasklistRebuild;
    private final EngineIndexes engineIndexes;
    private final DueDates dueDates;
    private final OverviewRebuild overviewRebuild;
    private final boolean jobExecutorActive;
    private final long jobExecutorMaxWait;

    private ProcessEngine engine;

    /** For the CDI proxy only. */
    protected ProcessEngineLifecycle() {
        this(null, null, null, null, null, null, null, null, null, false, 0);
    }

    @Inject
    ProcessEngineLifecycle(TransactionManager transactionManager,
                           ManagedExecutorService managedExecutor,
                           BeanManager beanManager,
                           ProcessDeployer deployer,
                           TasklistProjection tasklist,
                           TasklistRebuild tasklistRebuild,
                           EngineIndexes engineIndexes,
                           DueDates dueDates,
                           OverviewRebuild overviewRebuild,
                           @ConfigProperty(name = "locus.jobExecutor.active", defaultValue = "true") boolean jobExecutorActive,
                           @ConfigProperty(name = "locus.jobExecutor.maxWaitMillis", defaultValue = "5000") long jobExecutorMaxWait) {
        this.transactionManager = transactionManager;
        this.managedExecutor = managedExecutor;
        this.beanManager = beanManager;
        this.deployer = deployer;
        this.tasklist = tasklist;
        this.tasklistRebuild = tasklistRebuild;
        this.engineIndexes = engineIndexes;
        this.dueDates = dueDates;
        this.overviewRebuild = overviewRebuild;
        this.jobExecutorActive = jobExecutorActive;
        this.jobExecutorMaxWait = jobExecutorMaxWait;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) @Priority(StartupOrder.PROCESS_ENGINE) ServletContext war) {
        long began = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("locus");
        configuration.setTransactionManager(transactionManager);
        configuration.setDataSourceJndiName(ContainerResources.DATA_SOURCE);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // Auditors read the full history, and nothing is ever deleted.
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(false);
        // Ids that stay unique across several nodes sharing one database.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setExpressionManager(new CdiExpressionManager(beanManager));
        // Every user task keeps the tasklist's own tables in step, inside the engine's transaction.
        // The map's call activities and end events move the engagement's stage and status, in the same transaction.
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new TasklistParseListener(tasklist, dueDates),
                new EngagementMovesParseListener(beanManager.getEvent().select(EngagementMoved.class)::fire))));
        // Failed jobs become incidents as Camunda makes them, announced with their engagement.
        configuration.setCustomIncidentHandlers(new ArrayList<>(List.of(new EngagementIncidentHandler(
                beanManager.getEvent().select(IncidentRaised.class)::fire,
                beanManager.getEvent().select(IncidentResolved.class)::fire))));
        ManagedThreadsJobExecutor jobExecutor = new ManagedThreadsJobExecutor(managedExecutor);
        // The engine's default idles up to a minute between polls; a timer should not wait that long.
        jobExecutor.setMaxWait(jobExecutorMaxWait);
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(jobExecutorActive);
        // Locus checks roles itself (groups = candidate groups); the engine's authorization tables stay unused.
        configuration.setAuthorizationEnabled(false);
        engine = configuration.buildProcessEngine();
        engineIndexes.ensureCreated();
        deployer.deployChanged(engine.getRepositoryService(), war);
        // A due period that is not a duration stops the start here, naming its property.
        dueDates.check(userTasksOfLatestDiagrams(engine.getRepositoryService()));
        tasklistRebuild.ensureInStep(engine);
        overviewRebuild.ensureInStep(engine);
        LOG.info(() -> "Process engine started in " + (System.nanoTime() - began) / 1_000_000 + " ms");
        beanManager.getEvent().select(WorkflowStarted.class).fire(new WorkflowStarted());
    }

    /** "processKey.taskId" of every user task of the latest version of every deployed diagram. */
    private static List<String> userTasksOfLatestDiagrams(RepositoryService repository) {
        List<String> tasks = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                tasks.add(definition.getKey() + "." + task.getId());
            }
        }
        return tasks;
    }

    void stop(@Observes Shutdown shutdown) {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    /** The running engine, for the platform's own parts that need all of it (Camunda's REST API). */
    public ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("The process engine has not started");
        }
        return engine;
    }

    public boolean isRunning() {
        return engine != null;
    }

    /** How many process definitions the engine knows: a cheap query that proves its tables answer. */
    public long deployedProcessCount() {
        return engine().getRepositoryService().createProcessDefinitionQuery().count();
    }

    @Produces
    RuntimeService runtimeService() {
        return engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return engine().getTaskService();
    }

    @Produces
    RepositoryService repositoryService() {
        return engine().getRepositoryService();
    }

    @Produces
    HistoryService historyService() {
        return engine().getHistoryService();
    }

    @Produces
    IdentityService identityService() {
        return engine().getIdentityService();
    }

    @Produces
    ManagementService managementService() {
        return engine().getManagementService();
    }
}
