/** The managers' overview of every engagement, and the workload and overdue work of people and groups. */
package org.locus.platform.api.overview;
