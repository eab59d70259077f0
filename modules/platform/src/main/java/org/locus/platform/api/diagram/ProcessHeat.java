package org.locus.platform.api.diagram;

import java.time.Instant;
import java.util.List;

/**
 * The heat of one process over a period ({@code from} inclusive, {@code to} exclusive): for each activity of the
 * diagram that has open tasks or finished in the period, in the diagram's order.
 */
public record ProcessHeat(ProcessDiagram diagram, Instant from, Instant to, List<ActivityHeat> activities) {

    public ProcessHeat {
        activities = List.copyOf(activities);
    }
}
