package org.locus.diagnostic.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each task form's page and bean agree: the page is on the task form template with its bean, has a
 * GOV.UK component for every field the bean names (so every error lands on a field), and no id twice.
 */
class FormPagesTest {

    private static final String GOVUK = "jakarta.faces.composite/govuk";

    record Form(String page, DiagnosticForm bean, String beanName) {
        @Override
        public String toString() {
            return page;
        }
    }

    static List<Form> forms() {
        return List.of(
                new Form("plan-interviews.xhtml", new PlanInterviewsForm(), "planInterviewsForm"),
                new Form("record-interviews.xhtml", new RecordInterviewsForm(), "recordInterviewsForm"),
                new Form("record-survey.xhtml", new RecordSurveyForm(), "recordSurveyForm"),
                new Form("synthesise-findings.xhtml", new SynthesiseFindingsForm(), "synthesiseFindingsForm"),
                new Form("play-back-findings.xhtml", new PlayBackFindingsForm(), "playBackFindingsForm"));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void hasAComponentForEveryFieldItsBeanNames(Form form) throws Exception {
        Document page = read(form.page());
        List<String> ids = componentIds(page);

        Map<String, String> fields = form.bean().fieldComponents();
        assertThat(fields).isNotEmpty();
        assertThat(ids).containsAll(fields.values());
        assertThat(ids).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void isOnTheTaskFormTemplateWithItsOwnBean(Form form) throws Exception {
        Element root = read(form.page()).getDocumentElement();

        assertThat(root.getAttribute("template")).isEqualTo("/layout/task-form.xhtml");
        NodeList params = root.getElementsByTagNameNS("jakarta.faces.facelets", "param");
        assertThat(((Element) params.item(0)).getAttribute("value")).isEqualTo("#{" + form.beanName() + "}");
        assertThat(form.bean().getClass().getSimpleName()).isEqualToIgnoringCase(form.beanName());
    }

    private static List<String> componentIds(Document page) {
        List<String> ids = new ArrayList<>();
        NodeList all = page.getElementsByTagNameNS(GOVUK, "*");
        for (int i = 0; i < all.getLength(); i++) {
            ids.add(((Element) all.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static Document read(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = FormPagesTest.class.getResourceAsStream("/META-INF/resources/diagnostic/forms/" + page)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
