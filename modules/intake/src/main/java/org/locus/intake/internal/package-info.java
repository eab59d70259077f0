/** How intake keeps its promises: the entities, their tables, and the service that drives the engagement process. */
package org.locus.intake.internal;
