/** The tasklist: my tasks and my groups' tasks, a page at a time, with claim and unclaim. */
package org.locus.web.tasklist;
