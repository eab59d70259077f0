/** The small workflow API through which modules see the engagement process: start, task queries, claim, complete. */
package org.locus.platform.api.workflow;
