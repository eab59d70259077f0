package org.locus.intake.internal;

import org.locus.platform.api.text.Names;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A council and its partners, known by name. A place is recorded the first time someone from it
 * gets in touch and is reused afterwards, whatever the case or spacing of the name typed.
 */
@Entity
@Table(name = "intake_place")
@NamedQuery(name = Place.BY_NAME_KEY, query = "select p from Place p where p.nameKey = :nameKey")
public class Place {

    static final String BY_NAME_KEY = "Place.byNameKey";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = 200)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA only. */
    protected Place() {
    }

    public Place(String name, Instant createdAt) {
        if (Names.isBlank(name)) {
            throw new IllegalArgumentException("A place needs a name");
        }
        this.id = UUID.randomUUID().toString();
        this.name = Names.tidy(name);
        this.nameKey = Names.keyOf(name);
        this.createdAt = createdAt;
    }

    public static String keyOf(String name) {
        return Names.keyOf(name);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isNamed(String otherName) {
        return nameKey.equals(Names.keyOf(otherName));
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Place place && id.equals(place.id);
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
