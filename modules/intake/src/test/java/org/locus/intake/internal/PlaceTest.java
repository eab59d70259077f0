package org.locus.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.locus.intake.api.LeaderRole;

/** Places, organisations and leaders are known by name, whatever the case or spacing typed. */
class PlaceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void knowsAPlaceByItsNameWhateverTheCaseOrSpacing() {
        Place place = new Place("  North   Shire ", NOW);

        assertThat(place.name()).isEqualTo("North Shire");
        assertThat(place.isNamed("north shire")).isTrue();
        assertThat(place.isNamed("NORTH  SHIRE")).isTrue();
        assertThat(place.isNamed("Northshire")).isFalse();
        assertThat(Place.keyOf(" NORTH\tShire ")).isEqualTo("north shire");
    }

    @Test
    void needsAName() {
        assertThatThrownBy(() -> new Place(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsALeadersLatestJobAndOrganisationInTheSamePlace() {
        Place place = new Place("Northshire", NOW);
        Organisation council = new Organisation(place, "Northshire County Council");
        Organisation nhs = new Organisation(place, "NHS Northshire");
        Leader leader = new Leader(council, "Jo Bloggs", LeaderRole.MANAGERIAL, "Director of children's services");

        leader.nowHolds("Chief executive", nhs);

        assertThat(leader.jobTitle()).isEqualTo("Chief executive");
        assertThat(leader.organisation()).isEqualTo(nhs);
        assertThat(leader.place()).isEqualTo(place);
        assertThat(leader.is(LeaderRole.MANAGERIAL)).isTrue();
    }

    @Test
    void refusesToMoveALeaderToAnOrganisationOfAnotherPlace() {
        Place northshire = new Place("Northshire", NOW);
        Leader leader = new Leader(new Organisation(northshire, "Northshire County Council"), "Jo Bloggs",
                LeaderRole.MANAGERIAL, "Chief executive");
        Organisation elsewhere = new Organisation(new Place("Southshire", NOW), "Southshire Council");

        assertThatThrownBy(() -> leader.nowHolds("Chief executive", elsewhere))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
