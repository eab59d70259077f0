/** Intake's diagram: its process id, task ids and variable names. */
package org.locus.intake.internal.process;
