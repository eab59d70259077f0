package org.locus.benchmark;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An auditor's reads, timed over HTTP as the demo auditor: the first page of one engagement's timeline (a
 * long one: of the engagements whose audit chains are longest, the one whose timeline holds the most
 * entries), one request after another after a warm-up; and the audit log's verify, which recomputes every
 * chain, a few times after one untimed call.
 */
final class AuditProbe {

    /** The demo's auditor: reads timelines and verifies the log, changes nothing. */
    static final String AUDITOR = "alex";
    static final int TIMELINE_PAGE_SIZE = 50;
    static final String VERIFICATION = "/api/audit/verification";

    /** How many of the longest audit chains are asked for their timeline's length. */
    private static final int CANDIDATES = 5;
    /** Verify reads the whole log; at many engagements one call may take longer than the client's default. */
    private static final Duration VERIFY_TIMEOUT = Duration.ofMinutes(15);

    /** The timeline's first page: the engagement, how many entries its timeline holds, and the response times. */
    record Timeline(String engagementId, String path, long total, Latencies latencies) {
    }

    /** The verify's response times and what it reported on its last call. */
    record Verification(Latencies latencies, int chains, long entries, int breaks) {

        boolean intact() {
            return breaks == 0;
        }
    }

    record Result(Timeline timeline, Verification verification) {
    }

    private final Settings settings;
    private final LocusClient client;

    AuditProbe(Settings settings) {
        this.settings = settings;
        this.client = new LocusClient(settings.baseUri(), AUDITOR);
    }

    Result run(Database database) {
        return new Result(timeline(database.longestAuditChains(CANDIDATES)), verification());
    }

    /** Times the first page of the longest timeline among the candidates. */
    Timeline timeline(List<String> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalStateException("The audit log holds no engagement's chain: nothing to read a timeline of");
        }
        String chosen = null;
        long longest = -1;
        for (String engagementId : candidates) {
            long total = client.getJson(timelinePath(engagementId, 1)).path("total").asLong();
            if (total > longest) {
                longest = total;
                chosen = engagementId;
            }
        }
        String path = timelinePath(chosen, TIMELINE_PAGE_SIZE);
        int warmup = Math.max(50, settings.probeRequests() / 4);
        for (int i = 0; i < warmup; i++) {
            client.getJson(path);
        }
        Latencies latencies = new Latencies();
        JsonNode last = null;
        for (int i = 0; i < settings.probeRequests(); i++) {
            long began = System.nanoTime();
            last = client.getJson(path);
            latencies.record(System.nanoTime() - began);
        }
        long total = last.path("total").asLong();
        int expected = (int) Math.min(total, TIMELINE_PAGE_SIZE);
        if (last.path("entries").size() != expected) {
            throw new IllegalStateException("The timeline of " + chosen + " holds " + total + " entries but its first page"
                    + " gave " + last.path("entries").size());
        }
        return new Timeline(chosen, path, total, latencies);
    }

    /** Times the verify of the whole audit log: one call untimed, then {@code benchmark.verifyRequests}. */
    Verification verification() {
        client.getJson(VERIFICATION, VERIFY_TIMEOUT);
        Latencies latencies = new Latencies();
        JsonNode last = null;
        for (int i = 0; i < Math.max(1, settings.verifyRequests()); i++) {
            long began = System.nanoTime();
            last = client.getJson(VERIFICATION, VERIFY_TIMEOUT);
            latencies.record(System.nanoTime() - began);
        }
        return new Verification(latencies, last.path("chains").asInt(), last.path("entries").asLong(),
                last.path("breaks").size());
    }

    private static String timelinePath(String engagementId, int size) {
        return "/api/engagements/" + engagementId + "/timeline?size=" + size;
    }
}
