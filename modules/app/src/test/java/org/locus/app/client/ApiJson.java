package org.locus.app.client;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * JSON as the tests' API clients write and read it, through JSON-P (Parsson on the test classpath): a
 * body built of JSON-P values is well formed whatever a place's name holds, and an answer is read as
 * JSON, so a test that asks for a member fails when it is missing rather than matching text elsewhere.
 */
public final class ApiJson {

    /** assessFit's four questions all answered yes: the engagement moves on to confirmFit. */
    public static final JsonObject ASSESS_FIT = Json.createObjectBuilder()
            .add("topTeamInvolved", true)
            .add("placeBased", true)
            .add("capacityAvailable", true)
            .add("fundingAvailable", true)
            .build();

    /** confirmFit's decision to go ahead: the engagement moves on to the sponsors. */
    public static final JsonObject CONFIRM_FIT = Json.createObjectBuilder().add("decision", "accept").build();

    private ApiJson() {
    }

    /** A first contact for the place from its political leader, Jo Leader. */
    public static JsonObject firstContact(String place) {
        return firstContact(place, "Jo Leader");
    }

    /** A first contact for the place from the leader of its council, with every field a first contact takes. */
    public static JsonObject firstContact(String place, String contactName) {
        return Json.createObjectBuilder()
                .add("placeName", place)
                .add("organisations", Json.createArrayBuilder().add(place + " Council").add(place + " NHS Trust"))
                .add("contactName", contactName)
                .add("contactRole", "POLITICAL")
                .add("contactJobTitle", "Leader of the council")
                .add("contactOrganisation", place + " Council")
                .add("presentingIssue", "The top team wants to work better with partners.")
                .add("howHeard", "A peer at the LGA conference")
                .build();
    }

    /** The object the text holds; fails on text that is not one JSON object. */
    public static JsonObject object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The array the text holds; fails on text that is not one JSON array. */
    public static JsonArray array(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
