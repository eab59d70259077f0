package org.locus.diagnostic.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import org.locus.platform.api.text.Names;
import org.locus.diagnostic.api.PlaybackView;
import org.locus.platform.api.record.Recorded;

/** One playback of the findings to the participants: every one is kept, in order, as the diagnostic's history. */
@Embeddable
public class Playback {

    @Column(name = "played_back_on", nullable = false)
    private LocalDate playedBackOn;

    @Column(name = "validated", nullable = false)
    private boolean validated;

    @Column(name = "revisions", length = 4000)
    private String revisions;

    @Embedded
    private Recorded recorded;

    /** For JPA only. */
    protected Playback() {
    }

    Playback(LocalDate playedBackOn, boolean validated, String revisions, Recorded recorded) {
        this.playedBackOn = playedBackOn;
        this.validated = validated;
        this.revisions = validated || Names.isBlank(revisions) ? null : revisions.strip();
        this.recorded = recorded;
    }

    LocalDate playedBackOn() {
        return playedBackOn;
    }

    PlaybackView view() {
        return new PlaybackView(playedBackOn, validated, revisions, recorded.by(), recorded.at());
    }
}
