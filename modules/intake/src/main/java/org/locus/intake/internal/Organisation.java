package org.locus.intake.internal;

import org.locus.platform.api.text.Names;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One body within a place: the council, an NHS trust, the police, a charity. Names are unique
 * within their place, so the same council named in two enquiries is one organisation.
 */
@Entity
@Table(name = "intake_organisation")
@NamedQuery(name = Organisation.BY_PLACE_AND_NAME_KEY,
        query = "select o from Organisation o where o.place = :place and o.nameKey = :nameKey")
public class Organisation {

    static final String BY_PLACE_AND_NAME_KEY = "Organisation.byPlaceAndNameKey";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id", nullable = false)
    private Place place;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    /** For JPA only. */
    protected Organisation() {
    }

    public Organisation(Place place, String name) {
        if (place == null || Names.isBlank(name)) {
            throw new IllegalArgumentException("An organisation needs a place and a name");
        }
        this.id = UUID.randomUUID().toString();
        this.place = place;
        this.name = Names.tidy(name);
        this.nameKey = Names.keyOf(name);
    }

    public String id() {
        return id;
    }

    public Place place() {
        return place;
    }

    public String name() {
        return name;
    }

    public boolean isNamed(String otherName) {
        return nameKey.equals(Names.keyOf(otherName));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation organisation && id.equals(organisation.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
