package org.locus.platform.internal.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.locus.platform.internal.web.govuk.GovukMarkup.DatePart;

class DateEntryTest {

    private static final String SUBJECT = "Date the political sponsor signed off";

    @Test
    void readsARealDate() {
        assertThat(DateEntry.read("7", "3", "2026", SUBJECT).date()).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void readsLeadingZerosAndSpaces() {
        assertThat(DateEntry.read(" 07 ", "03", " 2026", SUBJECT).date()).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void readsAMonthByNameOrShortName() {
        assertThat(DateEntry.read("27", "November", "2026", SUBJECT).date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(DateEntry.read("27", "nov", "2026", SUBJECT).date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(DateEntry.read("1", "Sep", "2026", SUBJECT).date()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void leftBlankIsNoDateAndNoError() {
        DateEntry entry = DateEntry.read("", " ", null, SUBJECT);

        assertThat(entry.date()).isNull();
        assertThat(entry.isWrong()).isFalse();
    }

    @Test
    void namesTheMissingPart() {
        DateEntry entry = DateEntry.read("27", "", "2026", SUBJECT);

        assertThat(entry.problem()).isEqualTo("Date the political sponsor signed off must include a month");
        assertThat(entry.wrong()).containsExactly(DatePart.MONTH);
    }

    @Test
    void namesTwoMissingParts() {
        DateEntry entry = DateEntry.read("", "", "2026", SUBJECT);

        assertThat(entry.problem()).isEqualTo("Date the political sponsor signed off must include a day and month");
        assertThat(entry.wrong()).containsExactlyInAnyOrder(DatePart.DAY, DatePart.MONTH);
    }

    @Test
    void refusesADateThatDoesNotExist() {
        DateEntry entry = DateEntry.read("31", "2", "2026", SUBJECT);

        assertThat(entry.problem()).isEqualTo("Date the political sponsor signed off must be a real date");
        assertThat(entry.wrong()).containsExactlyInAnyOrder(DatePart.values());
    }

    @Test
    void refusesWordsAndMonthsPastTwelve() {
        assertThat(DateEntry.read("first", "3", "2026", SUBJECT).problem()).endsWith("must be a real date");
        assertThat(DateEntry.read("1", "13", "2026", SUBJECT).problem()).endsWith("must be a real date");
    }

    @Test
    void asksForAFourDigitYear() {
        DateEntry entry = DateEntry.read("1", "3", "26", SUBJECT);

        assertThat(entry.problem()).isEqualTo("Year must include 4 numbers");
        assertThat(entry.wrong()).containsExactly(DatePart.YEAR);
    }

    @Test
    void subjectComesFromTheLegendWithoutItsQuestionMark() {
        assertThat(DateEntry.subjectOf(null, "Date of birth?")).isEqualTo("Date of birth");
        assertThat(DateEntry.subjectOf("Sign-off date", "When did they sign off?")).isEqualTo("Sign-off date");
        assertThat(DateEntry.subjectOf(" ", null)).isEqualTo("The date");
    }
}
