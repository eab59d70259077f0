package org.locus.diagnostic.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.locus.platform.api.text.Names;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;

/**
 * A participant of the interview plan, as they were when planned: their group, job and organisation
 * stay as the plan balanced them even if intake learns of a new job later.
 */
@Embeddable
public class PlannedParticipant {

    @Column(name = "leader_name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_group", nullable = false, length = 20)
    private ParticipantGroup group;

    @Column(name = "job_title", nullable = false, length = 200)
    private String jobTitle;

    @Column(name = "organisation", nullable = false, length = 200)
    private String organisation;

    /** For JPA only. */
    protected PlannedParticipant() {
    }

    PlannedParticipant(Participant leader) {
        this.name = leader.name();
        this.nameKey = Names.keyOf(leader.name());
        this.group = leader.group();
        this.jobTitle = leader.jobTitle();
        this.organisation = leader.organisation();
    }

    boolean isNamed(String other) {
        return nameKey.equals(Names.keyOf(other));
    }

    String name() {
        return name;
    }

    ParticipantGroup group() {
        return group;
    }

    Participant view() {
        return new Participant(name, group, jobTitle, organisation);
    }
}
