/** Readiness: the server takes work only when the database answers and the engine runs. */
package org.locus.platform.internal.health;
