package org.locus.diagnostic.internal;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.record.Writes;

/** The diagnostics kept in the diagnostic's own tables; every method joins the caller's transaction. */
@ApplicationScoped
public class DiagnosticRepository {

    @PersistenceContext(unitName = "diagnostic")
    private EntityManager em;

    public Optional<Diagnostic> find(String engagementId) {
        return engagementId == null ? Optional.empty() : Optional.ofNullable(em.find(Diagnostic.class, engagementId));
    }

    /** The engagement's diagnostic, begun now if this is its first step. */
    public Diagnostic openFor(String engagementId) {
        return find(engagementId).orElseGet(() -> {
            Diagnostic diagnostic = new Diagnostic(engagementId);
            em.persist(diagnostic);
            return diagnostic;
        });
    }

    public void store(Interview interview) {
        em.persist(interview);
    }

    public void store(SurveyReply reply) {
        em.persist(reply);
    }

    public void store(Finding finding) {
        em.persist(finding);
    }

    /** By the date held. */
    public List<Interview> interviewsOf(String engagementId) {
        return em.createNamedQuery(Interview.OF_ENGAGEMENT, Interview.class)
                .setParameter("engagementId", engagementId).getResultList();
    }

    public List<SurveyReply> surveyRepliesOf(String engagementId) {
        return em.createNamedQuery(SurveyReply.OF_ENGAGEMENT, SurveyReply.class)
                .setParameter("engagementId", engagementId).getResultList();
    }

    /** In the order recorded. */
    public List<Finding> findingsOf(String engagementId) {
        return em.createNamedQuery(Finding.OF_ENGAGEMENT, Finding.class)
                .setParameter("engagementId", engagementId).getResultList();
    }

    /**
     * Writes pending changes now, so that a clash with another transaction is a conflict the person
     * can act on rather than a failure after the response is decided.
     *
     * @throws ConflictException if someone else changed the same diagnostic, or saved the same finding number, at the same moment
     */
    public void flush() {
        Writes.now(em, "this diagnostic");
    }
}
