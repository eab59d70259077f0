/** How the diagnostic keeps its record of an engagement: entities, their rules, the repository and the service. */
package org.locus.diagnostic.internal;
