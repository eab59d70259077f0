/** The tasklist's own read path: open tasks and their groups in two indexed tables, kept in step with the engine in its transaction. */
package org.locus.platform.internal.tasklist;
