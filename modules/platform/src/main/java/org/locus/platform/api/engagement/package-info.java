/** What every stage shares about an engagement: the map's names, its stage and status, and its headline. */
package org.locus.platform.api.engagement;
