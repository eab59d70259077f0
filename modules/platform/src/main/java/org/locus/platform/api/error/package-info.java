/** Errors a module raises when a request cannot be done; the web layer turns each into a clear answer (400, 403, 404, 409). */
package org.locus.platform.api.error;
