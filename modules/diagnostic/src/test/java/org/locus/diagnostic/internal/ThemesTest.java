package org.locus.diagnostic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.diagnostic.api.FindingTag;
import org.locus.diagnostic.api.FindingView;
import org.locus.diagnostic.api.ThemeFindings;

class ThemesTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void groupsFindingsByThemeInAnyCaseThemesInTheOrderFirstUsedAndFindingsWithoutAThemeLast() {
        FindingView loose = finding("f1", null);
        FindingView ambition = finding("f2", "Shared ambition");
        FindingView trust = finding("f3", "Trust");
        FindingView ambitionAgain = finding("f4", "shared AMBITION");

        List<ThemeFindings> themes = Themes.of(List.of(loose, ambition, trust, ambitionAgain));

        assertThat(themes).extracting(ThemeFindings::theme).containsExactly("Shared ambition", "Trust", null);
        assertThat(themes.get(0).findings()).containsExactly(ambition, ambitionAgain);
        assertThat(themes.get(2).findings()).containsExactly(loose);
    }

    @Test
    void hasNoGroupsWithoutFindings() {
        assertThat(Themes.of(List.of())).isEmpty();
    }

    private static FindingView finding(String id, String theme) {
        return new FindingView(id, "Finding " + id, FindingTag.WHAT_WORKS, theme, "priya", AT);
    }
}
