package org.locus.diagnostic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.locus.diagnostic.api.InterviewKind;
import org.locus.diagnostic.api.InterviewView;
import org.locus.platform.api.record.Recorded;

/**
 * One interview or observation held in an engagement's diagnostic. Made by
 * {@link Diagnostic#recordInterview}, which checks it against the plan and the team; never changed
 * afterwards. Kept in rows of its own, so that the enablers recording theirs at the same time do
 * not wait for each other.
 */
@Entity
@Table(name = "diagnostic_interview")
@NamedQuery(name = Interview.OF_ENGAGEMENT,
        query = "select i from Interview i where i.engagementId = :engagementId order by i.heldOn, i.id")
public class Interview {

    static final String OF_ENGAGEMENT = "Interview.ofEngagement";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "engagement_id", nullable = false, length = 36)
    private String engagementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private InterviewKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "held_until")
    private LocalDate heldUntil;

    @Column(name = "interviewer", nullable = false, length = 100)
    private String interviewer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "diagnostic_interview_participant", joinColumns = @JoinColumn(name = "interview_id"))
    @Column(name = "participant_name", length = 200)
    @OrderColumn(name = "list_index")
    private List<String> participants = new ArrayList<>();

    @Column(name = "notes", nullable = false, length = 4000)
    private String notes;

    @Embedded
    private Recorded recorded;

    /** For JPA only. */
    protected Interview() {
    }

    Interview(String engagementId, InterviewKind kind, LocalDate heldOn, LocalDate heldUntil, String interviewer,
              List<String> participants, String notes, Recorded recorded) {
        this.id = UUID.randomUUID().toString();
        this.engagementId = engagementId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.heldUntil = heldUntil;
        this.interviewer = interviewer;
        this.participants = new ArrayList<>(participants);
        this.notes = notes.strip();
        this.recorded = recorded;
    }

    boolean isRecordedBy(String userId) {
        return recorded.by().equals(userId);
    }

    InterviewView view() {
        return new InterviewView(id, kind, heldOn, heldUntil, interviewer, participants, notes, recorded.by(), recorded.at());
    }
}
