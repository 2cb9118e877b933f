package org.sourcelight.model;

/**
 * What an attribution reports of its source: words the source said or wrote, or what the source believes, wants,
 * plans, expects or knows as the writer puts it ("Trump thinks that ...", "is expected to"). Both have a source;
 * only a statement gives the source's own words.
 */
public enum MentionKind {
    /** "said", "told", "wrote", "announced", "according to": the source's words, quoted or reported. */
    STATEMENT("said"),
    /** "believes", "wants", "plans", "expects", "hopes", "knows": the writer's account of what the source thinks. */
    BELIEF("belief or intention");

    private final String label;

    MentionKind(String label) { this.label = label; }

    /** Plain words for the panel: "said", "belief or intention". */
    public String label() { return label; }
}
