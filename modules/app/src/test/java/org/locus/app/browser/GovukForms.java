package org.locus.app.browser;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Filling GOV.UK form patterns as a person does: by the question's words, not by ids. */
final class GovukForms {

    private GovukForms() {
    }

    /** Checks the radio or checkbox labelled exactly {@code choice} in the fieldset of {@code question}. */
    static void answer(Page page, String question, String choice) {
        group(page, question).getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    static void answer(Page page, String question, Pattern choice) {
        group(page, question).getByLabel(choice).check();
    }

    /** Types a GOV.UK date input's three parts, as typed (so a wrong date can be typed too). */
    static void fillDate(Page page, String question, String day, String month, String year) {
        Locator date = group(page, question);
        date.getByLabel("Day").fill(day);
        date.getByLabel("Month").fill(month);
        date.getByLabel("Year").fill(year);
    }

    static void fillDate(Page page, String question, LocalDate date) {
        fillDate(page, question, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    private static Locator group(Page page, String question) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question));
    }
}
