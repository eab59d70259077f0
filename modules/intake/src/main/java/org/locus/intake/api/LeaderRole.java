package org.locus.intake.api;

/** "Politics matters": every leader is on the political or the managerial side of a place. */
public enum LeaderRole {
    /** Leader of the council, cabinet member, elected mayor. */
    POLITICAL,
    /** Chief executive, strategic director, partner chief officer. */
    MANAGERIAL
}
