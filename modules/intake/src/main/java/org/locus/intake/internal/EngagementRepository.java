package org.locus.intake.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.locus.platform.api.text.Names;
import org.locus.platform.api.record.Writes;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.intake.api.EngagementListing;
import org.locus.intake.api.EngagementResults;
import org.locus.intake.api.EngagementSearch;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.NotFoundException;

/** The engagements intake keeps, in its own tables; every method joins the caller's transaction. */
@ApplicationScoped
public class EngagementRepository {

    /** Reference years follow the calendar of the people who use them. */
    private static final ZoneId REFERENCE_ZONE = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "intake")
    private EntityManager em;

    public Optional<Engagement> find(String engagementId) {
        return engagementId == null ? Optional.empty() : Optional.ofNullable(em.find(Engagement.class, engagementId));
    }

    /**
     * @throws NotFoundException if there is no engagement with this id
     */
    public Engagement get(String engagementId) {
        return find(engagementId).orElseThrow(() -> new NotFoundException("There is no engagement " + engagementId + "."));
    }

    public void store(Engagement engagement) {
        em.persist(engagement);
    }

    /**
     * The next human reference, such as {@code ENG-2026-0042}: the year it was opened and a number
     * from a database sequence, so two nodes never hand out the same one. Numbers run on across
     * years rather than starting again each January, which keeps them unique without a lock.
     */
    public String nextReference(Instant openedAt) {
        long number = ((Number) em.createNamedQuery(Engagement.NEXT_NUMBER).getSingleResult()).longValue();
        return String.format("ENG-%d-%04d", openedAt.atZone(REFERENCE_ZONE).getYear(), number);
    }

    /** The headlines of these engagements in one query; unknown ids are left out. */
    public List<EngagementHeadline> headlines(Collection<String> engagementIds) {
        if (engagementIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Engagement.HEADLINES, Object[].class)
                .setParameter("ids", List.copyOf(engagementIds))
                .getResultList().stream()
                .map(EngagementRepository::headline)
                .toList();
    }

    /** The open engagements of a place, oldest first. */
    public List<EngagementHeadline> openHeadlinesOf(Place place) {
        return em.createNamedQuery(Engagement.HEADLINES_OF_PLACE, Object[].class)
                .setParameter("place", place)
                .setParameter("status", EngagementStatus.OPEN)
                .getResultList().stream()
                .map(EngagementRepository::headline)
                .toList();
    }

    /**
     * Every engagement, open or ended, whose place's name contains the text or whose reference starts
     * with it (in any case), with the given status if one is given; newest first. Two queries: the
     * page and the count.
     */
    public EngagementResults find(EngagementSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!Names.isBlank(search.text())) {
            String key = likeEscaped(Names.keyOf(search.text()));
            conditions.add("(p.nameKey like :place escape '!' or lower(e.reference) like :reference escape '!')");
            parameters.put("place", "%" + key + "%");
            parameters.put("reference", key + "%");
        }
        if (search.status() != null) {
            conditions.add("e.status = :status");
            parameters.put("status", search.status());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Object[]> page = em.createQuery("""
                select e.id, e.reference, p.name, e.stage, e.status, ps.id, ms.id, e.lead, e.opened.at
                from Engagement e join e.place p left join e.politicalSponsor ps left join e.managerialSponsor ms"""
                + where + " order by e.opened.at desc, e.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(e) from Engagement e join e.place p" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<EngagementListing> listings = page.setFirstResult(search.first()).setMaxResults(search.size())
                .getResultList().stream()
                .map(row -> new EngagementListing(headline(row), (Instant) row[8]))
                .toList();
        return new EngagementResults(listings, count.getSingleResult());
    }

    /** The text with LIKE's wildcards taken literally ('!' is the escape character of the queries above). */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * Writes pending changes now, so that a clash with another transaction is reported as a
     * conflict the person can act on, rather than as a failure after the response is decided.
     *
     * @throws ConflictException if someone else changed or created the same thing at the same moment
     */
    public void flush() {
        Writes.now(em, "this engagement");
    }

    private static EngagementHeadline headline(Object[] row) {
        return new EngagementHeadline((String) row[0], (String) row[1], (String) row[2], (Stage) row[3],
                (EngagementStatus) row[4], row[5] == null || row[6] == null, (String) row[7]);
    }
}
