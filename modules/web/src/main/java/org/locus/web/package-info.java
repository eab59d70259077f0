/** The web shell: sign-in, home, the tasklist, engagement pages and the REST resources that span modules; it uses only the modules' api packages. */
package org.locus.web;
