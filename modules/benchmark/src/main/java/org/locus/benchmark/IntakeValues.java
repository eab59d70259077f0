package org.locus.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What a member of staff or a manager types into each form of the engagement's first stage (intake),
 * as the JSON the API takes (field names of intake's api records), and which of them does it. Every
 * engagement is accepted and approved, so it runs through all six tasks.
 */
final class IntakeValues {

    /** Intake's user tasks in the order an accepted, approved engagement meets them. */
    static final List<String> TASKS = List.of(
            "assessFit", "confirmFit", "scopeEngagement", "draftAgreement", "approveAgreement", "assignTeam");

    static final List<String> STAFF = List.of("sam", "priya");
    /** The demo's third member of staff: an enabler, with Sam or Priya, of every seeded diagnostic. */
    static final String ENABLER = "jordan";
    static final String MANAGER = "morgan";

    private IntakeValues() {
    }

    static boolean isManagers(String taskKey) {
        return taskKey.equals("approveAgreement") || taskKey.equals("assignTeam");
    }

    /**
     * A first contact from one of a client's places. Each client keeps to places of its own, so two
     * clients never create the same place or leader at the same moment (the API would rightly answer
     * 409); engagements reuse a place's organisations and leaders as real ones do.
     */
    static String firstContact(String place) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("placeName", place);
        contact.put("organisations", List.of(place + " Council", place + " NHS Trust", place + " Police"));
        contact.put("contactName", "Leader of " + place);
        contact.put("contactRole", "POLITICAL");
        contact.put("contactJobTitle", "Leader of the council");
        contact.put("contactOrganisation", place + " Council");
        contact.put("presentingIssue", "The council and its partners want to lead the place together on health and housing.");
        contact.put("howHeard", "A neighbouring council");
        return json(contact);
    }

    /** The values that complete a task, keyed by its BPMN id. */
    static String valuesFor(String taskKey, String place) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (taskKey) {
            case "assessFit" -> {
                values.put("topTeamInvolved", true);
                values.put("placeBased", true);
                values.put("capacityAvailable", true);
                values.put("fundingAvailable", true);
                values.put("notes", "Leader and chief executive both on the call.");
            }
            case "confirmFit" -> values.put("decision", "ACCEPT");
            case "scopeEngagement" -> {
                // The contact is the political sponsor; the chief executive the managerial one.
                values.put("politicalSponsor", sponsor("Leader of " + place, "Leader of the council", place + " Council"));
                values.put("managerialSponsor", sponsor("Chief Executive of " + place, "Chief executive", place + " Council"));
            }
            case "draftAgreement" -> {
                // Sign-off dates must not be in the future on the server's calendar.
                LocalDate today = LocalDate.now();
                values.put("ambition", "One leadership team for the place, political and managerial.");
                values.put("timeline", "Twelve months");
                values.put("fundingSource", "Council transformation fund");
                values.put("enablerDays", 20);
                values.put("budget", 45000.00);
                values.put("politicalSignOff", today.minusDays(3).toString());
                values.put("managerialSignOff", today.minusDays(2).toString());
            }
            case "approveAgreement" -> values.put("approved", true);
            case "assignTeam" -> {
                return team(STAFF.get(0), List.of(STAFF.get(1)));
            }
            default -> throw new IllegalArgumentException("Not an intake task: " + taskKey);
        }
        return json(values);
    }

    /** The values that complete assignTeam with this lead and these enablers. */
    static String team(String lead, List<String> enablers) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lead", lead);
        values.put("enablers", enablers);
        return json(values);
    }

    private static Map<String, String> sponsor(String name, String jobTitle, String organisation) {
        return Map.of("name", name, "jobTitle", jobTitle, "organisation", organisation);
    }

    private static String json(Object value) {
        try {
            return LocusClient.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
