package org.locus.diagnostic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locus.platform.api.text.Names;
import org.locus.diagnostic.api.FindingView;
import org.locus.diagnostic.api.ThemeFindings;

/**
 * Findings grouped by theme: a theme named in any case or spacing is one theme (shown as first
 * named), themes in the order first used, findings without a theme last.
 */
final class Themes {

    private Themes() {
    }

    static List<ThemeFindings> of(List<FindingView> findings) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<FindingView>> grouped = new LinkedHashMap<>();
        List<FindingView> withoutTheme = new ArrayList<>();
        for (FindingView finding : findings) {
            if (Names.isBlank(finding.theme())) {
                withoutTheme.add(finding);
            } else {
                String key = Names.keyOf(finding.theme());
                names.putIfAbsent(key, finding.theme());
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
            }
        }
        List<ThemeFindings> themes = new ArrayList<>();
        grouped.forEach((key, ofTheme) -> themes.add(new ThemeFindings(names.get(key), ofTheme)));
        if (!withoutTheme.isEmpty()) {
            themes.add(new ThemeFindings(null, withoutTheme));
        }
        return themes;
    }
}
