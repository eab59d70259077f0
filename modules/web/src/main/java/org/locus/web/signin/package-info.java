/** Signing in on the login page, and where a person goes next. */
package org.locus.web.signin;
