/** The web shell's plumbing: front-end assets from the webjars, the system-font stylesheet, and signing out. */
package org.locus.platform.internal.web;
