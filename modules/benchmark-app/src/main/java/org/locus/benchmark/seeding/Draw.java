package org.locus.benchmark.seeding;

import java.util.List;
import java.util.Random;

import org.locus.intake.api.TeamAssignment;

/**
 * Draws, for one seeding request and from its seed, where each engagement stops and how it gets there.
 * Every stop of {@link SeedBatch#STOPS} has equal odds. The team is the demo's staff, as the demo's own
 * agreed engagements have it: Sam or Priya leads, with the other and Jordan as enablers, so each of them
 * has the diagnostic's tasks in "My tasks" (the lead's, and their own interviews) and the interviews can
 * be left with one enabler done and one (Jordan) still at it. Half the plans run the survey (all of those
 * left at the survey); half the engagements left at the playback had their findings sent back once.
 */
final class Draw {

    /** The demo staff who lead: the people the benchmark's API clients and tasklist probes sign in as. */
    private static final List<String> LEADS = List.of("sam", "priya");

    /** The demo's third member of staff, an enabler of every team. */
    private static final String ENABLER = "jordan";

    private static final int SURVEY_STOP = SeedBatch.STOPS.indexOf("recordSurvey");

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    SeedBatch.Planned next(String place) {
        int stopAt = random.nextInt(SeedBatch.STOPS.size());
        int lead = random.nextInt(LEADS.size());
        TeamAssignment team = new TeamAssignment(LEADS.get(lead), List.of(LEADS.get(1 - lead), ENABLER));
        boolean surveyRun = stopAt == SURVEY_STOP || random.nextBoolean();
        return new SeedBatch.Planned(place, stopAt, team, surveyRun, random.nextBoolean());
    }
}
