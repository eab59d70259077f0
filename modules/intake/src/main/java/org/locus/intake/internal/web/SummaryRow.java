package org.locus.intake.internal.web;

import java.io.Serializable;

/** One row of a GOV.UK summary list: what an earlier task decided, shown on a later task's form. */
public final class SummaryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;

    SummaryRow(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }
}
