package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * No request body holds a server thread: truncated, unclosed, deeply nested, oversized, empty and
 * non-JSON bodies sent to every operation of the served OpenAPI document, as a role that may call
 * it, get a quick answer (a 4xx with problem details where the operation reads a body), and the
 * server answers /health/ready afterwards. Before the platform's body check, the first of these
 * spun a thread for ever in Parsson's skipArray (eclipse-ee4j/parsson#23).
 */
@ExtendWith(ArquillianExtension.class)
class HostileBodiesIT {

    /** Far above what a refused body takes (milliseconds), far below "for ever". */
    private static final Duration QUICK = Duration.ofSeconds(5);
    /** Bytes: a body no larger is sent whole before any answer comes. */
    private static final int SMALL_BODY = 8 * 1024;

    /** The platform's bounds (locus.rest.body.*), as documented in the platform README. */
    private static final int MAX_BYTES = 262_144;
    private static final Duration READ_TIME = Duration.ofSeconds(10);

    private final LocusClient locus = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    /** The first call to the API starts its runtime (seconds on a busy machine): not what is timed here. */
    @BeforeEach
    void startTheApi() {
        assertThat(locus.get("sam", "/api/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void everyOperationAnswersEveryHostileBodyQuicklyAndTheServerStaysUp() {
        List<ServedApi.Operation> operations = ServedApi.of(locus).operations();
        assertThat(operations).filteredOn(ServedApi.Operation::takesBody).as("operations that take a body").isNotEmpty();

        for (ServedApi.Operation operation : operations) {
            bodiesFor(operation).forEach((kind, body) -> {
                String what = operation + " as " + operation.user() + " with a " + kind + " body";
                long started = System.nanoTime();
                HttpResponse<String> answer = quickly(what, () -> locus.sendRaw(operation.user(), operation.method(), operation.path(),
                        "application/json", body, QUICK));
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as(what).isLessThan(QUICK);
                assertThat(answer.statusCode()).as(what + ": " + answer.body()).isLessThan(500);
                if (operation.takesBody()) {
                    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
                }
                if (answer.statusCode() >= 400) {
                    assertThat(answer.headers().firstValue("Content-Type")).as(what)
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(ApiJson.object(answer.body()).getInt("status")).as(what).isEqualTo(answer.statusCode());
                    assertThat(answer.body()).as(what).doesNotContain("Exception");
                }
            });
            assertReady("after " + operation);
        }
    }

    @Test
    void namesWhatIsWrongWithABody() {
        assertProblem(send("{\"x\": [1, 2"), 400, "The request body ends before its JSON is complete");
        assertProblem(send("[".repeat(40) + "]".repeat(40)), 400, "nests objects and arrays more than 16 deep");
        assertProblem(send("{\"x\": \"" + "a".repeat(MAX_BYTES) + "\"}"), 413, "Send at most 262144 bytes");
        assertProblem(send(""), 400, "The request body is empty");
    }

    @Test
    void refusesUnknownFieldsNamingEachNestedOnesByPath() {
        JsonObject body = Json.createObjectBuilder(ApiJson.firstContact("Spellshire"))
                .add("howHaerd", "x")
                .add("extra", Json.createObjectBuilder().add("a", 1))
                .build();

        HttpResponse<String> answer = send(body.toString());

        assertProblem(answer, 400, "Locus does not know the fields howHaerd, extra");
        assertThat(ApiJson.object(answer.body()).getJsonObject("errors").keySet()).containsExactlyInAnyOrder("howHaerd", "extra");
    }

    @Test
    void fortyTruncatedBodiesAtOnceLeaveTheServerAnswering() throws Exception {
        List<ServedApi.Operation> withBodies = ServedApi.of(locus).operations().stream().filter(ServedApi.Operation::takesBody).toList();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ServedApi.Operation operation = withBodies.get(i % withBodies.size());
                byte[] body = (i % 2 == 0 ? "{\"x\": [1, 2" : "{\"x\": {\"a\": 1").getBytes(StandardCharsets.UTF_8);
                answers.add(clients.submit(() -> locus.sendRaw(operation.user(), operation.method(), operation.path(),
                        "application/json", body, QUICK)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(400);
            }
        } finally {
            clients.shutdownNow();
        }
        assertReady("after forty truncated bodies");
    }

    /**
     * A chunked body, a space a chunk every half second, would take minutes. (A body of declared
     * length that trickles in is Liberty's to cut off, at its own read timeout; see the platform README.)
     */
    @Test
    void aChunkedBodyTrickledInIsCutOffAtTheReadTime() throws IOException {
        try (Socket socket = new Socket(locus.base().getHost(), locus.base().getPort())) {
            socket.setSoTimeout((int) QUICK.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/enquiries HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("sam:locus-demo".getBytes(StandardCharsets.US_ASCII))
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            Duration limit = READ_TIME.plus(QUICK);
            while (in.available() == 0 && Duration.ofNanos(System.nanoTime() - started).compareTo(limit) < 0
                    && sendChunk(out, " ")) {
                sleep(Duration.ofMillis(500));
            }
            String answer = readAnswer(in);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json", "within 10 seconds");
            assertThat(took).isBetween(READ_TIME, limit);
        }
        assertReady("after a slow body");
    }

    /**
     * A body that announces its length and stops arriving is waited for by Liberty's channel, which
     * server.xml bounds to the same read time ({@code httpOptions readTimeout}).
     */
    @Test
    void aBodyThatStopsArrivingIsCutOffAtTheReadTime() throws IOException {
        try (Socket socket = new Socket(locus.base().getHost(), locus.base().getPort())) {
            Duration limit = READ_TIME.plus(QUICK);
            socket.setSoTimeout((int) limit.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/enquiries HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("sam:locus-demo".getBytes(StandardCharsets.US_ASCII))
                    + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"placeName\": ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            String answer = readAnswer(socket.getInputStream());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
            assertThat(took).isBetween(READ_TIME.minusSeconds(1), limit);
        }
        assertReady("after a body that stopped arriving");
    }

    /** The answer, or a failure that says which request got none within {@link #QUICK}. */
    private static HttpResponse<String> quickly(String what, Supplier<HttpResponse<String>> request) {
        try {
            return request.get();
        } catch (UncheckedIOException e) {
            throw new AssertionError(what + ": no answer within " + QUICK, e);
        }
    }

    private HttpResponse<String> send(String body) {
        return locus.sendRaw("sam", "POST", "/api/enquiries", "application/json", body.getBytes(StandardCharsets.UTF_8), QUICK);
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String detail) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiJson.object(answer.body()).getString("detail")).contains(detail);
    }

    private void assertReady(String when) {
        HttpResponse<String> ready = locus.sendRaw(null, "GET", "/health/ready", "application/json", new byte[0], QUICK);
        assertThat(ready.statusCode()).as("/health/ready " + when + ": " + ready.body()).isEqualTo(200);
    }

    /** The bodies no client should send, by what is wrong with them. */
    /**
     * Every hostile body for an operation that reads one. One that reads none gets only the small ones: it answers
     * before a large body has arrived, and whether the client finishes sending it after that answer is a race
     * between the client and Liberty's connection (a CI run once saw Liberty wait 10 s for the rest of 100 kB sent
     * with a GET), not something Locus decides.
     */
    private static Map<String, byte[]> bodiesFor(ServedApi.Operation operation) {
        Map<String, byte[]> bodies = hostileBodies();
        if (!operation.takesBody()) {
            bodies.values().removeIf(body -> body.length > SMALL_BODY);
        }
        return bodies;
    }

    private static Map<String, byte[]> hostileBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("truncated array", "{\"x\": [1, 2");
        bodies.put("truncated object", "{\"x\": {\"a\": 1");
        bodies.put("unclosed string", "{\"placeName\": \"North");
        bodies.put("name without value", "{\"placeName\": ");
        bodies.put("unclosed deep nesting", "[".repeat(100_000));
        bodies.put("closed deep nesting", "{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
        bodies.put("two values", "{} {}");
        bodies.put("non-JSON", "<enquiry/>");
        bodies.put("empty", "");
        bodies.put("unknown field", "{\"noSuchField\": [1, 2]}");
        bodies.put("oversized", "{\"x\": \"" + "a".repeat(MAX_BYTES) + "\"}");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        bodies.forEach((kind, body) -> bytes.put(kind, body.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /** False once the server has stopped reading (it answered and closed the connection). */
    private static boolean sendChunk(OutputStream out, String chunk) {
        try {
            out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /**
     * The status line, headers and body of one answer (by its Content-Length): the server may keep
     * the connection open after it, so reading to the end of the stream would wait for nothing.
     */
    private static String readAnswer(InputStream in) throws IOException {
        try {
            StringBuilder head = new StringBuilder();
            while (head.indexOf("\r\n\r\n") < 0) {
                int b = in.read();
                if (b == -1) {
                    break;
                }
                head.append((char) b);
            }
            Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return head + new String(body, StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer to a slow body", e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
