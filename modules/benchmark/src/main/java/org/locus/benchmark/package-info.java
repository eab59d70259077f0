/**
 * The Locus benchmark: a program, run by hand, that starts Locus on PostgreSQL, seeds it (through the
 * benchmark's bulk path, {@code POST /api/benchmark/seed} of modules/benchmark-app, or over HTTP as real
 * API clients would), and measures the tasklist, task completions (against the bare Camunda engine in the
 * same run), heap and start time. See {@code docs/performance.md}.
 */
package org.locus.benchmark;
