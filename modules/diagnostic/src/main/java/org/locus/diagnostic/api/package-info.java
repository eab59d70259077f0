/** What other modules may use of the diagnostic: the service, and the records it takes and gives. */
package org.locus.diagnostic.api;
