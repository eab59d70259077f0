package org.locus.platform.internal.web.govuk;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;

/** GOV.UK textarea ({@code govukTextarea}); attributes: label, hint, rows (5 unless given). */
@FacesComponent(value = GovukTextarea.TYPE, createTag = true, tagName = "textarea", namespace = GovukField.NAMESPACE)
public class GovukTextarea extends GovukTextField {

    public static final String TYPE = "org.locus.govuk.Textarea";

    @Override
    String markup(FacesContext context, GovukMarkup.Field field) {
        return GovukMarkup.textarea(field, displayValue(context), rows());
    }

    private int rows() {
        String rows = attribute("rows");
        try {
            return rows == null || rows.isBlank() ? 5 : Math.max(1, Integer.parseInt(rows.strip()));
        } catch (NumberFormatException e) {
            return 5;
        }
    }
}
