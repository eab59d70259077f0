/** What the tests' API clients send and read: JSON through JSON-P, shared by the container and browser tests. */
package org.locus.app.client;
