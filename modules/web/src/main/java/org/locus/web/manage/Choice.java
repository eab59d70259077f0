package org.locus.web.manage;

/** One option of a filter's select: what it says and the value it sends. */
public record Choice(String label, String value) {
}
