/** The platform's implementation; no other module may import it. */
package org.locus.platform.internal;
