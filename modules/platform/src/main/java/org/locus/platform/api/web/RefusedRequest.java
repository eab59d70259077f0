package org.locus.platform.api.web;

/**
 * Why the platform refused a request that would change something before any page or resource saw it. The
 * refusing filter puts the reason in the request attribute {@link #ATTRIBUTE} and answers 403; the error
 * page reads it to tell the person what happened instead of "you cannot see this page".
 */
public enum RefusedRequest {

    /** Sent from a page of another site (its Origin, Sec-Fetch-Site or Referer says so). */
    CROSS_SITE,

    /** A form post to a page without the form's state (Faces' view state), which every form of Locus sends. */
    NO_FORM_STATE;

    public static final String ATTRIBUTE = "org.locus.platform.refusedRequest";
}
