/** The managers' overview: its table kept in step in the engine's transaction, its queries, and its rebuild at start. */
package org.locus.platform.internal.overview;
