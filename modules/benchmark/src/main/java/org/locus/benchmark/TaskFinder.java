package org.locus.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the open task of an engagement, so a client can complete the next step: through the API
 * ({@code GET /api/engagements/{id}/tasks}), as a real client does. Against a Locus whose API cannot
 * list an engagement's tasks, the benchmark reads the tasklist's own table by business key instead (one
 * indexed, read-only query, outside the server) and says so in its report. Everything that changes
 * state goes through the API either way.
 */
interface TaskFinder extends AutoCloseable {

    /** An open user task: its id, its BPMN id, and who holds it (null while unclaimed). */
    record OpenTask(String id, String key, String assignee) {
    }

    /** The engagement's open tasks, oldest first. */
    List<OpenTask> openTasks(String engagementId);

    default OpenTask theOpenTask(String engagementId, String expectedKey) {
        List<OpenTask> open = openTasks(engagementId);
        return open.stream().filter(task -> task.key().equals(expectedKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Engagement " + engagementId + " has no open "
                        + expectedKey + " task; its open tasks are " + open));
    }

    /** The open task of this kind that this person holds: one of a multi-instance task's, such as each enabler's interviews. */
    default OpenTask theOpenTask(String engagementId, String expectedKey, String assignee) {
        List<OpenTask> open = openTasks(engagementId);
        return open.stream().filter(task -> task.key().equals(expectedKey) && assignee.equals(task.assignee())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Engagement " + engagementId + " has no open "
                        + expectedKey + " task of " + assignee + "; its open tasks are " + open));
    }

    @Override
    void close();

    /** How the run finds tasks: through the API when it can, from the tasklist table otherwise. */
    enum Mode {
        API("GET /api/engagements/{id}/tasks"),
        DATABASE("a read-only query of tasklist_task by business key, since this Locus's API does not list an"
                + " engagement's open tasks");

        final String description;

        Mode(String description) {
            this.description = description;
        }

        /** Asks the API for one engagement's open tasks: if it answers with a list, clients use it. */
        static Mode choose(String setting, LocusClient client, String engagementId) {
            return switch (setting) {
                case "api" -> API;
                case "database" -> DATABASE;
                default -> {
                    HttpResponse<String> answer = client.get(tasksOf(engagementId), "application/json");
                    yield answer.statusCode() == 200 && LocusClient.read(answer.body()).isArray() ? API : DATABASE;
                }
            };
        }

        TaskFinder finder(LocusClient client, Database database) {
            return this == API ? new ThroughApi(client) : new ThroughDatabase(database.connect());
        }
    }

    static String tasksOf(String engagementId) {
        return "/api/engagements/" + engagementId + "/tasks";
    }

    /** {@code GET /api/engagements/{id}/tasks}: what a real client does. */
    final class ThroughApi implements TaskFinder {

        private final LocusClient client;

        ThroughApi(LocusClient client) {
            this.client = client;
        }

        @Override
        public List<OpenTask> openTasks(String engagementId) {
            List<OpenTask> open = new ArrayList<>();
            for (JsonNode task : client.getJson(tasksOf(engagementId))) {
                open.add(new OpenTask(task.path("id").asText(), task.path("key").asText(),
                        task.hasNonNull("assignee") ? task.path("assignee").asText() : null));
            }
            return open;
        }

        @Override
        public void close() {
        }
    }

    /** The tasklist table the server keeps in step with the engine, read by business key. */
    final class ThroughDatabase implements TaskFinder {

        private final Connection connection;
        private final PreparedStatement select;

        ThroughDatabase(Connection connection) {
            try {
                this.connection = connection;
                connection.setReadOnly(true);
                connection.setAutoCommit(true);
                this.select = connection.prepareStatement(
                        "select task_id, task_key, assignee from tasklist_task where business_key = ? order by created_at");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the tasklist table", e);
            }
        }

        @Override
        public List<OpenTask> openTasks(String engagementId) {
            List<OpenTask> open = new ArrayList<>();
            try {
                select.setString(1, engagementId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        open.add(new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the open tasks of " + engagementId, e);
            }
            return open;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at the end of a run: nothing left to do with it
            }
        }
    }
}
