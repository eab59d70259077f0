package org.locus.diagnostic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.map;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.intake.api.KnownLeader;
import org.locus.intake.api.LeaderRole;
import org.locus.platform.api.error.InvalidRequestException;

/** Which group each of a place's leaders speaks for, and choosing participants among them. */
class PlaceLeadersTest {

    private static final KnownLeader COUNCIL_LEADER = new KnownLeader("Cllr Ada Hale", LeaderRole.POLITICAL,
            "Leader of the council", "Northshire Council", true);
    private static final KnownLeader CHIEF_EXECUTIVE = new KnownLeader("Ben Ortiz", LeaderRole.MANAGERIAL,
            "Chief executive", "Northshire Council", false);
    private static final KnownLeader NHS_CHIEF = new KnownLeader("Dr Kim Lowe", LeaderRole.MANAGERIAL,
            "Chief executive", "Northshire NHS Trust", false);

    private final PlaceLeaders northshire = new PlaceLeaders("Northshire", List.of(COUNCIL_LEADER, CHIEF_EXECUTIVE, NHS_CHIEF));

    @Test
    void putsPoliticalLeadersInThePoliticalTopTeam() {
        assertThat(northshire.named("Cllr Ada Hale")).map(Participant::group).contains(ParticipantGroup.POLITICAL);
    }

    @Test
    void putsManagersOfTheCouncilInTheManagerialTopTeamAndManagersOfOtherOrganisationsWithThePartners() {
        assertThat(northshire.offered()).extracting(Participant::name, Participant::group).containsExactly(
                tuple("Cllr Ada Hale", ParticipantGroup.POLITICAL),
                tuple("Ben Ortiz", ParticipantGroup.MANAGERIAL),
                tuple("Dr Kim Lowe", ParticipantGroup.PARTNER));
    }

    @Test
    void knowsTheCouncilWhateverTheCaseOrSpacingOfItsName() {
        KnownLeader director = new KnownLeader("Jo Park", LeaderRole.MANAGERIAL, "Strategic director",
                "  northshire   council ", false);

        assertThat(PlaceLeaders.groupOf(director, Set.of("northshire council"))).isEqualTo(ParticipantGroup.MANAGERIAL);
    }

    @Test
    void countsEveryManagerAsTheManagerialTopTeamWhileNoPoliticalLeaderIsKnown() {
        PlaceLeaders managersOnly = new PlaceLeaders("Northshire", List.of(CHIEF_EXECUTIVE, NHS_CHIEF));

        assertThat(managersOnly.offered()).extracting(Participant::group)
                .containsOnly(ParticipantGroup.MANAGERIAL);
    }

    @Test
    void choosesLeadersByNameInAnyCaseOrSpacingEachOnce() {
        List<Participant> chosen = northshire.chosen(List.of(" ben  ortiz", "Cllr Ada Hale", "BEN ORTIZ"));

        assertThat(chosen).extracting(Participant::name).containsExactly("Ben Ortiz", "Cllr Ada Hale");
        assertThat(chosen.get(0).organisation()).isEqualTo("Northshire Council");
    }

    @Test
    void refusesParticipantsWhoAreNotLeadersOfThePlaceNamingEach() {
        assertThatThrownBy(() -> northshire.chosen(List.of("Cllr Ada Hale", "Max Moe", "Southshire's leader")))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys("participants")
                .hasEntrySatisfying("participants", message -> assertThat(message)
                        .contains("leaders of Northshire", "Max Moe, Southshire's leader are not one of them"));
    }
}
