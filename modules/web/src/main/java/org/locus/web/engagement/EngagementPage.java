package org.locus.web.engagement;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.workflow.Workflow;

/**
 * An engagement's summary ({@code /engagements/view.xhtml?id=...}): everything intake knows, section
 * by section, and its open tasks. Read-only for everyone; an unknown id is a 404.
 */
@Named("engagement")
@RequestScoped
public class EngagementPage {

    private final IntakeService intake;
    private final DiagnosticService diagnostic;
    private final Workflow workflow;
    private final PeopleDirectory people;
    private final Caller caller;
    private final Clock clock;

    private String id;
    private EngagementSummary summary;
    private List<Section> sections = List.of();
    private List<OpenTask> openTasks = List.of();

    /** For the CDI proxy only. */
    protected EngagementPage() {
        this(null, null, null, null, null, null);
    }

    @Inject
    EngagementPage(IntakeService intake, DiagnosticService diagnostic, Workflow workflow, PeopleDirectory people, Caller caller,
                   Clock clock) {
        this.intake = intake;
        this.diagnostic = diagnostic;
        this.workflow = workflow;
        this.people = people;
        this.caller = caller;
        this.clock = clock;
    }

    public void load() throws IOException {
        Optional<EngagementSummary> found = id == null || id.isBlank() ? Optional.empty() : intake.summary(id.strip());
        if (found.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "There is no such engagement");
            context.responseComplete();
            return;
        }
        summary = found.get();
        sections = Stream.concat(EngagementSections.of(summary, this::personName).stream(),
                DiagnosticSections.of(diagnostic.summary(summary.id()), this::personName).stream()).toList();
        CurrentUser user = caller.current();
        boolean worksOnTasks = user.isIn(Roles.STAFF) || user.isIn(Roles.MANAGER);
        Instant now = clock.instant();
        openTasks = workflow.openTasksOf(summary.id()).stream()
                .map(task -> OpenTask.of(task, worksOnTasks && (user.isInAnyOf(task.candidateGroups())
                        || user.id().equals(task.assignee())), now))
                .toList();
    }

    private String personName(String userId) {
        return people.find(userId).map(person -> person.displayName() + " (" + person.id() + ")").orElse(userId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EngagementSummary getSummary() {
        return summary;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<OpenTask> getOpenTasks() {
        return openTasks;
    }
}
