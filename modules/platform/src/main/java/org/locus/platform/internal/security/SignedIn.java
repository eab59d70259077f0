package org.locus.platform.internal.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the form, kept in the HTTP session (serializable, so any node can read it). */
record SignedIn(String id, Set<String> groups) implements Serializable {

    static final String SESSION_ATTRIBUTE = "org.locus.signedIn";

    SignedIn {
        groups = Set.copyOf(groups);
    }
}
