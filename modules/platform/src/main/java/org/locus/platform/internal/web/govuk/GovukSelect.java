package org.locus.platform.internal.web.govuk;

import java.util.ArrayList;
import java.util.List;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;

/**
 * GOV.UK select ({@code govukSelect}); attributes: label, hint, items. While nothing is chosen the
 * first option is an empty "Select an option", so that no item is chosen for someone by default.
 */
@FacesComponent(value = GovukSelect.TYPE, createTag = true, tagName = "select", namespace = GovukField.NAMESPACE)
public class GovukSelect extends GovukSingleChoice {

    public static final String TYPE = "org.locus.govuk.Select";

    @Override
    String markup(FacesContext context, GovukMarkup.Field field) {
        List<GovukMarkup.Choice> options = choices();
        if (options.stream().noneMatch(GovukMarkup.Choice::checked)) {
            List<GovukMarkup.Choice> withEmpty = new ArrayList<>(options.size() + 1);
            withEmpty.add(new GovukMarkup.Choice("", "Select an option", true));
            withEmpty.addAll(options);
            options = withEmpty;
        }
        return GovukMarkup.select(field, options);
    }
}
