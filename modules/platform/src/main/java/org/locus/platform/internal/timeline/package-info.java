/**
 * The timeline: {@code TimelineAssembler} asks every {@code TimelineSource} once, merges, filters and pages in memory;
 * one source a kind of record, each reading its records of an engagement in a fixed number of queries.
 */
package org.locus.platform.internal.timeline;
