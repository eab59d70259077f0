package org.locus.platform.internal.web.govuk;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;

/** GOV.UK text input ({@code govukInput}); attributes: label, hint, type, width, autocomplete, inputmode, suggestions. */
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
                attribute("inputmode"), suggestions());
    }

    private List<String> suggestions() {
        Object suggestions = getAttributes().get("suggestions");
        if (!(suggestions instanceof Collection<?> values)) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::valueOf).distinct().toList();
    }

    private boolean isPassword() {
        return "password".equals(attribute("type"));
    }
}
