package org.locus.platform.internal.overview;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementProcess;

/**
 * At start, makes sure the overview holds one row per engagement the engine has ever run; it can differ
 * only for a database that had engagements before the overview existed. The headlines come from the
 * module that keeps the record ({@link EngagementDirectory}), the dates, suspension and incidents from
 * the engine. Then the observers keep it in step.
 */
@ApplicationScoped
public class OverviewRebuild {

    private static final Logger LOG = Logger.getLogger(OverviewRebuild.class.getName());
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final Instance<EngagementDirectory> directory;

    /** For the CDI proxy only. */
    protected OverviewRebuild() {
        this.dataSource = null;
        this.directory = null;
    }

    @Inject
    OverviewRebuild(DataSource dataSource, Instance<EngagementDirectory> directory) {
        this.dataSource = dataSource;
        this.directory = directory;
    }

    public void ensureInStep(ProcessEngine engine) {
        long engagements = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(EngagementProcess.KEY).count();
        if (engagements == countRows() || !directory.isResolvable()) {
            return;
        }
        LOG.info(() -> "Rebuilding the overview from the engine's " + engagements + " engagements");
        Set<String> suspended = engine.getRuntimeService().createProcessInstanceQuery().suspended().list().stream()
                .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
        Map<String, Integer> incidents = incidentsByEngagement(engine);
        List<Row> rows = new ArrayList<>();
        for (int first = 0; first < engagements; first += BATCH) {
            List<HistoricProcessInstance> page = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(EngagementProcess.KEY).orderByProcessInstanceId().asc().listPage(first, BATCH);
            Map<String, EngagementHeadline> headlines = directory.get().headlines(
                    page.stream().map(HistoricProcessInstance::getBusinessKey).toList());
            for (HistoricProcessInstance instance : page) {
                EngagementHeadline headline = headlines.get(instance.getBusinessKey());
                if (headline != null) {
                    rows.add(new Row(headline, instance.getStartTime().toInstant(),
                            instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                            suspended.contains(headline.engagementId()),
                            incidents.getOrDefault(headline.engagementId(), 0)));
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("delete from engagement_overview");
            }
            for (Row row : rows) {
                OverviewProjection.insert(connection, row.headline(), row.opened(), row.ended(), row.suspended(),
                        row.incidents());
            }
            connection.commit();
        } catch (SQLException e) {
            throw new OverviewException("Cannot rebuild the overview", e);
        }
    }

    /** Open incidents per engagement: incidents sit on the stage's process, which carries the engagement as its business key. */
    private static Map<String, Integer> incidentsByEngagement(ProcessEngine engine) {
        List<Incident> open = engine.getRuntimeService().createIncidentQuery().list();
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<String, String> businessKeys = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
        Map<String, Integer> counts = new HashMap<>();
        for (Incident incident : open) {
            counts.merge(businessKeys.getOrDefault(incident.getProcessInstanceId(), ""), 1, Integer::sum);
        }
        return counts;
    }

    private long countRows() {
        try (Connection connection = dataSource.getConnection();
             Statement count = connection.createStatement();
             ResultSet rs = count.executeQuery("select count(*) from engagement_overview")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new OverviewException("Cannot count the overview's rows", e);
        }
    }

    private record Row(EngagementHeadline headline, Instant opened, Instant ended, boolean suspended, int incidents) {
    }
}
