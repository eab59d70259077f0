package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * A clean start logs no error, and the 4xx that people and API clients cause every day (an empty first
 * contact, values missing, a wrong role, an address or page that is not there, no credentials, a task
 * someone already completed) write no error line. Other container tests cause failures on purpose, so this one judges only
 * what is its own: the server's start (messages.log up to the first application start), and everything
 * from the start of its own deployment (the last "Starting application" line) to the end of its requests.
 */
@ExtendWith(ArquillianExtension.class)
class QuietLogsIT {

    private static final Path SERVER = Path.of(System.getProperty("locus.test.server.dir", "target/liberty/wlp/usr/servers/locus-test"));
    private static final Path MESSAGES = SERVER.resolve("logs/messages.log");
    private static final Path FFDC = SERVER.resolve("logs/ffdc");

    /** An application start, as Liberty logs it (CWWKZ0018I: Starting application locus.). */
    private static final String APP_STARTING = "CWWKZ0018I";
    /** A messages.log line at level E: [date] thread class E message. */
    private static final Pattern ERROR_LINE = Pattern.compile("^\\[[^\\]]+\\] [0-9a-f]+ \\S+\\s+E ");
    private static final Pattern LINE_TIME = Pattern.compile("^\\[([^\\]]+)\\]");
    private static final DateTimeFormatter LIBERTY_TIME = DateTimeFormatter.ofPattern("M/d/yy, H:mm:ss:SSS z", Locale.ENGLISH);

    private final LocusClient locus = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void startAndEverydayRefusalsLogNoError() throws Exception {
        Window window = Window.now();
        Instant requestsBegan = Instant.now();

        causeTheEverydayRefusals();

        List<String> after = Files.readAllLines(MESSAGES, StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if ((i < window.serverStartEnd() || i >= window.ownStart()) && ERROR_LINE.matcher(after.get(i)).find()) {
                errors.add(after.get(i));
            }
        }
        assertThat(errors).as("error lines of the server's start and of this test's deployment and requests").isEmpty();
        assertThat(incidents(window.serverStarted(), window.firstAppStarting())).as("FFDC incidents of the server's start").isEmpty();
        assertThat(incidents(window.ownAppStarting(), requestsBegan)).as("FFDC incidents of this test's deployment").isEmpty();
    }

    /**
     * Services are units of work (platform {@code UnitOfWork}) that roll a refusal back without the
     * incident Liberty's transactional interceptor writes for any other exception.
     */
    @Test
    void everydayRefusalsWriteNoIncident() throws Exception {
        Instant requestsBegan = Instant.now();

        causeTheEverydayRefusals();

        assertThat(incidents(requestsBegan, Instant.now().plusSeconds(1))).as("FFDC incidents of this test's requests").isEmpty();
    }

    /** Where in messages.log the server's start ends and this test's own deployment starts, and when. */
    private record Window(int serverStartEnd, int ownStart, Instant serverStarted, Instant firstAppStarting, Instant ownAppStarting) {

        static Window now() throws IOException {
            List<String> lines = Files.readAllLines(MESSAGES, StandardCharsets.UTF_8);
            int serverStartEnd = firstIndexOf(lines, APP_STARTING);
            int ownStart = lastIndexOf(lines, APP_STARTING);
            assertThat(serverStartEnd).as("an application start in %s", MESSAGES).isGreaterThanOrEqualTo(0);
            // messages.log opens with a banner of asterisks and the server's description; its first timed line is the start.
            Instant serverStarted = timeOf(lines.stream().filter(l -> LINE_TIME.matcher(l).find()).findFirst().orElse(""));
            return new Window(serverStartEnd, ownStart, serverStarted, timeOf(lines.get(serverStartEnd)), timeOf(lines.get(ownStart)));
        }
    }

    /** The FFDC incidents written from {@code from} (a second's slack for the file system's clock) until {@code until}. */
    private static List<String> incidents(Instant from, Instant until) throws IOException {
        List<String> incidents = new ArrayList<>();
        if (!Files.isDirectory(FFDC)) {
            return incidents;
        }
        try (Stream<Path> files = Files.list(FFDC)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.startsWith("ffdc_")) {
                    continue; // exception_summary_* is rewritten now and then; each incident has an ffdc_ file of its own.
                }
                Instant written = Files.getLastModifiedTime(file).toInstant();
                if (!written.isBefore(from.minusSeconds(1)) && written.isBefore(until)) {
                    incidents.add(name + ": " + firstLines(file));
                }
            }
        }
        return incidents;
    }

    /** Each refusal asserted as it happens, so that this test also fails if it stopped causing them. */
    private void causeTheEverydayRefusals() throws Exception {
        assertThat(locus.post("sam", "/api/enquiries", JsonValue.EMPTY_JSON_OBJECT).statusCode()).as("an empty first contact").isEqualTo(400);
        assertThat(locus.post("alex", "/api/enquiries", ApiJson.firstContact("Quietshire " + UUID.randomUUID())).statusCode())
                .as("an auditor logging a first contact").isEqualTo(403);
        assertThat(locus.get("sam", "/api/engagements/" + UUID.randomUUID()).statusCode()).as("no such engagement").isEqualTo(404);
        assertThat(locus.get("sam", "/api/no-such-address").statusCode()).as("no such address").isEqualTo(404);
        assertThat(locus.get(null, "/api/engagements").statusCode()).as("no credentials").isEqualTo(401);

        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact("Quietshire " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String engagementId = ApiJson.object(created.body()).getString("engagementId");
        String taskId = locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks").getJsonObject(0).getString("id");
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/complete", Json.createObjectBuilder().add("topTeamInvolved", true).build())
                .statusCode()).as("a completion with values missing").isEqualTo(400);
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT).statusCode()).isEqualTo(204);
        assertThat(locus.post("priya", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT).statusCode())
                .as("a task already completed").isEqualTo(409);
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/claim").statusCode()).as("claiming a completed task").isIn(404, 409);

        assertThat(locus.get("alex", "/tasks/index.xhtml").statusCode()).as("an auditor on the tasklist page").isEqualTo(403);
        assertThat(locus.get("sam", "/engagements/no-such-page.xhtml").statusCode()).as("no such page").isEqualTo(404);
    }

    private static int firstIndexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The time of a messages.log line; a format this cannot read fails the test rather than letting it judge nothing. */
    private static Instant timeOf(String line) {
        Matcher m = LINE_TIME.matcher(line);
        assertThat(m.find()).as("a time at the start of %s", line).isTrue();
        try {
            return ZonedDateTime.parse(m.group(1), LIBERTY_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new AssertionError("cannot read the time of " + line, e);
        }
    }

    private static String firstLines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return String.join(" | ", lines.filter(l -> l.contains("Exception") || l.contains("Probe Id")).limit(3).toList());
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
