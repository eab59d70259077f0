/**
 * An engagement's timeline for auditors and managers: everything that happened to it, from the engine's history and
 * Locus's own records, one {@link org.locus.platform.api.timeline.TimelineSource} per kind of record.
 */
package org.locus.platform.api.timeline;
