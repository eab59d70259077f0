/**
 * The process diagrams as managers see them: a diagram's XML, where one engagement stands on its map and in
 * each stage, its task timeline, and the time spent on each activity of a process (heat).
 */
package org.locus.platform.api.diagram;
