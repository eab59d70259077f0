/**
 * The audit log for people and clients: the verify page and API, and one engagement's audit trail as JSON and CSV.
 */
package org.locus.web.audit;
