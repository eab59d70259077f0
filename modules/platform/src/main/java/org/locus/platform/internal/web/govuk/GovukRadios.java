package org.locus.platform.internal.web.govuk;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;

/** GOV.UK radios ({@code govukRadios}) in a fieldset; attributes: label (the legend), hint, items, inline. */
@FacesComponent(value = GovukRadios.TYPE, createTag = true, tagName = "radios", namespace = GovukField.NAMESPACE)
public class GovukRadios extends GovukSingleChoice {

    public static final String TYPE = "org.locus.govuk.Radios";

    @Override
    String markup(FacesContext context, GovukMarkup.Field field) {
        Object inline = getAttributes().get("inline");
        return GovukMarkup.radios(field, choices(), Boolean.TRUE.equals(inline) || "true".equals(inline));
    }
}
