package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.OpenIncident;
import org.locus.platform.api.engagement.IncidentRaised;
import org.locus.platform.api.engagement.IncidentResolved;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.ActingAs;

/**
 * Stuck work on the real engine and job executor: a step of a test-only diagram fails until its
 * retries run out and becomes an incident, announced with its engagement and listed with its
 * message; after the fix a manager's retry runs it to the end, and the retry is recorded.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentRetryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(IncidentRetryIT.class, FailingStep.class, IncidentEvents.class);
    }

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    EngagementControl control;

    @Inject
    ActingAs acting;

    @Inject
    FailingStep step;

    @Inject
    IncidentEvents events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void deployTheProbe() {
        BpmnModelInstance probe = Bpmn.createExecutableProcess("incidentProbe")
                .startEvent()
                .serviceTask("sendAgreement").name("Send the agreement").camundaAsyncBefore()
                .camundaDelegateExpression("${failingStep}")
                .endEvent()
                .done();
        repository.createDeployment().name("incident-probe").enableDuplicateFiltering(true)
                .addModelInstance("incidentProbe.bpmn", probe).deploy();
    }

    @Test
    void aStepThatFailsForGoodIsAnIncidentUntilAManagerRetriesItAfterTheFix() throws Exception {
        step.fail(true);
        String engagementId = "incident-probe-" + UUID.randomUUID();
        String instance = runtime.startProcessInstanceByKey("incidentProbe", engagementId).getId();

        await("the step fails for good", () -> runtime.createIncidentQuery().processInstanceId(instance).count() == 1);
        OpenIncident incident = acting.call("morgan", () -> control.openIncidents()).stream()
                .filter(open -> engagementId.equals(open.engagementId())).findFirst().orElseThrow();
        assertThat(incident.activityId()).isEqualTo("sendAgreement");
        assertThat(incident.activityName()).isEqualTo("Send the agreement");
        assertThat(incident.message()).contains("The mail server did not answer");
        assertThat(events.raised()).extracting(IncidentRaised::engagementId).contains(engagementId);
        assertThat(acting.call("alex", () -> control.openIncidents())).as("auditors read them")
                .extracting(OpenIncident::incidentId).contains(incident.incidentId());

        assertThatThrownBy(() -> acting.run("alex", () -> control.retry(incident.incidentId())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> acting.run("sam", () -> control.retry(incident.incidentId())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(runtime.createIncidentQuery().incidentId(incident.incidentId()).count()).as("nothing retried").isEqualTo(1);

        step.fail(false);
        acting.run("morgan", () -> control.retry(incident.incidentId()));

        await("the retried step runs to the end", () -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance).finished().count() == 1);
        assertThat(runtime.createIncidentQuery().incidentId(incident.incidentId()).count()).isZero();
        assertThat(events.resolved()).extracting(IncidentResolved::incidentId).contains(incident.incidentId());
        assertThat(actionsOf(engagementId)).containsExactly("RETRIED by morgan");
        assertThatThrownBy(() -> acting.run("morgan", () -> control.retry(incident.incidentId())))
                .as("once resolved").isInstanceOf(NotFoundException.class);
    }

    private List<String> actionsOf(String engagementId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select action, acted_by from engagement_action where engagement_id = ? order by acted_at")) {
            select.setString(1, engagementId);
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1) + " by " + rs.getString(2));
                }
            }
            return actions;
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + PATIENCE + ": " + what);
    }

    /** Collects the incident events the platform fires, as the overview would observe them. */
    @ApplicationScoped
    public static class IncidentEvents {

        private final List<IncidentRaised> raised = new CopyOnWriteArrayList<>();
        private final List<IncidentResolved> resolved = new CopyOnWriteArrayList<>();

        // Through methods: a field read on the injected client proxy would read the proxy's own, empty, lists.
        public List<IncidentRaised> raised() {
            return List.copyOf(raised);
        }

        public List<IncidentResolved> resolved() {
            return List.copyOf(resolved);
        }

        void on(@Observes IncidentRaised event) {
            raised.add(event);
        }

        void on(@Observes IncidentResolved event) {
            resolved.add(event);
        }
    }
}
