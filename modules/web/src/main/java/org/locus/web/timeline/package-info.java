/** The auditors' timeline of an engagement: everything that happened to it, filtered by kind and person, a page at a time. */
package org.locus.web.timeline;
