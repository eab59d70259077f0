/** What managers do to unstick an engagement's work: reassign a task, suspend and resume, withdraw, retry a failed step. */
package org.locus.platform.api.control;
