/** How a unit of work rolls back a refusal without an FFDC incident. */
package org.locus.platform.internal.transaction;
