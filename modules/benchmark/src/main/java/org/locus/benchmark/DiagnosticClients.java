package org.locus.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Takes an agreed engagement into the diagnostic over the API, each task completed by the person it is
 * for, signed in as them: the lead plans, each enabler completes their own interviews, the lead the
 * survey, findings and playback. Left at the interviews, the last enabler has not finished; left at the
 * playback, the findings were sent back once first if asked.
 */
final class DiagnosticClients {

    private static final int INTERVIEWS = Journey.DIAGNOSTIC.indexOf("recordInterviews");
    private static final int SURVEY = Journey.DIAGNOSTIC.indexOf("recordSurvey");
    private static final int FINDINGS = Journey.DIAGNOSTIC.indexOf("synthesiseFindings");

    /** A seeded engagement's team, and how its diagnostic goes. */
    record Plan(String lead, List<String> enablers, boolean surveyRun, boolean sentBack) {
    }

    private final Map<String, LocusClient> people;
    private final TaskFinder finder;

    /** @param people a client for each member of the teams, by user id */
    DiagnosticClients(Map<String, LocusClient> people, TaskFinder finder) {
        this.people = people;
        this.finder = finder;
    }

    /** Moves the engagement to the diagnostic's stop with this index of {@link Journey#DIAGNOSTIC}; returns the completions. */
    int advance(String engagementId, String place, Plan plan, int stop) {
        if (stop == 0) {
            return 0;
        }
        complete(plan.lead(), finder.theOpenTask(engagementId, "planInterviews"), DiagnosticValues.plan(place, plan.surveyRun()));
        int completions = 1;
        List<String> finishing = stop > INTERVIEWS ? plan.enablers() : plan.enablers().subList(0, plan.enablers().size() - 1);
        for (String enabler : finishing) {
            complete(enabler, finder.theOpenTask(engagementId, "recordInterviews", enabler),
                    DiagnosticValues.interviews(enabler, place));
            completions++;
        }
        if (plan.surveyRun() && stop > SURVEY) {
            complete(plan.lead(), finder.theOpenTask(engagementId, "recordSurvey"), DiagnosticValues.survey());
            completions++;
        }
        if (stop <= FINDINGS) {
            return completions;
        }
        complete(plan.lead(), finder.theOpenTask(engagementId, "synthesiseFindings"), DiagnosticValues.findings());
        completions++;
        if (plan.sentBack()) {
            complete(plan.lead(), finder.theOpenTask(engagementId, "playBackFindings"), DiagnosticValues.sentBack());
            complete(plan.lead(), finder.theOpenTask(engagementId, "synthesiseFindings"), DiagnosticValues.findings());
            completions += 2;
        }
        return completions;
    }

    private void complete(String person, TaskFinder.OpenTask task, String values) {
        people.get(person).complete(task.id(), values);
    }
}
