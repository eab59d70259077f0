/** The diagnostic's own REST resources: what it knows about an engagement, and the leaders a plan may choose from. */
package org.locus.diagnostic.internal.rest;
