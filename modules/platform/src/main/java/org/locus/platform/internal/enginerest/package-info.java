/** Camunda's own REST API at {@code /engine-rest}, for admins: its resources registered by Locus on the platform's engine, one JTA transaction a call. */
package org.locus.platform.internal.enginerest;
