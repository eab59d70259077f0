package org.locus.platform.api.workflow;

/** Which tasks a tasklist shows. */
public enum TaskScope {
    /** Tasks the person has claimed. */
    MINE,
    /** Unclaimed tasks offered to one of the person's groups. */
    MY_GROUPS
}
