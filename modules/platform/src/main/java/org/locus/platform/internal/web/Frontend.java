package org.locus.platform.internal.web;

/**
 * Where the front-end webjars put GOV.UK Frontend and MOJ Frontend. The versions are the ones the
 * parent pom names ({@code govuk-frontend.version}, {@code moj-frontend.version}); {@code FrontendTest}
 * fails if they drift apart. The layout links the same paths.
 */
final class Frontend {

    static final String GOVUK = "/webjars/govuk-frontend/5.14.0/dist/govuk";
    static final String GOVUK_STYLESHEET = GOVUK + "/govuk-frontend.min.css";
    static final String MOJ = "/webjars/ministryofjustice__frontend/7.1.0/moj";

    private Frontend() {
    }
}
