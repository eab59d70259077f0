/** The embedded Camunda engine: built at start on the container's JTA transaction manager, data source and managed threads. */
package org.locus.platform.internal.engine;
