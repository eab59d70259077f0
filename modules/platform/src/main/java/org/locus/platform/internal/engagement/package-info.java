/** How the map moves an engagement's stage and status: listeners the platform adds to the map's call activities and end events. */
package org.locus.platform.internal.engagement;
