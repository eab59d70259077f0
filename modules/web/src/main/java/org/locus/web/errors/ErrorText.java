package org.locus.web.errors;

import org.locus.platform.api.web.RefusedRequest;

/**
 * What a person (or an API client) is told for each error status: one heading and one piece of advice,
 * the same words on the GOV.UK page, on the plain page and in the problem details, and never anything of
 * the failure itself.
 *
 * @param heading the page's heading and the problem's title
 * @param advice  what to do about it, the problem's detail
 * @param page    the GOV.UK error page for people, or null for the plain page only
 */
record ErrorText(String heading, String advice, String page) {

    static final String NOT_FOUND_PAGE = "/errors/not-found.xhtml";
    static final String FORBIDDEN_PAGE = "/errors/forbidden.xhtml";
    static final String BAD_REQUEST_PAGE = "/errors/bad-request.xhtml";
    static final String PROBLEM_PAGE = "/errors/problem.xhtml";

    static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    /**
     * A form (or an API call) refused by the platform's cross-site check, or sent without its state: the words of
     * the expired-form page, which a person can act on. Problem details say the same to API clients.
     */
    static ErrorText refused(RefusedRequest reason) {
        return switch (reason) {
            case CROSS_SITE -> new ErrorText("This form has expired or came from another site",
                    "Nothing was saved. Go back to the page in Locus, reload it and try again. API clients send no Origin of another site.",
                    EXPIRED_PAGE);
            case NO_FORM_STATE -> new ErrorText("This form has expired or came from another site",
                    "Nothing was saved. Go back to the page in Locus, reload it and try again.", EXPIRED_PAGE);
        };
    }

    static ErrorText forStatus(int status) {
        return switch (status) {
            case 401 -> new ErrorText("Sign in to Locus",
                    "Sign in first. API clients send their user id and password with HTTP basic authentication.", null);
            case 403 -> new ErrorText("You cannot see this page",
                    "Your account does not give you access to this.", FORBIDDEN_PAGE);
            case 404, 410 -> new ErrorText("Page not found",
                    "There is nothing at this address. Check the address is correct.", NOT_FOUND_PAGE);
            case 405, 501 -> new ErrorText("Locus cannot answer this request",
                    "This address does not accept that kind of request.", BAD_REQUEST_PAGE);
            case 406 -> new ErrorText("Locus cannot answer this request",
                    "Locus cannot answer in the format asked for.", BAD_REQUEST_PAGE);
            case 413, 414, 431 -> new ErrorText("Locus cannot answer this request",
                    "The request, its address or its headers are longer than Locus accepts.", BAD_REQUEST_PAGE);
            case 415 -> new ErrorText("Locus cannot answer this request",
                    "Locus cannot read what was sent in that format.", BAD_REQUEST_PAGE);
            case 503 -> new ErrorText("Sorry, the service is unavailable",
                    "Locus is not available at the moment. Try again later.", null);
            default -> status >= 500
                    ? new ErrorText("Sorry, there is a problem with the service",
                            "Try again later. If you were saving something, it may not have been saved.", PROBLEM_PAGE)
                    : new ErrorText("Locus cannot answer this request",
                            "Check the web address, or what was sent, and try again.", BAD_REQUEST_PAGE);
        };
    }

    /** RFC 9457 problem details with the same words. Written by hand: nothing here needs a JSON provider. */
    String asProblemJson(int status) {
        return "{\"type\":\"about:blank\",\"title\":\"" + heading + "\",\"status\":" + status
                + ",\"detail\":\"" + advice + "\"}";
    }
}
