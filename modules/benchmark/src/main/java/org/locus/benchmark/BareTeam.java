package org.locus.benchmark;

import java.util.List;

/**
 * The bare engine's {@code engagementTeam}: bpmn/diagnostic.bpmn asks it for the lead
 * ({@code ${engagementTeam.lead(engagementId)}}) and for the interviewers of its multi-instance task. In
 * Locus the diagnostic's bean reads the team from intake; here it answers the team the HTTP loop assigns
 * (lead Sam, enabler Priya) without reading anything, so the bare engine does the engine's part alone.
 */
public final class BareTeam {

    static final String BEAN_NAME = "engagementTeam";

    public String lead(String engagementId) {
        return IntakeValues.STAFF.get(0);
    }

    public List<String> interviewers(String engagementId) {
        return List.of(IntakeValues.STAFF.get(1));
    }
}
