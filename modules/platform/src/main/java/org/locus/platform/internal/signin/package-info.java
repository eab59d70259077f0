/** Sign-in throttling: failed sign-ins counted per account and per client address, in the database every node shares. */
package org.locus.platform.internal.signin;
