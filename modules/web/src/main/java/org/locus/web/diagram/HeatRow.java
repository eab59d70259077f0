package org.locus.web.diagram;

import org.locus.platform.api.diagram.ActivityHeat;

/** An activity's figures as the process view's table shows them, with its heat level (-1: no time to show). */
public record HeatRow(String activityId, String name, long open, long finished, String mean, String p90, int level) {

    static HeatRow of(ActivityHeat heat, HeatScale scale) {
        return new HeatRow(heat.activityId(), heat.name(), heat.open(), heat.finished(), TimeSpent.text(heat.mean()),
                TimeSpent.text(heat.p90()), scale.level(heat.mean()));
    }

    /** "3 of 5", for the table (the colour alone says nothing to a screen reader). */
    public String levelText() {
        return level < 0 ? "" : (level + 1) + " of " + HeatScale.LEVELS;
    }
}
