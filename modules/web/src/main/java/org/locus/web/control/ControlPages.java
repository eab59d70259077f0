package org.locus.web.control;

import jakarta.faces.context.FacesContext;

/** What the control pages share: the confirmation banner after a change, and the way back to the engagement. */
final class ControlPages {

    static final String CONFIRMATION = "confirmation";

    private ControlPages() {
    }

    /** Puts the banner's text in the flash and returns the outcome that redirects to {@code view}. */
    static String confirmAndGo(String confirmation, String view) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(CONFIRMATION, confirmation);
        return view + (view.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    static String engagementView(String engagementId) {
        return "/engagements/view.xhtml?id=" + engagementId;
    }

    static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
