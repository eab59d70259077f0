package org.locus.platform.internal.rest;

import java.time.Duration;

/**
 * How much a request body may be: at most {@code maxBytes} long, objects and arrays nested at most
 * {@code maxDepth} deep, and all of it arrived within {@code readTime}. Locus's largest body, a first
 * contact, is a few kilobytes two levels deep; the bounds leave room for that and refuse anything
 * that could only be an attack or a broken client.
 */
public record BodyLimits(int maxBytes, int maxDepth, Duration readTime) {

    public BodyLimits {
        if (maxBytes < 1 || maxDepth < 1 || readTime.isNegative() || readTime.isZero()) {
            throw new IllegalArgumentException("Request body limits must be positive: " + maxBytes + " bytes, depth "
                    + maxDepth + ", " + readTime);
        }
    }
}
