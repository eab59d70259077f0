/**
 * The audit log: every domain change, hash-chained per engagement, appended in the changing transaction; read,
 * verified and exported here.
 */
package org.locus.platform.api.audit;
