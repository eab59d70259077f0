/** The managers' diagrams: an engagement on its map (live), and a process with its heat. */
package org.locus.web.diagram;
