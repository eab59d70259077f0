package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.LeaderRole;
import org.locus.platform.api.diagram.ActivityHeat;
import org.locus.platform.api.diagram.EngagementProgress;
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.diagram.ProcessHeat;
import org.locus.platform.api.diagram.ProcessInstanceProgress;
import org.locus.platform.api.diagram.TaskEvent;
import org.locus.platform.api.security.ActingAs;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * The managers' diagrams on the real engine and database: the heat figures (mean and 90th percentile from one
 * aggregate query, tasks completed at known engine-clock times), an engagement's progress and timeline as intake's
 * tasks complete, and the same over the API with its roles (those tests run as a client).
 */
@ExtendWith(ArquillianExtension.class)
class DiagramsIT {

    private static final CurrentUser SAM = new CurrentUser("sam", Set.of("staff"));

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(DiagramsIT.class, LocusClient.class, ApiJson.class);
    }

    @Inject
    ProcessDiagrams diagrams;

    @Inject
    Workflow workflow;

    @Inject
    IntakeService intake;

    @Inject
    ActingAs acting;

    @Test
    void heatGivesTheMeanAndNinetiethPercentileOfTheTimeSpentByWhatFinishedInThePeriod() {
        // A day of its own long ago (the database outlives a run), so only this test's work finished on it.
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
        Instant nine = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        List<Integer> hours = List.of(1, 2, 3, 4, 10);
        try {
            ClockUtil.setCurrentTime(Date.from(nine));
            List<String> engagements = new ArrayList<>();
            for (int i = 0; i < hours.size(); i++) {
                engagements.add(startIntake());
            }
            for (int i = 0; i < hours.size(); i++) {
                ClockUtil.setCurrentTime(Date.from(nine.plus(Duration.ofHours(hours.get(i)))));
                workflow.complete(openTask(engagements.get(i)).id(), SAM, Map.of("topTeamInvolved", true, "placeBased", true,
                        "capacityAvailable", true, "fundingAvailable", true));
            }
        } finally {
            ClockUtil.reset();
        }

        ProcessHeat heat = diagrams.heat("intake", day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());

        ActivityHeat assessFit = activity(heat, "assessFit");
        assertThat(assessFit.name()).isEqualTo("Assess fit with the remit");
        assertThat(assessFit.finished()).isEqualTo(5);
        assertThat(assessFit.mean()).isEqualTo(Duration.ofHours(4));
        // PERCENTILE_CONT: 0.9 of the way through 1, 2, 3, 4, 10 hours is 4 + 0.6 * (10 - 4) = 7.6 hours.
        assertThat(assessFit.p90()).isEqualTo(Duration.ofHours(7).plusMinutes(36));
        assertThat(assessFit.open()).as("assessFit tasks other tests left open").isGreaterThanOrEqualTo(0);
        assertThat(activity(heat, "confirmFit").open()).as("ours wait at confirmFit").isGreaterThanOrEqualTo(5);
        assertThat(activity(heat, "confirmFit").finished()).isZero();
        assertThat(heat.activities()).extracting(ActivityHeat::activityId).doesNotContain("firstContactLogged", "fitDecided");

        ProcessHeat dayAfter = diagrams.heat("intake", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                day.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(dayAfter.activities()).noneMatch(activity -> activity.finished() > 0);
    }

    @Test
    void progressAndTimelineFollowIntakesTasksAsTheyComplete() {
        String engagement = firstContact("Mapshire " + UUID.randomUUID());
        acting.run("sam", () -> intake.assessFit(openTask(engagement).id(), new FitAssessment(true, true, true, true, null)));

        EngagementProgress atConfirm = diagrams.progress(engagement).orElseThrow();
        assertThat(atConfirm.map().processKey()).isEqualTo("engagement");
        assertThat(atConfirm.map().active()).containsExactly("intake");
        assertThat(atConfirm.map().completed()).containsExactly("firstContactLogged");
        ProcessInstanceProgress stage = atConfirm.stageCalledBy("intake").orElseThrow();
        assertThat(stage.processKey()).isEqualTo("intake");
        assertThat(stage.definitionId()).startsWith("intake:");
        assertThat(stage.active()).containsExactly("confirmFit");
        assertThat(stage.completed()).containsExactly("firstContactLogged", "assessFit", "decideFit");

        acting.run("sam", () -> intake.confirmFit(openTask(engagement).id(), new FitConfirmation(FitDecision.ACCEPT, null, null)));

        ProcessInstanceProgress moved = diagrams.progress(engagement).orElseThrow().stageCalledBy("intake").orElseThrow();
        assertThat(moved.active()).containsExactly("scopeEngagement");
        assertThat(moved.completed()).contains("assessFit", "confirmFit", "fitDecided");
        assertThat(diagrams.xml(moved.definitionId())).get().asString().contains("id=\"scopeEngagement\"");

        List<TaskEvent> timeline = diagrams.timeline(engagement);
        assertThat(timeline).extracting(TaskEvent::taskKey).containsExactly("assessFit", "confirmFit", "scopeEngagement");
        assertThat(timeline).extracting(TaskEvent::outcome).containsExactly(
                TaskEvent.Outcome.COMPLETED, TaskEvent.Outcome.COMPLETED, TaskEvent.Outcome.OPEN);
        assertThat(timeline.get(0).person()).isEqualTo("sam");
        assertThat(timeline.get(0).ended()).isNotNull();
        assertThat(timeline.get(2).ended()).isNull();
    }

    @Test
    void nothingForAnEngagementThatNeverRan() {
        assertThat(diagrams.progress(UUID.randomUUID().toString())).isEmpty();
        assertThat(diagrams.timeline(UUID.randomUUID().toString())).isEmpty();
        assertThat(diagrams.xml("intake:999:nothing")).isEmpty();
    }

    @Test
    @RunAsClient
    void theApiGivesProgressToManagersAndAuditorsOnlyAndTheDiagramItNames() {
        LocusClient locus = LocusClient.forTestServer();
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact("Apimapshire " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String engagement = ApiJson.object(created.body()).getString("engagementId");
        String task = locus.getArray("sam", "/api/engagements/" + engagement + "/tasks").getJsonObject(0).getString("id");
        assertThat(locus.post("sam", "/api/tasks/" + task + "/complete", ApiJson.ASSESS_FIT).statusCode()).isEqualTo(204);

        JsonObject progress = locus.getObject("alex", "/api/engagements/" + engagement + "/progress");
        assertThat(progress.getString("engagementId")).isEqualTo(engagement);
        assertThat(strings(progress.getJsonObject("map").getJsonArray("active").getValuesAs(JsonString.class))).containsExactly("intake");
        JsonObject stage = progress.getJsonArray("stages").getJsonObject(0);
        assertThat(stage.getString("calledBy")).isEqualTo("intake");
        assertThat(strings(stage.getJsonArray("active").getValuesAs(JsonString.class))).containsExactly("confirmFit");
        assertThat(locus.getObject("morgan", "/api/engagements/" + engagement + "/progress").getJsonArray("stages")).hasSize(1);

        HttpResponse<String> xml = getXml(locus, "ada", "/api/process-definitions/" + stage.getString("definitionId") + "/xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("id=\"confirmFit\"");

        assertThat(locus.get("sam", "/api/engagements/" + engagement + "/progress").statusCode()).isEqualTo(403);
        assertThat(getXml(locus, "sam", "/api/process-definitions/" + stage.getString("definitionId") + "/xml").statusCode()).isEqualTo(403);
        assertThat(locus.get("morgan", "/api/engagements/" + UUID.randomUUID() + "/progress").statusCode()).isEqualTo(404);
        assertThat(getXml(locus, "morgan", "/api/process-definitions/intake:999:none/xml").statusCode()).isEqualTo(404);
    }

    @Test
    @RunAsClient
    void theApiGivesHeatForAPeriodAndNamesWrongDates() {
        LocusClient locus = LocusClient.forTestServer();
        JsonObject heat = locus.getObject("alex", "/api/processes/intake/heat?from=2026-01-01&to=2026-12-31");
        assertThat(heat.getString("processKey")).isEqualTo("intake");
        assertThat(heat.getString("from")).isEqualTo("2026-01-01");
        assertThat(heat.getJsonArray("activities")).allSatisfy(activity ->
                assertThat(activity.asJsonObject().getJsonNumber("open").longValue()).isNotNegative());
        assertThat(locus.getObject("morgan", "/api/processes/engagement/heat").getString("to"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());

        HttpResponse<String> wrong = locus.get("morgan", "/api/processes/intake/heat?from=2026-02-31&to=soon");
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonObject errors = ApiJson.object(wrong.body()).getJsonObject("errors");
        assertThat(errors.keySet()).containsExactlyInAnyOrder("from", "to");
        assertThat(locus.get("morgan", "/api/processes/intake/heat?from=2026-03-02&to=2026-03-01").statusCode()).isEqualTo(400);
        assertThat(locus.get("morgan", "/api/processes/nothing/heat").statusCode()).isEqualTo(404);
        assertThat(locus.get("sam", "/api/processes/intake/heat").statusCode()).isEqualTo(403);
    }

    @Test
    @RunAsClient
    void thePagesAndTheirDataAreForManagersAndAuditorsOnly() {
        LocusClient locus = LocusClient.forTestServer();
        String unknown = UUID.randomUUID().toString();
        // staff, manager, auditor, admin, nobody (sent to sign in)
        expect(locus, "/manage/engagement.xhtml?id=" + unknown, 403, 404, 404, 403, 302);
        expect(locus, "/manage/processes.xhtml", 403, 200, 200, 403, 302);
        expect(locus, "/manage/processes.xhtml?process=nothing", 403, 404, 404, 403, 302);
        expect(locus, "/manage/data/progress?engagement=" + unknown, 403, 404, 404, 403, 302);
        expect(locus, "/manage/data/diagram?definition=intake:999:none", 403, 404, 404, 403, 302);
    }

    @Test
    @RunAsClient
    void theProcessViewShowsWrongDatesAsAGovukErrorNeverAFailure() {
        LocusClient locus = LocusClient.forTestServer();
        HttpResponse<String> page = locus.get("morgan", "/manage/processes.xhtml?process=intake&period=custom"
                + "&from-day=31&from-month=2&from-year=2026&to-day=&to-month=&to-year=");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "Start date must be a real date", "Enter the end date")
                .startsWith("<!DOCTYPE html>").contains("<title>Error: Process view");
        HttpResponse<String> figures = locus.get("alex", "/manage/processes.xhtml?process=intake&period=90");
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).doesNotContain("govuk-error-summary").contains("id=\"diagram\"");
    }

    private static void expect(LocusClient locus, String path, int staff, int manager, int auditor, int admin, int nobody) {
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("sam", staff);
        expected.put("morgan", manager);
        expected.put("alex", auditor);
        expected.put("ada", admin);
        expected.put(null, nobody);
        expected.forEach((user, status) -> assertThat(locus.get(user, path).statusCode())
                .as("GET %s as %s", path, user == null ? "nobody" : user).isEqualTo(status));
    }

    /** A GET asking for XML (LocusClient asks for JSON, to which the BPMN operation rightly answers 406). */
    private static HttpResponse<String> getXml(LocusClient locus, String user, String path) {
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                    java.net.http.HttpRequest.newBuilder(locus.base().resolve(path.substring(1)))
                            .header("Accept", "application/xml")
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    (user + ":" + LocusClient.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(List<JsonString> values) {
        return values.stream().map(JsonString::getString).toList();
    }

    private static ActivityHeat activity(ProcessHeat heat, String id) {
        return heat.activities().stream().filter(activity -> activity.activityId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in " + heat.activities()));
    }

    private String startIntake() {
        String engagementId = UUID.randomUUID().toString();
        // Intake's own diagram, started bare, as TasklistConsistencyIT does: only its tasks matter here.
        workflow.start("intake", engagementId, Map.of("engagementId", engagementId));
        return engagementId;
    }

    private String firstContact(String place) {
        return acting.call("sam", () -> intake.logFirstContact(new FirstContact(place, List.of(place + " Council"),
                "Jo Leader", LeaderRole.POLITICAL, "Leader of the council", place + " Council",
                "The top team wants to work better with partners.", "A peer")));
    }

    private WorkTask openTask(String engagementId) {
        List<WorkTask> open = workflow.openTasksOf(engagementId);
        assertThat(open).hasSize(1);
        return open.get(0);
    }
}
