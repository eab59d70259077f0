/** The managers' pages under /manage/: the overview of every engagement, and the workload and overdue work. */
package org.locus.web.manage;
