package org.locus.intake.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.locus.platform.api.text.Names;
import org.locus.intake.api.LeaderRole;

/**
 * A senior person in a place, on its political or its managerial side. Leaders are known by
 * name within their place, so the network of leaders grows as engagements name them: the
 * chief executive who got in touch may later sponsor the work. Job titles and organisations
 * change over the years; the latest one recorded is kept.
 */
@Entity
@Table(name = "intake_leader")
@NamedQuery(name = Leader.BY_PLACE_AND_NAME_KEY,
        query = "select l from Leader l where l.place = :place and l.nameKey = :nameKey")
@NamedQuery(name = Leader.BY_PLACE, query = "select l from Leader l where l.place = :place order by l.nameKey")
public class Leader {

    static final String BY_PLACE_AND_NAME_KEY = "Leader.byPlaceAndNameKey";
    static final String BY_PLACE = "Leader.byPlace";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id", nullable = false)
    private Place place;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "leader_role", nullable = false, length = 20)
    private LeaderRole role;

    @Column(name = "job_title", nullable = false, length = 200)
    private String jobTitle;

    /** For JPA only. */
    protected Leader() {
    }

    public Leader(Organisation organisation, String name, LeaderRole role, String jobTitle) {
        if (organisation == null || Names.isBlank(name) || role == null || Names.isBlank(jobTitle)) {
            throw new IllegalArgumentException("A leader needs an organisation, a name, a role and a job title");
        }
        this.id = UUID.randomUUID().toString();
        this.place = organisation.place();
        this.organisation = organisation;
        this.name = Names.tidy(name);
        this.nameKey = Names.keyOf(name);
        this.role = role;
        this.jobTitle = Names.tidy(jobTitle);
    }

    /** They now hold this job in this organisation of their place (people move on and get promoted). */
    public void nowHolds(String newJobTitle, Organisation newOrganisation) {
        if (Names.isBlank(newJobTitle) || newOrganisation == null) {
            throw new IllegalArgumentException("A leader needs a job title and an organisation");
        }
        if (!newOrganisation.place().equals(place)) {
            throw new IllegalArgumentException(name + " leads in " + place + ", not in " + newOrganisation.place());
        }
        this.jobTitle = Names.tidy(newJobTitle);
        this.organisation = newOrganisation;
    }

    /** "political" or "managerial", for sentences. */
    static String sideName(LeaderRole side) {
        return side == LeaderRole.POLITICAL ? "political" : "managerial";
    }

    public String id() {
        return id;
    }

    public Place place() {
        return place;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public LeaderRole role() {
        return role;
    }

    public boolean is(LeaderRole side) {
        return role == side;
    }

    public String jobTitle() {
        return jobTitle;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Leader leader && id.equals(leader.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name + ", " + jobTitle;
    }
}
