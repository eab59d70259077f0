/** Camunda's REST API at /engine-rest: its answers held to Camunda's own OpenAPI document. */
package org.locus.app.enginerest;
