/** Who may sign in and how: users from configuration, form sign-in for people, HTTP basic for API clients. */
package org.locus.platform.internal.security;
