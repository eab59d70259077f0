/** What other modules may use of intake: the service, and the records it takes and gives. */
package org.locus.intake.api;
