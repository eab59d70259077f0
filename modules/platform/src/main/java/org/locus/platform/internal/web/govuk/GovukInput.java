package org.locus.platform.internal.web.govuk;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;

/** GOV.UK text input ({@code govukInput}); attributes: label, hint, type, width, autocomplete, inputmode. */
@FacesComponent(value = GovukInput.TYPE, createTag = true, tagName = "input", namespace = GovukField.NAMESPACE)
public class GovukInput extends GovukTextField {

    public static final String TYPE = "org.locus.govuk.Input";

    @Override
    boolean keepsWhitespace() {
        return isPassword();
    }

    @Override
    String markup(FacesContext context, GovukMarkup.Field field) {
        // A password is never sent back to the browser.
        String value = isPassword() ? null : displayValue(context);
        return GovukMarkup.input(field, attribute("type"), value, attribute("width"), attribute("autocomplete"),
                attribute("inputmode"));
    }

    private boolean isPassword() {
        return "password".equals(attribute("type"));
    }
}
