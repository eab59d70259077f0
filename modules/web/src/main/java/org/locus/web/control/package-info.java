/** Managers' control pages: incidents and retry, reassign a task, suspend or resume, withdraw. */
package org.locus.web.control;
