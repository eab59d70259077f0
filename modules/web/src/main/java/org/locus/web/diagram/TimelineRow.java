package org.locus.web.diagram;

import java.util.function.Function;

import org.locus.platform.api.diagram.TaskEvent;
import org.locus.platform.api.format.GovukFormats;

/** A task in the engagement's timeline as the page shows it. */
public record TimelineRow(String taskId, String name, String person, String created, String ended, String outcome, boolean open) {

    static TimelineRow of(TaskEvent event, Function<String, String> personName) {
        String person = event.person() == null
                ? (event.outcome() == TaskEvent.Outcome.OPEN ? "Not claimed" : "")
                : personName.apply(event.person());
        return new TimelineRow(event.taskId(), event.name(), person, GovukFormats.dateTime(event.created()),
                event.ended() == null ? "" : GovukFormats.dateTime(event.ended()), event.outcome().label(),
                event.outcome() == TaskEvent.Outcome.OPEN);
    }
}
