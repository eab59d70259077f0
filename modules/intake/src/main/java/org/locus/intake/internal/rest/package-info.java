/** Intake's REST resources under {@code /api}: logging a first contact and checking a place. */
package org.locus.intake.internal.rest;
