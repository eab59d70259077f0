package org.locus.app.demo;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.locus.intake.api.EngagementSearch;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.workflow.WorkflowStarted;

/**
 * Gives a newcomer something to look at: when Locus starts in the {@code demo} profile on a database with
 * no engagements, it makes the demo engagements ({@link DemoScript}). Never in any other profile, and
 * never on a database that has engagements already, so a restart adds nothing.
 */
@ApplicationScoped
class DemoEngagements {

    static final String DEMO_PROFILE = "demo";

    private static final Logger LOG = Logger.getLogger(DemoEngagements.class.getName());

    private final IntakeService intake;
    private final DemoScript script;
    private final String profile;

    /** For the CDI proxy only. */
    protected DemoEngagements() {
        this(null, null, null);
    }

    @Inject
    DemoEngagements(IntakeService intake, DemoScript script,
                    @ConfigProperty(name = "locus.profile", defaultValue = "production") String profile) {
        this.intake = intake;
        this.script = script;
        this.profile = profile;
    }

    void onStart(@Observes WorkflowStarted started) {
        if (!wanted(profile, intake.find(new EngagementSearch("", null, 0, 1)).total())) {
            return;
        }
        try {
            int made = script.play();
            LOG.info(() -> "Demo profile: made " + made + " demo engagements for the demo users");
        } catch (RuntimeException e) {
            // Another node of the same database may have made them at the same moment; Locus runs either way.
            LOG.log(Level.WARNING, "Demo profile: the demo engagements were not made", e);
        }
    }

    /** Demo data only in the demo profile, and only on a database with no engagement at all. */
    static boolean wanted(String profile, long engagements) {
        return DEMO_PROFILE.equals(profile) && engagements == 0;
    }
}
