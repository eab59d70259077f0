/** Units of work: one JTA transaction for a service's domain rows and the engine's state. */
package org.locus.platform.api.transaction;
