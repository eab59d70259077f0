package org.locus.intake.api;

import jakarta.validation.Valid;

/**
 * The scoping conversation names the sponsors. Either may be saved alone (the engagement stays
 * flagged); the scoping task completes only with both.
 */
public record Scoping(@Valid SponsorDetails politicalSponsor, @Valid SponsorDetails managerialSponsor) {

    public boolean hasBothSponsors() {
        return politicalSponsor != null && managerialSponsor != null;
    }
}
