/** The roles (which are also the BPMN candidate groups) and the signed-in person. */
package org.locus.platform.api.security;
