/** Container tests: the real WAR on the real Liberty server, against H2 or PostgreSQL. */
package org.locus.app.container;
