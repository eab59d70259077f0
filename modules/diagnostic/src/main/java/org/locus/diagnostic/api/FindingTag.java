package org.locus.diagnostic.api;

/** What a finding is about: every finding has exactly one tag. */
public enum FindingTag {
    WHAT_WORKS("What works", "Something to amplify"),
    DISSONANCE("Dissonance", "Where what people say and what happens differ: look for it"),
    CONTESTED_SPACE("Contested space", "Where leaders of the place disagree about who leads or what matters"),
    RELATIONSHIPS("Relationships", "How leaders work with each other, within and across organisations"),
    POLITICS("Politics", "The political dimension of leading the place");

    private final String label;
    private final String hint;

    FindingTag(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    /** What the tag means, in a sentence, for the form's hint. */
    public String hint() {
        return hint;
    }
}
