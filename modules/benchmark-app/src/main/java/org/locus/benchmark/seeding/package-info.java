/**
 * The benchmark's bulk path for seeding: a resource, {@code POST /api/benchmark/seed}, that opens many
 * engagements through intake's own service and completes their intake tasks with its own commands, a
 * group of engagements per transaction. Only in the benchmark's WAR (modules/benchmark-app), never in
 * the application's.
 */
package org.locus.benchmark.seeding;
