package org.locus.web.manage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.overview.EngagementOverview;
import org.locus.platform.api.overview.OverviewFlag;
import org.locus.platform.api.overview.OverviewPage;
import org.locus.platform.api.overview.OverviewQuery;
import org.locus.platform.api.overview.OverviewRow;
import org.locus.platform.api.overview.OverviewSort;
import org.locus.platform.api.overview.OverviewTask;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.security.Roles;
import org.locus.web.tasklist.Paging;

/**
 * The managers' overview ({@code /manage/index.xhtml?q=&stage=&status=&lead=&flag=&sort=&page=}): every
 * engagement, running or ended, with its open tasks and flags, 20 a page. A plain GET form, since it only
 * reads, so a view of the work can be bookmarked and shared. A parameter that is not one of the choices
 * means "any" (the API answers it with a 400; a page shows what it can).
 */
@Named("overview")
@RequestScoped
public class ManagerOverviewPage {

    static final int PAGE_SIZE = 20;
    static final String VIEW = "/manage/index.xhtml";

    private final EngagementOverview overview;
    private final PeopleDirectory people;

    private String q;
    private String stage;
    private String status;
    private String lead;
    private String flag;
    private String sort;
    private String page;
    private OverviewPage results;
    private Paging paging;

    /** For the CDI proxy only. */
    protected ManagerOverviewPage() {
        this(null, null);
    }

    @Inject
    ManagerOverviewPage(EngagementOverview overview, PeopleDirectory people) {
        this.overview = overview;
        this.people = people;
    }

    public void load() {
        q = q == null ? "" : q.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        int requested = Paging.pageNumber(page);
        results = find(Paging.firstIndex(requested, PAGE_SIZE));
        paging = Paging.of(results.total(), PAGE_SIZE, requested);
        if (paging.page() != requested) {
            // Asked for a page past the end: show the last one.
            results = find(paging.first());
        }
    }

    private OverviewPage find(int first) {
        return overview.find(new OverviewQuery(q, chosen(Stage.class, stage).orElse(null),
                chosen(EngagementStatus.class, status).orElse(null), leadFilter().orElse(null),
                chosen(OverviewFlag.class, flag).orElse(null), chosen(OverviewSort.class, sort).orElse(OverviewSort.NEWEST),
                first, PAGE_SIZE));
    }

    static <E extends Enum<E>> Optional<E> chosen(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst();
    }

    private Optional<String> leadFilter() {
        return lead == null || lead.isBlank() ? Optional.empty() : Optional.of(lead.strip());
    }

    public List<Choice> getStageChoices() {
        List<Choice> choices = new ArrayList<>(List.of(new Choice("Any stage", "")));
        Arrays.stream(Stage.values()).forEach(s -> choices.add(new Choice(s.label(), s.name())));
        return choices;
    }

    public List<Choice> getStatusChoices() {
        List<Choice> choices = new ArrayList<>(List.of(new Choice("Any status", "")));
        Arrays.stream(EngagementStatus.values()).forEach(s -> choices.add(new Choice(s.label(), s.name())));
        return choices;
    }

    public List<Choice> getFlagChoices() {
        List<Choice> choices = new ArrayList<>(List.of(new Choice("Any or none", "")));
        Arrays.stream(OverviewFlag.values()).forEach(f -> choices.add(new Choice(f.label(), f.name())));
        return choices;
    }

    public List<Choice> getSortChoices() {
        return Arrays.stream(OverviewSort.values()).map(s -> new Choice(s.label(), s.name())).toList();
    }

    /** Leads are staff; anyone else asked for by id is kept, so the filter shows what it filters on. */
    public List<Choice> getLeadChoices() {
        List<Choice> choices = new ArrayList<>(List.of(new Choice("Any lead", "")));
        people.inGroup(Roles.STAFF).stream().sorted(Comparator.comparing(Person::displayName))
                .forEach(p -> choices.add(new Choice(p.displayName(), p.id())));
        leadFilter().filter(id -> choices.stream().noneMatch(c -> c.value().equals(id)))
                .ifPresent(id -> choices.add(new Choice(id, id)));
        return choices;
    }

    public boolean isSelected(String parameter, String value) {
        String current = switch (parameter) {
            case "stage" -> chosen(Stage.class, stage).map(Enum::name).orElse("");
            case "status" -> chosen(EngagementStatus.class, status).map(Enum::name).orElse("");
            case "flag" -> chosen(OverviewFlag.class, flag).map(Enum::name).orElse("");
            case "sort" -> chosen(OverviewSort.class, sort).orElse(OverviewSort.NEWEST).name();
            case "lead" -> leadFilter().orElse("");
            default -> "";
        };
        return current.equals(value);
    }

    /** The address of a page of these results, for the pagination. */
    public String pageAddress(int pageNumber) {
        return VIEW + "?q=" + encoded(q) + "&stage=" + chosen(Stage.class, stage).map(Enum::name).orElse("")
                + "&status=" + chosen(EngagementStatus.class, status).map(Enum::name).orElse("")
                + "&lead=" + encoded(leadFilter().orElse(""))
                + "&flag=" + chosen(OverviewFlag.class, flag).map(Enum::name).orElse("")
                + "&sort=" + chosen(OverviewSort.class, sort).orElse(OverviewSort.NEWEST).name() + "&page=" + pageNumber;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public boolean isFiltered() {
        return !q.isEmpty() || chosen(Stage.class, stage).isPresent() || chosen(EngagementStatus.class, status).isPresent()
                || leadFilter().isPresent() || chosen(OverviewFlag.class, flag).isPresent();
    }

    public List<OverviewRow> getRows() {
        return results.rows();
    }

    public boolean isTotalExact() {
        return results.totalExact();
    }

    public Paging getPaging() {
        return paging;
    }

    public String age(OverviewRow row) {
        return row.ageDays() == 1 ? "1 day" : row.ageDays() + " days";
    }

    public String opened(OverviewRow row) {
        return GovukFormats.date(row.openedAt());
    }

    public String due(OverviewTask task) {
        return task.due() == null ? "" : GovukFormats.date(task.due());
    }

    /** The person's name for a user id, or the id when Locus does not know them. */
    public String nameOf(String userId) {
        return userId == null ? "" : people.find(userId).map(Person::displayName).orElse(userId);
    }

    public List<OverviewFlag> flagsOf(OverviewRow row) {
        return Arrays.stream(OverviewFlag.values()).filter(row::has).toList();
    }

    public String tagClass(OverviewFlag shown) {
        return switch (shown) {
            case OVERDUE, INCIDENT -> "govuk-tag--red";
            case SPONSORS_MISSING -> "govuk-tag--orange";
            case SUSPENDED -> "govuk-tag--grey";
        };
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
