package org.locus.platform.internal.web.govuk;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PostValidateEvent;
import jakarta.faces.event.PreValidateEvent;

/**
 * A GOV.UK form field as one Faces input: it reads its own request parameters, converts them, and
 * writes the whole form group (label or legend, hint, error message, controls) in the error state
 * whenever a message is queued for its client id. It has no renderer: the markup comes from
 * {@link GovukMarkup}, so it is the same markup the tests compare with GOV.UK's fixtures.
 *
 * <p>Each one sits inside a composite component of the {@code govuk} library with the id
 * {@code field}; the composite passes its attributes down.
 */
abstract class GovukField extends UIInput {

    static final String NAMESPACE = "urn:locus:govuk";

    GovukField() {
        setRendererType(null);
    }

    /** What the browser sent for this field, kept as the submitted value until it is converted. */
    abstract Object submittedFrom(Map<String, String> parameters, Map<String, String[]> parameterValues, String name);

    /** The markup of the whole field. */
    abstract String markup(FacesContext context, GovukMarkup.Field field);

    @Override
    public void decode(FacesContext context) {
        // Each send is read afresh: a field that was wrong last time is judged on what is sent now (as UIInput.decode does).
        setValid(true);
        var external = context.getExternalContext();
        setSubmittedValue(submittedFrom(external.getRequestParameterMap(),
                external.getRequestParameterValuesMap(), getClientId(context)));
    }

    /**
     * As {@link UIInput#processValidators}, but a field that could not be read does not end the
     * request: the form's other errors can then be found too. Whether the button's action still runs
     * is decided by {@code AllErrorsActionListener}; the field keeps what was typed and its message.
     */
    @Override
    public void processValidators(FacesContext context) {
        if (!isRendered()) {
            return;
        }
        pushComponentToEL(context, this);
        try {
            if (!isImmediate()) {
                context.getApplication().publishEvent(context, PreValidateEvent.class, getClass(), this);
                try {
                    validate(context);
                } finally {
                    context.getApplication().publishEvent(context, PostValidateEvent.class, getClass(), this);
                }
                if (!isValid()) {
                    context.validationFailed();
                }
            }
        } finally {
            popComponentFromEL(context);
        }
    }

    /**
     * As {@link UIInput#processUpdates}, but a field that could not be read is simply left out (the
     * bean keeps its earlier value) instead of ending the request; a model that refuses a value that
     * could be read still ends it, as in Faces.
     */
    @Override
    public void processUpdates(FacesContext context) {
        if (!isRendered() || !isValid()) {
            return;
        }
        pushComponentToEL(context, this);
        try {
            updateModel(context);
            if (!isValid()) {
                context.renderResponse();
            }
        } catch (RuntimeException e) {
            context.renderResponse();
            throw e;
        } finally {
            popComponentFromEL(context);
        }
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        if (isRendered()) {
            String clientId = getClientId(context);
            GovukMarkup.Field field = new GovukMarkup.Field(clientId, clientId, attribute("label"),
                    attribute("hint"), errorMessage(context));
            context.getResponseWriter().write(markup(context, field));
        }
        // Without a renderer the base class only takes this component off the EL stack.
        super.encodeEnd(context);
    }

    String attribute(String name) {
        Object value = getAttributes().get(name);
        return value == null ? null : value.toString();
    }

    /**
     * The expression the page author bound to the composite's {@code value}, such as
     * {@code #{form.enablerDays}}: its type says what to convert to, which the composite's own
     * {@code #{cc.attrs.value}} may not.
     */
    Class<?> valueType(FacesContext context) {
        UIComponent composite = UIComponent.getCompositeComponentParent(this);
        ValueExpression bound = composite == null ? null : composite.getValueExpression("value");
        if (bound == null) {
            bound = getValueExpression("value");
        }
        if (bound == null) {
            return null;
        }
        try {
            return bound.getType(context.getELContext());
        } catch (RuntimeException unresolvable) {
            return null;
        }
    }

    static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    private String errorMessage(FacesContext context) {
        Iterator<FacesMessage> messages = context.getMessages(getClientId(context));
        if (!messages.hasNext()) {
            return null;
        }
        FacesMessage first = messages.next();
        return first.getSummary() != null ? first.getSummary() : first.getDetail();
    }
}
