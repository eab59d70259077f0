/** What Locus exposes, found from the built WAR and the running application, and the hostile values its fields receive. */
package org.locus.app.catalogue;
