package org.locus.benchmark.seeding;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.Roles;

/**
 * The benchmark's bulk path for seeding: opens many engagements in one request, each through intake's
 * own service ({@code logFirstContact}, then its task commands, each task found with
 * {@code Workflow.openTasksOf}) exactly as the benchmark's API clients do over HTTP, and on through the
 * diagnostic's service once agreed, and leaves each at one of intake's six tasks or the diagnostic's five
 * stops with equal odds ({@link Draw}). Engagements are committed a group at a time
 * ({@code perTransaction}), so a failure loses one group: the answer then counts the groups committed before
 * it and names the error, and the request stops there.
 *
 * <p>Intake's commands act as the caller, as they would for a person: the caller must be an admin and in
 * both staff (first contact, fit, scoping, agreement) and manager (approval, team). The diagnostic's act as the lead or enabler whose task it is
 * ({@link WithoutCaller}).
 *
 * <pre>
 * POST /api/benchmark/seed
 * {"engagements": 200, "seed": 42, "perTransaction": 20, "placePrefix": "Seedshire 3-", "firstPlace": 0, "places": 250}
 * </pre>
 * Engagement {@code i} of the request is opened for place {@code placePrefix + (firstPlace + i) % places};
 * two requests at once must use different prefixes, as two API clients keep to places of their own.
 */
@Path("benchmark/seed")
@RequestScoped
@Tag(name = "Benchmark", description = "Only on the benchmark's server: seeding many engagements at once")
public class SeedResource {

    static final int MAX_ENGAGEMENTS = 10_000;

    private static final Logger LOG = Logger.getLogger(SeedResource.class.getName());

    private final SeedBatch batch;
    private final Caller caller;
    private final WithoutCaller withoutCaller;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public SeedResource() {
        this(null, null, null);
    }

    @Inject
    SeedResource(SeedBatch batch, Caller caller, WithoutCaller withoutCaller) {
        this.batch = batch;
        this.caller = caller;
        this.withoutCaller = withoutCaller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open many engagements through intake's and the diagnostic's services (benchmark only)",
            description = "Roles: admin, and the caller must be in staff and manager too. Answers how many "
                    + "engagements were left at each of intake's tasks and the diagnostic's stops.")
    public JsonObject seed(JsonStructure body) {
        CurrentUser user = caller.current();
        if (!user.isIn(Roles.STAFF) || !user.isIn(Roles.MANAGER)) {
            throw new ForbiddenException("Seeding completes staff's and managers' tasks as the caller: " + user.id()
                    + " must be in both the staff and the manager group (the benchmark's own user is).");
        }
        if (!(body instanceof JsonObject request)) {
            throw new InvalidRequestException("request", "Send a JSON object such as {\"engagements\": 200, \"seed\": 42}");
        }
        int engagements = number(request, "engagements", null, 1, MAX_ENGAGEMENTS);
        long seed = request.get("seed") instanceof JsonNumber given ? given.longValue() : System.nanoTime();
        int perTransaction = number(request, "perTransaction", 20, 1, MAX_ENGAGEMENTS);
        int places = number(request, "places", 250, 1, Integer.MAX_VALUE);
        int firstPlace = number(request, "firstPlace", 0, 0, Integer.MAX_VALUE);
        String placePrefix = request.get("placePrefix") instanceof JsonString prefix ? prefix.getString() : "Seedshire bulk-";

        long began = System.nanoTime();
        Draw draw = new Draw(seed);
        long[] leftAt = new long[SeedBatch.STOPS.size()];
        int completions = 0;
        int transactions = 0;
        int opened = 0;
        String error = null;
        List<SeedBatch.Planned> group = new ArrayList<>(perTransaction);
        for (int i = 0; i < engagements && error == null; i++) {
            group.add(draw.next(placePrefix + (int) ((firstPlace + (long) i) % places)));
            if (group.size() == perTransaction || i == engagements - 1) {
                try {
                    completions += withoutCaller.call(() -> batch.open(group, user.id()));
                    transactions++;
                    opened += group.size();
                    group.forEach(planned -> leftAt[planned.stopAt()]++);
                } catch (RuntimeException e) {
                    // This group was rolled back; the groups before it stay, and the answer counts only those.
                    LOG.log(Level.WARNING, "Seeding a group of " + group.size() + " engagements failed", e);
                    error = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                group.clear();
            }
        }

        JsonObjectBuilder counts = Json.createObjectBuilder();
        for (int i = 0; i < leftAt.length; i++) {
            counts.add(SeedBatch.STOPS.get(i), leftAt[i]);
        }
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("requested", engagements)
                .add("engagements", opened)
                .add("completions", completions)
                .add("transactions", transactions)
                .add("seed", seed)
                .add("millis", (System.nanoTime() - began) / 1_000_000)
                .add("leftAt", counts);
        if (error != null) {
            answer.add("error", error);
        }
        return answer.build();
    }

    private static int number(JsonObject request, String name, Integer absent, int min, int max) {
        JsonValue value = request.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (absent == null) {
                throw new InvalidRequestException(name, "Enter how many " + name + " to open");
            }
            return absent;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()
                || number.longValue() < min || number.longValue() > max) {
            throw new InvalidRequestException(name, name + " must be a whole number from " + min + " to " + max);
        }
        return number.intValue();
    }
}
