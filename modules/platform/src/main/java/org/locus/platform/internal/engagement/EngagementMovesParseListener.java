package org.locus.platform.internal.engagement;

import java.util.Optional;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.locus.platform.api.engagement.EngagementMoved;
import org.locus.platform.api.engagement.EngagementProcess;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;

/**
 * Moves an engagement's stage and status from the map itself: a call activity that names a stage
 * ({@code camunda:property name="stage"}) announces it as it starts, and an end event that names a
 * status ({@code name="status"}) announces how the engagement ended. No stage's code moves either;
 * a new stage is a new call activity with its property.
 */
public class EngagementMovesParseListener extends AbstractBpmnParseListener {

    private final Consumer<EngagementMoved> announce;

    public EngagementMovesParseListener(Consumer<EngagementMoved> announce) {
        this.announce = announce;
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        property(element, EngagementProcess.STAGE_PROPERTY).map(Stage::valueOf).ifPresent(stage ->
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        new EngagementMovesListener(announce, stage, EngagementStatus.OPEN)));
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        property(element, EngagementProcess.STATUS_PROPERTY).map(EngagementStatus::valueOf).ifPresent(status ->
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        new EngagementMovesListener(announce, null, status)));
    }

    /** A {@code camunda:property} of the element's extension elements; a wrong stage or status name fails the deployment. */
    static Optional<String> property(Element element, String name) {
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return Optional.empty();
        }
        Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return Optional.empty();
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(property -> name.equals(property.attribute("name")))
                .map(property -> property.attribute("value"))
                .findFirst();
    }
}
