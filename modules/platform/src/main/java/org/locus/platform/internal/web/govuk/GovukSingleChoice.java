package org.locus.platform.internal.web.govuk;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;

/** One choice out of several (radios, select): the value is the chosen item itself, or null for none. */
abstract class GovukSingleChoice extends GovukField {

    @Override
    Object submittedFrom(Map<String, String> parameters, Map<String, String[]> parameterValues, String name) {
        // Nothing chosen sends nothing: "" still lets the value be updated (to null).
        String value = parameters.get(name);
        return value == null ? "" : value;
    }

    @Override
    protected Object getConvertedValue(FacesContext context, Object submitted) {
        if (submitted == null || "".equals(submitted)) {
            return null;
        }
        return ChoiceItems.valueFor(items(), submitted.toString())
                .orElseThrow(() -> new ConverterException(error("Select one of the options")));
    }

    Map<String, Object> items() {
        return ChoiceItems.of(getAttributes().get("items"));
    }

    List<GovukMarkup.Choice> choices() {
        Object submitted = getSubmittedValue();
        Set<String> chosen = submitted != null ? Set.of(submitted.toString()) : ChoiceItems.keysOf(getValue());
        return items().entrySet().stream()
                .map(item -> {
                    String key = ChoiceItems.key(item.getValue());
                    return new GovukMarkup.Choice(key, item.getKey(), chosen.contains(key));
                })
                .toList();
    }
}
