package org.locus.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Numbers as people type them into the agreement form, and money as the approval page shows it. */
class TypedNumbersTest {

    @Test
    void readsAmountsWithAPoundSignAndThousandsSeparators() throws Exception {
        assertThat(TypedNumbers.poundsAndPence(" \u00a312,500.50 ")).contains(new BigDecimal("12500.50"));
        assertThat(TypedNumbers.poundsAndPence("12500")).contains(new BigDecimal("12500"));
        assertThat(TypedNumbers.poundsAndPence("  ")).isEmpty();
        assertThat(TypedNumbers.poundsAndPence(null)).isEmpty();
    }

    @Test
    void readsANegativeAmountSoThatTheAgreementsOwnRuleCanRefuseIt() {
        // "Budget must be 0 or more" (the constraint) says more than "must be an amount in pounds".
        assertThat(TypedNumbers.poundsAndPence("-500")).contains(new BigDecimal("-500"));
    }

    @Test
    void refusesAmountsThatAreNotPoundsAndPence() {
        assertThatThrownBy(() -> TypedNumbers.poundsAndPence("twelve thousand")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> TypedNumbers.poundsAndPence("12.500.50")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void readsWholeNumbersAndRefusesFractions() throws Exception {
        assertThat(TypedNumbers.wholeNumber(" 1,000 ")).contains(1000);
        assertThat(TypedNumbers.wholeNumber("")).isEmpty();
        assertThatThrownBy(() -> TypedNumbers.wholeNumber("2.5")).isInstanceOf(NumberFormatException.class);
    }
}
