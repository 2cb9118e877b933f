package org.sourcelight.model;

/**
 * What an attribution reports of its source: words the source said or wrote, or a view the writer gives the source:
 * what it believes, wants, expects or knows, the side it takes ("endorsed Clinton", "opposes the deal") or what it
 * refuses ("declined to comment"), as the writer puts it. Both have a source; only a statement gives the source's
 * own words.
 */
public enum MentionKind {
    /** "said", "told", "wrote", "announced", "according to": the source's words, quoted or reported. */
    STATEMENT("said"),
    /**
     * "believes", "wants", "expects", "hopes", "knows", "endorsed", "opposes", "declined to": the writer's account of
     * what the source thinks, wants or stands for.
     */
    BELIEF("view or intention");

    private final String label;

    MentionKind(String label) { this.label = label; }

    /** Plain words for the panel: "said", "view or intention". */
    public String label() { return label; }
}
