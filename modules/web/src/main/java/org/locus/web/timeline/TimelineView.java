package org.locus.web.timeline;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.timeline.Timeline;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelinePage;
import org.locus.platform.api.timeline.TimelineQuery;
import org.locus.web.tasklist.Paging;

/**
 * An engagement's timeline ({@code /manage/timeline.xhtml?id=...&kind=...&person=...&page=...}), for auditors and
 * managers (the {@code /manage} pages' roles): oldest first, filtered by a GET form so every view has its own
 * address to cite, with GOV.UK pagination. Staff are not offered it: they see their engagements' tasks in the
 * tasklist and on the engagement page already, and the timeline carries every person's values and managers' reasons.
 * An unknown engagement is a 404, a filter that is not one of those offered a 400.
 */
@Named("timeline")
@RequestScoped
public class TimelineView {

    static final String VIEW = "/manage/timeline.xhtml";
    static final int PAGE_SIZE = 20;

    private final Timeline timeline;
    private final EngagementDirectory engagements;
    private final PeopleDirectory people;

    private String id;
    private String kind;
    private String person;
    private String page;
    private EngagementHeadline headline;
    private TimelinePage shown;
    private List<TimelineItem> items = List.of();
    private Paging paging;

    /** For the CDI proxy only. */
    protected TimelineView() {
        this(null, null, null);
    }

    @Inject
    TimelineView(Timeline timeline, EngagementDirectory engagements, PeopleDirectory people) {
        this.timeline = timeline;
        this.engagements = engagements;
        this.people = people;
    }

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        headline = id == null || id.isBlank() ? null : engagements.headline(id.strip()).orElse(null);
        if (headline == null) {
            refuse(context, HttpServletResponse.SC_NOT_FOUND, "There is no such engagement");
            return;
        }
        try {
            shown = timeline.of(headline.engagementId(), new TimelineQuery(TimelineKind.parse("kind", kind),
                    blankToNull(person), Paging.pageNumber(page), PAGE_SIZE));
        } catch (InvalidRequestException e) {
            refuse(context, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (NotFoundException e) {
            refuse(context, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        items = shown.entries().stream().map(entry -> new TimelineItem(entry.title(), entry.kind().label(),
                entry.person() == null ? null : nameOf(entry.person()), entry.at(), entry.details())).toList();
        paging = Paging.of(shown.total(), PAGE_SIZE, shown.page());
    }

    private static void refuse(FacesContext context, int status, String message) throws IOException {
        context.getExternalContext().responseSendError(status, message);
        context.responseComplete();
    }

    private String nameOf(String userId) {
        return people.find(userId).map(Person::displayName).map(name -> name + " (" + userId + ")").orElse(userId);
    }

    /** Kind filter choices: value to label, "" for every kind. */
    public Map<String, String> getKindChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "Every kind");
        for (TimelineKind each : TimelineKind.values()) {
            choices.put(each.name(), each.label());
        }
        return choices;
    }

    /** Person filter choices: everyone who did something in the engagement, "" for everyone. */
    public Map<String, String> getPersonChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "Everyone");
        shown.people().forEach(userId -> choices.put(userId, nameOf(userId)));
        return choices;
    }

    public boolean isKindSelected(String value) {
        return value.equals(kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isPersonSelected(String value) {
        return value.equals(person == null ? "" : person.strip());
    }

    public boolean isFiltered() {
        return blankToNull(kind) != null || blankToNull(person) != null;
    }

    public String pageAddress(int pageNumber) {
        return VIEW + "?id=" + encode(headline.engagementId()) + "&kind=" + encode(kind) + "&person=" + encode(person)
                + "&page=" + pageNumber;
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public EngagementHeadline getHeadline() {
        return headline;
    }

    public List<TimelineItem> getItems() {
        return items;
    }

    public Paging getPaging() {
        return paging;
    }
}
