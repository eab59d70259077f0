package org.locus.platform.api.record;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who did something and when: the pair every recorded step keeps. An entity embeds it once per
 * step and names its columns with {@code @AttributeOverride}, such as {@code assessed_by} and
 * {@code assessed_at}.
 */
@Embeddable
public class Recorded implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "recorded_by", length = 100)
    private String by;

    @Column(name = "recorded_at")
    private Instant at;

    /** For JPA only. */
    protected Recorded() {
    }

    private Recorded(String by, Instant at) {
        this.by = Objects.requireNonNull(by, "by");
        this.at = Objects.requireNonNull(at, "at");
    }

    public static Recorded of(String by, Instant at) {
        return new Recorded(by, at);
    }

    /** The user id of who did it. */
    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Recorded that && Objects.equals(by, that.by) && Objects.equals(at, that.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(by, at);
    }

    @Override
    public String toString() {
        return by + " at " + at;
    }
}
