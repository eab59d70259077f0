package org.locus.platform.internal.web.govuk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;

/**
 * GOV.UK error summary ({@code govukErrorSummary}) of every message queued in this request:
 * messages for no field first, as text, then each field's as a link to it, in the order the fields
 * appear on the page. Writes nothing when there are no messages.
 */
@FacesComponent(value = GovukErrorSummary.TYPE, createTag = true, tagName = "errorSummary", namespace = GovukField.NAMESPACE)
public class GovukErrorSummary extends UIComponentBase {

    public static final String TYPE = "org.locus.govuk.ErrorSummary";

    public GovukErrorSummary() {
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return "org.locus.govuk";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        if (isRendered()) {
            context.getResponseWriter().write(GovukMarkup.errorSummary(errors(context)));
        }
        super.encodeEnd(context);
    }

    private static List<GovukMarkup.ErrorLink> errors(FacesContext context) {
        List<String> withMessages = new ArrayList<>();
        context.getClientIdsWithMessages().forEachRemaining(withMessages::add);
        if (withMessages.isEmpty()) {
            return List.of();
        }
        List<String> pageOrder = new ArrayList<>();
        collectClientIds(context, context.getViewRoot(), pageOrder);
        List<GovukMarkup.ErrorLink> errors = new ArrayList<>();
        for (String clientId : ErrorOrder.sort(withMessages, pageOrder)) {
            Iterator<FacesMessage> messages = context.getMessages(clientId);
            while (messages.hasNext()) {
                FacesMessage message = messages.next();
                String text = message.getSummary() != null ? message.getSummary() : message.getDetail();
                errors.add(new GovukMarkup.ErrorLink(text, clientId == null ? null : "#" + clientId));
            }
        }
        return errors;
    }

    private static void collectClientIds(FacesContext context, UIComponent component, List<String> ids) {
        if (component == null) {
            return;
        }
        if (component.getId() != null) {
            ids.add(component.getClientId(context));
        }
        Iterator<UIComponent> children = component.getFacetsAndChildren();
        while (children.hasNext()) {
            collectClientIds(context, children.next(), ids);
        }
    }
}
