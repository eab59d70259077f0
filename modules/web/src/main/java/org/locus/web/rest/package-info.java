/** The REST API at /api: the tasklist and engagements over HTTP basic, documented with MicroProfile OpenAPI. */
package org.locus.web.rest;
