package org.locus.diagnostic.internal;

import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.locus.diagnostic.api.FindingTag;
import org.locus.diagnostic.api.FindingView;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.record.Recorded;

/**
 * One finding of the diagnostic, with exactly one tag and perhaps a theme. Made by
 * {@link Diagnostic#recordFinding}; numbered in the order recorded, so that findings saved in one
 * request keep their order. A revision may withdraw it: it is then no longer played back or read by
 * other modules, but stays in the record.
 */
@Entity
@Table(name = "diagnostic_finding")
@NamedQuery(name = Finding.OF_ENGAGEMENT,
        query = "select f from Finding f where f.engagementId = :engagementId order by f.number")
public class Finding {

    static final String OF_ENGAGEMENT = "Finding.ofEngagement";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "engagement_id", nullable = false, length = 36)
    private String engagementId;

    @Column(name = "finding_number", nullable = false)
    private int number;

    @Column(name = "finding_text", nullable = false, length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "tag", nullable = false, length = 20)
    private FindingTag tag;

    @Column(name = "theme", length = 100)
    private String theme;

    @Embedded
    private Recorded recorded;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "withdrawn_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "withdrawn_at"))
    private Recorded withdrawn;

    /** For JPA only. */
    protected Finding() {
    }

    Finding(String engagementId, int number, String text, FindingTag tag, String theme, Recorded recorded) {
        this.id = UUID.randomUUID().toString();
        this.engagementId = engagementId;
        this.number = number;
        this.text = text.strip();
        this.tag = tag;
        this.theme = NameKey.isBlank(theme) ? null : NameKey.tidy(theme);
        this.recorded = recorded;
    }

    /**
     * Takes the finding out of the findings played back, as a revision asked; it stays in the record.
     *
     * @throws ConflictException if it is withdrawn already
     */
    void withdraw(Recorded recorded) {
        if (isWithdrawn()) {
            throw new ConflictException("This finding was withdrawn already, by " + withdrawn.by() + ".");
        }
        this.withdrawn = recorded;
    }

    boolean isWithdrawn() {
        return withdrawn != null;
    }

    String id() {
        return id;
    }

    FindingView view() {
        return new FindingView(id, text, tag, theme, recorded.by(), recorded.at());
    }
}
