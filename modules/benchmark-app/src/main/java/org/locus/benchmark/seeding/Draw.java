package org.locus.benchmark.seeding;

import java.util.List;
import java.util.Random;

import org.locus.intake.api.TeamAssignment;

/**
 * Draws, for one seeding request and from its seed, where each engagement stops and how it gets there.
 * Every stop of {@link SeedBatch#STOPS} has equal odds. The team is drawn from the staff the tasklist
 * probes sign in as: Sam or Priya leads, with the other and the seeding user as enablers, so each of
 * them has the diagnostic's tasks in "My tasks" (the lead's, and their own interviews) and the interviews
 * can be left with one enabler done and one still at it. Half the plans run the survey (all of those
 * left at the survey); half the engagements left at the playback had their findings sent back once.
 */
final class Draw {

    /** Intake's demo staff: the people the benchmark's API clients and tasklist probes sign in as. */
    private static final List<String> STAFF = List.of("sam", "priya");

    private static final int SURVEY_STOP = SeedBatch.STOPS.indexOf("recordSurvey");

    private final Random random;
    private final String seeder;

    Draw(long seed, String seeder) {
        this.random = new Random(seed);
        this.seeder = seeder;
    }

    SeedBatch.Planned next(String place) {
        int stopAt = random.nextInt(SeedBatch.STOPS.size());
        int lead = random.nextInt(STAFF.size());
        TeamAssignment team = new TeamAssignment(STAFF.get(lead), List.of(STAFF.get(1 - lead), seeder));
        boolean surveyRun = stopAt == SURVEY_STOP || random.nextBoolean();
        return new SeedBatch.Planned(place, stopAt, team, surveyRun, random.nextBoolean());
    }
}
