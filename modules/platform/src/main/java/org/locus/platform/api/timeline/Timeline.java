package org.locus.platform.api.timeline;

/** An engagement's timeline, for auditors and managers (each method checks the caller's role itself). */
public interface Timeline {

    /**
     * The page of the engagement's timeline the query asks for, oldest first.
     *
     * @throws org.locus.platform.api.error.NotFoundException  if there is no such engagement (404)
     * @throws org.locus.platform.api.error.ForbiddenException if the caller is neither auditor nor manager (403)
     */
    TimelinePage of(String engagementId, TimelineQuery query);
}
