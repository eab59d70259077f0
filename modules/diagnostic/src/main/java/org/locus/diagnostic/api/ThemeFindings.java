package org.locus.diagnostic.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The findings of one theme, in the order they were recorded; findings with no theme form a group of their own. */
@Schema(name = "DiagnosticTheme", description = "The findings of one theme, in the order recorded; the group without a theme has no name",
        requiredProperties = {"findings"})
public record ThemeFindings(
        @Schema(description = "The theme's name; left out for findings with no theme", nullable = true, example = "Shared ambition") String theme,
        @Schema(description = "Its findings") List<FindingView> findings) {

    public ThemeFindings {
        findings = List.copyOf(findings);
    }
}
