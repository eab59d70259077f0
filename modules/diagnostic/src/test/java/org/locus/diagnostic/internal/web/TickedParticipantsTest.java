package org.locus.diagnostic.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.PlanBalance;

class TickedParticipantsTest {

    private static final Participant LEADER = new Participant("Cllr Ada Hale", ParticipantGroup.POLITICAL,
            "Leader of the council", "Northshire Council");
    private static final Participant NHS_CHIEF = new Participant("Dr Kim Lowe", ParticipantGroup.PARTNER,
            "Chief executive", "Northshire NHS Trust");

    @Test
    void namesEveryoneTickedPoliticalFirstAndCountsEachGroup() {
        TickedParticipants ticked = new TickedParticipants();
        ticked.setPartners(List.of("Dr Kim Lowe"));
        ticked.setPolitical(List.of("Cllr Ada Hale", "Cllr Raj Patel"));
        ticked.setManagerial(null);

        assertThat(ticked.names()).containsExactly("Cllr Ada Hale", "Cllr Raj Patel", "Dr Kim Lowe");
        assertThat(ticked.balance()).isEqualTo(new PlanBalance(2, 0, 1, false, true));
    }

    @Test
    void offersEachGroupItsOwnLeadersWithTheirJobAndOrganisation() {
        assertThat(TickedParticipants.choicesOf(List.of(LEADER, NHS_CHIEF), ParticipantGroup.PARTNER))
                .containsOnlyKeys("Dr Kim Lowe, Chief executive, Northshire NHS Trust")
                .containsValue("Dr Kim Lowe");
        assertThat(TickedParticipants.choicesOf(List.of(LEADER, NHS_CHIEF), ParticipantGroup.MANAGERIAL)).isEmpty();
    }

    @Test
    void showsAnErrorAboutTheParticipantsOnTheFirstGroupThatIsOnThePage() {
        assertThat(TickedParticipants.componentFor(List.of(NHS_CHIEF, LEADER))).isEqualTo("political");
        assertThat(TickedParticipants.componentFor(List.of(NHS_CHIEF))).isEqualTo("partners");
    }
}
