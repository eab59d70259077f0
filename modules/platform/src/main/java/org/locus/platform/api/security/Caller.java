package org.locus.platform.api.security;

/**
 * Who is making the current request. Safe to inject anywhere: it asks the container each time,
 * so an application-scoped bean never keeps one person's identity for the next.
 */
public interface Caller {

    CurrentUser current();
}
