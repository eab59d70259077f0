package org.locus.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.locus.platform.api.text.Names;
import org.locus.intake.api.LeaderRole;

/**
 * The places, organisations and leaders intake has met. Names are matched whatever their case
 * and spacing, so the directory grows without duplicates as engagements name the same people.
 */
@ApplicationScoped
public class PlaceDirectory {

    @PersistenceContext(unitName = "intake")
    private EntityManager em;

    public Optional<Place> placeNamed(String name) {
        return em.createNamedQuery(Place.BY_NAME_KEY, Place.class)
                .setParameter("nameKey", Place.keyOf(name))
                .getResultStream().findFirst();
    }

    /** The place of this name, added if it is new. */
    public Place place(String name, Instant now) {
        return placeNamed(name).orElseGet(() -> {
            Place place = new Place(name, now);
            em.persist(place);
            return place;
        });
    }

    /** The organisation of this name in the place, added if it is new. */
    public Organisation organisation(Place place, String name) {
        return em.createNamedQuery(Organisation.BY_PLACE_AND_NAME_KEY, Organisation.class)
                .setParameter("place", place)
                .setParameter("nameKey", Names.keyOf(name))
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Organisation organisation = new Organisation(place, name);
                    em.persist(organisation);
                    return organisation;
                });
    }

    public Optional<Leader> leaderNamed(Place place, String name) {
        return em.createNamedQuery(Leader.BY_PLACE_AND_NAME_KEY, Leader.class)
                .setParameter("place", place)
                .setParameter("nameKey", Names.keyOf(name))
                .getResultStream().findFirst();
    }

    /** Every leader known in the place, by name. */
    public List<Leader> leadersOf(Place place) {
        return em.createNamedQuery(Leader.BY_PLACE, Leader.class).setParameter("place", place).getResultList();
    }

    /** A new leader, in the organisation's place. */
    public Leader addLeader(Organisation organisation, String name, LeaderRole role, String jobTitle) {
        Leader leader = new Leader(organisation, name, role, jobTitle);
        em.persist(leader);
        return leader;
    }
}
