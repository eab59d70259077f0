package org.locus.web.engagement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.EngagementListing;
import org.locus.intake.api.EngagementResults;
import org.locus.intake.api.EngagementSearch;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.format.GovukFormats;
import org.locus.web.tasklist.Paging;

/**
 * Finding engagements ({@code /engagements/index.xhtml?q=&status=&page=}): every engagement, open or
 * ended, newest first, narrowed by part of a place's name or the start of a reference, and by status.
 * A plain GET form, since it only reads, so a search can be bookmarked and shared.
 */
@Named("engagements")
@RequestScoped
public class EngagementsPage {

    static final int PAGE_SIZE = 20;
    static final String VIEW = "/engagements/index.xhtml";

    private final IntakeService intake;

    private String query;
    private String status;
    private String page;
    private EngagementResults results;
    private Paging paging;

    /** For the CDI proxy only. */
    protected EngagementsPage() {
        this(null);
    }

    @Inject
    EngagementsPage(IntakeService intake) {
        this.intake = intake;
    }

    public void load() {
        query = query == null ? "" : query.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        int requested = Paging.pageNumber(page);
        results = search(Paging.firstIndex(requested, PAGE_SIZE));
        paging = Paging.of(results.total(), PAGE_SIZE, requested);
        if (paging.page() != requested) {
            // Asked for a page past the end: show the last one.
            results = search(paging.first());
        }
    }

    private EngagementResults search(int first) {
        return intake.find(new EngagementSearch(query, statusFilter().orElse(null), first, PAGE_SIZE));
    }

    /** The status asked for; anything that is not a status means every status. */
    Optional<EngagementStatus> statusFilter() {
        return Arrays.stream(EngagementStatus.values()).filter(s -> s.name().equals(status)).findFirst();
    }

    /** The choices of the status filter: label and value, "Any status" first. */
    public List<Map.Entry<String, String>> getStatusChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("Any status", "");
        for (EngagementStatus each : EngagementStatus.values()) {
            choices.put(each.label(), each.name());
        }
        return List.copyOf(choices.entrySet());
    }

    public boolean isSelected(String value) {
        return value.equals(statusFilter().map(Enum::name).orElse(""));
    }

    /** The address of a page of these results, for the pagination. */
    public String pageAddress(int pageNumber) {
        return VIEW + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&status=" + statusFilter().map(Enum::name).orElse("") + "&page=" + pageNumber;
    }

    public boolean isFiltered() {
        return !query.isEmpty() || statusFilter().isPresent();
    }

    public List<EngagementListing> getRows() {
        return results.engagements();
    }

    public String opened(EngagementListing listing) {
        return GovukFormats.date(listing.openedAt());
    }

    public Paging getPaging() {
        return paging;
    }

    public String getQ() {
        return query;
    }

    public void setQ(String q) {
        this.query = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
