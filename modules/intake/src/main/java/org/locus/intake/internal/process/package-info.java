/** Intake's side of the engagement process: its task and variable names, and the delegates the BPMN calls by name. */
package org.locus.intake.internal.process;
