package org.locus.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngagementRepositoryTest {

    @Test
    void takesLikeWildcardsInSearchTextLiterally() {
        assertThat(EngagementRepository.likeEscaped("50%_off!")).isEqualTo("50!%!_off!!");
        assertThat(EngagementRepository.likeEscaped("north shire")).isEqualTo("north shire");
    }
}
