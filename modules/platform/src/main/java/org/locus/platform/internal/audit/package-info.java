/**
 * How the audit log is kept: appended with JDBC on the one data source under a locked chain head, fed by a
 * default JPA entity listener on every entity of every persistence unit, and verified by recomputing each chain.
 */
package org.locus.platform.internal.audit;
