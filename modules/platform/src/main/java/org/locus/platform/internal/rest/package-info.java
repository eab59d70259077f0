/** Turns every error a REST call can end in into RFC 9457 problem details, and never into a stack trace. */
package org.locus.platform.internal.rest;
