package org.locus.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A task form's labels, read from its page: the one place they are written. */
class FormLabelsTest {

    private static final String PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                            xmlns:govuk="jakarta.faces.composite/govuk" template="/layout/task-form.xhtml">
                <ui:define name="fields">
                    <govuk:radios id="decision" legend="Do you approve the agreement?" items="#{form.choices}"/>
                    <govuk:textarea id="returnReason" label="Why are you returning it?" value="#{form.reason}"/>
                    <govuk:input id="computed" label="#{form.label}" value="#{form.x}"/>
                    <fieldset class="govuk-fieldset">
                        <legend class="govuk-fieldset__legend"><h2 class="govuk-fieldset__heading">Political sponsor</h2></legend>
                        <govuk:input id="politicalName" label="Name"/>
                    </fieldset>
                    <govuk:input id="after" label="After the fieldset"/>
                    <govuk:button id="submit" value="Save and continue"/>
                </ui:define>
            </ui:composition>""";

    @Test
    void readsEachComponentsLabelOrLegendWithItsFieldsetsLegend() throws Exception {
        Map<String, String> labels = FormLabels.labels(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));

        assertThat(labels).containsOnly(
                Map.entry("decision", "Do you approve the agreement?"),
                Map.entry("returnReason", "Why are you returning it?"),
                Map.entry("politicalName", "Political sponsor: Name"),
                Map.entry("after", "After the fieldset"));
    }

    @Test
    void findsTheLabelsOfARealFormOnTheClassPath() {
        FormLabels labels = new FormLabels();

        assertThat(labels.label("layout/no-such-form.xhtml", "decision")).isEmpty();
        assertThat(labels.labelOfField(null, null, "approved")).isEmpty();
    }
}
