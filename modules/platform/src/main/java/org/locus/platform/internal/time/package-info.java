/** Where the time comes from. */
package org.locus.platform.internal.time;
