package org.locus.diagnostic.api;

/**
 * Which part of the place a participant speaks for. The interview plan balances the three:
 * "politics matters", so a plan without the political or without the managerial top team is flagged.
 */
public enum ParticipantGroup {
    /** Elected members: the leader of the council, cabinet members, an elected mayor. */
    POLITICAL("Political top team"),
    /** The council's chief executive and strategic directors. */
    MANAGERIAL("Managerial top team"),
    /** Chief officers of the place's other organisations: NHS, police, fire, the voluntary sector. */
    PARTNER("Partners");

    private final String label;

    ParticipantGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
