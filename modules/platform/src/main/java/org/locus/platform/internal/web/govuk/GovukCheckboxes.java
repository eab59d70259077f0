package org.locus.platform.internal.web.govuk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;

/**
 * GOV.UK checkboxes ({@code govukCheckboxes}) in a fieldset; attributes: label (the legend), hint,
 * items. The value is a list of the chosen items' values, in the items' order (empty for none).
 */
@FacesComponent(value = GovukCheckboxes.TYPE, createTag = true, tagName = "checkboxes", namespace = GovukField.NAMESPACE)
public class GovukCheckboxes extends GovukField {

    public static final String TYPE = "org.locus.govuk.Checkboxes";

    @Override
    Object submittedFrom(Map<String, String> parameters, Map<String, String[]> parameterValues, String name) {
        // No box ticked sends nothing: an empty array still updates the value (to an empty list).
        String[] values = parameterValues.get(name);
        return values == null ? new String[0] : values;
    }

    @Override
    protected Object getConvertedValue(FacesContext context, Object submitted) {
        if (!(submitted instanceof String[] keys)) {
            return submitted;
        }
        return ChoiceItems.valuesFor(ChoiceItems.of(getAttributes().get("items")), Arrays.asList(keys))
                .map(ArrayList::new)
                .orElseThrow(() -> new ConverterException(error("Select from the options shown")));
    }

    @Override
    String markup(FacesContext context, GovukMarkup.Field field) {
        Object submitted = getSubmittedValue();
        Set<String> chosen = submitted instanceof String[] keys
                ? new HashSet<>(Arrays.asList(keys)) : ChoiceItems.keysOf(getValue());
        List<GovukMarkup.Choice> items = ChoiceItems.of(getAttributes().get("items")).entrySet().stream()
                .map(item -> {
                    String key = ChoiceItems.key(item.getValue());
                    return new GovukMarkup.Choice(key, item.getKey(), chosen.contains(key));
                })
                .toList();
        return GovukMarkup.checkboxes(field, items);
    }
}
