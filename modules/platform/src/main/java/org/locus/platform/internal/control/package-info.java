/** Managers' control over an engagement's work on the engine (reassign, suspend, resume, withdraw, incidents), and its record. */
package org.locus.platform.internal.control;
