/** The diagrams, progress, timeline and heat read from the engine's repository and history. */
package org.locus.platform.internal.diagram;
