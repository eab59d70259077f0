package org.locus.platform.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The labels of a task form's fields, read from the form's own page (the single place they are written): each
 * GOV.UK component's {@code label} or {@code legend}, by the component's id, and prefixed with the legend of the
 * fieldset around it where there is one ("Political sponsor: Name"). So the auditors' timeline shows a form's
 * values under the words the person read, and a label changed on the page changes there too.
 *
 * <p>A label written as an expression ({@code #{...}}) is not known without the form's bean; such a component
 * has no label here, and the caller falls back to the field's name in words.
 */
@ApplicationScoped
public class FormLabels {

    static final String GOVUK = "jakarta.faces.composite/govuk";
    private static final String RESOURCES = "META-INF/resources/";

    /** The pages are part of the application, so a form's labels are read once. */
    private final Map<String, Map<String, String>> byForm = new ConcurrentHashMap<>();

    /** The label of a component of the form at {@code formKey} (a task's form key, such as {@code intake/forms/assess-fit.xhtml}). */
    public Optional<String> label(String formKey, String component) {
        if (formKey == null || formKey.isBlank() || component == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(labelsOf(formKey).get(component));
    }

    /** The label of a value kept from a form: its component's, else a component named as the field or its first part. */
    public Optional<String> labelOfField(String formKey, String component, String field) {
        Optional<String> shown = label(formKey, component);
        if (shown.isPresent() || field == null) {
            return shown;
        }
        String candidate = field;
        while (true) {
            Optional<String> named = label(formKey, candidate);
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            if (named.isPresent() || cut <= 0) {
                return named;
            }
            candidate = candidate.substring(0, cut);
        }
    }

    Map<String, String> labelsOf(String formKey) {
        return byForm.computeIfAbsent(formKey.startsWith("/") ? formKey.substring(1) : formKey, this::read);
    }

    private Map<String, String> read(String formKey) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream page = loader == null ? null : loader.getResourceAsStream(RESOURCES + formKey)) {
            return page == null ? Map.of() : labels(page);
        } catch (IOException | XMLStreamException e) {
            // A page that cannot be read has no labels; the values still show, under their names in words.
            return Map.of();
        }
    }

    /** Component id to label, from a Facelets page. */
    static Map<String, String> labels(InputStream page) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = factory.createXMLStreamReader(page);
        Map<String, String> labels = new HashMap<>();
        // The legend of each fieldset we are in ("" until it is read), innermost first.
        Deque<String> fieldsets = new ArrayDeque<>();
        StringBuilder legend = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (GOVUK.equals(xml.getNamespaceURI())) {
                        String id = xml.getAttributeValue(null, "id");
                        String label = firstWritten(xml.getAttributeValue(null, "label"), xml.getAttributeValue(null, "legend"));
                        if (id != null && label != null) {
                            String around = fieldsets.isEmpty() ? "" : fieldsets.peek();
                            labels.put(id, around.isEmpty() ? label : around + ": " + label);
                        }
                    } else if ("fieldset".equals(name)) {
                        fieldsets.push("");
                    } else if ("legend".equals(name) && !fieldsets.isEmpty()) {
                        legend = new StringBuilder();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && legend != null) {
                    legend.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("legend".equals(name) && legend != null) {
                        fieldsets.pop();
                        fieldsets.push(legend.toString().strip().replaceAll("\\s+", " "));
                        legend = null;
                    } else if ("fieldset".equals(name) && !GOVUK.equals(xml.getNamespaceURI()) && !fieldsets.isEmpty()) {
                        fieldsets.pop();
                    }
                }
            }
        } finally {
            xml.close();
        }
        return Map.copyOf(labels);
    }

    private static String firstWritten(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && !candidate.contains("#{") && !candidate.contains("${")) {
                return candidate.strip();
            }
        }
        return null;
    }
}
