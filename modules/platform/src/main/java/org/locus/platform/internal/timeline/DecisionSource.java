package org.locus.platform.internal.timeline;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineEntry.Detail;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineSource;

/**
 * Every DMN decision taken for the engagement, with its inputs and outputs under the labels of the decision table
 * ({@code HistoricDecisionInstance}). The engine's query has no business-key filter, so a native query finds the
 * engagement's decisions and a second reads them with their inputs and outputs (which the engine fetches for all
 * of them at once): a fixed number of queries. Whether a person followed or overruled the recommendation, and why,
 * is in the values of the form that confirms it, next in the timeline.
 */
@ApplicationScoped
class DecisionSource implements TimelineSource {

    private static final String DECISIONS_OF_ENGAGEMENT = "select D.* from ACT_HI_DECINST D"
            + " join ACT_HI_PROCINST P on P.PROC_INST_ID_ = D.PROC_INST_ID_"
            + " where P.BUSINESS_KEY_ = #{engagementId}";

    private final HistoryService history;

    /** For the CDI proxy only. */
    protected DecisionSource() {
        this(null);
    }

    @Inject
    DecisionSource(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
        String[] ids = history.createNativeHistoricDecisionInstanceQuery().sql(DECISIONS_OF_ENGAGEMENT)
                .parameter("engagementId", engagement.engagementId()).list().stream()
                .map(HistoricDecisionInstance::getId).toArray(String[]::new);
        if (ids.length == 0) {
            return List.of();
        }
        return history.createHistoricDecisionInstanceQuery().decisionInstanceIdIn(ids).includeInputs().includeOutputs()
                .disableBinaryFetching().list().stream().map(DecisionSource::entry).toList();
    }

    static TimelineEntry entry(HistoricDecisionInstance decision) {
        List<Detail> details = new ArrayList<>();
        for (HistoricDecisionInputInstance input : decision.getInputs()) {
            details.add(new Detail("Input: " + input.getClauseName(), text(input.getValue())));
        }
        for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
            details.add(new Detail("Output: " + (output.getClauseName() == null ? output.getVariableName() : output.getClauseName()),
                    text(output.getValue())));
        }
        String name = decision.getDecisionDefinitionName() == null ? decision.getDecisionDefinitionKey() : decision.getDecisionDefinitionName();
        return new TimelineEntry(decision.getEvaluationTime().toInstant(), TimelineKind.DECISION, decision.getUserId(),
                "Decision \u201c" + name + "\u201d taken", details);
    }

    private static String text(Object value) {
        if (value == null) {
            return "(none)";
        }
        return value instanceof Boolean answer ? GovukFormats.yesNo(answer) : value.toString();
    }
}
