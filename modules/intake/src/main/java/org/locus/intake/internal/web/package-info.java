/** The backing beans of intake's Faces pages: the first-contact form and the forms of its six user tasks. */
package org.locus.intake.internal.web;
