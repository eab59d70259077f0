package org.locus.intake.api;

/**
 * A leader intake has met in a place (a first contact, a sponsor), offered when the place's
 * sponsors are named so that nobody is typed twice.
 *
 * @param firstContact whether they got in touch for this engagement
 */
public record KnownLeader(String name, LeaderRole role, String jobTitle, String organisation, boolean firstContact) {
}
