/** The diagnostic's process: its names, and the bean the diagram asks who its tasks are for. */
package org.locus.diagnostic.internal.process;
