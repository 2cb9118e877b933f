package org.sourcelight.model;

/** How a duplicated passage was classified. */
public enum DuplicateKind {
    /** The same words in the same order (case, punctuation and quote marks aside). */
    EXACT("exact", "Exact copy", true),
    /** The same passage with words changed, added, dropped or moved. */
    NEAR("near", "Near copy", true),
    /** The site's or outlet's template (footers, widgets, standard lines): not part of the story. */
    BOILERPLATE("boilerplate", "Boilerplate", false),
    /** A quotation both articles print: the speaker's words, not one outlet copying the other. */
    SAME_QUOTE("same-quote", "Same quote", false);

    private final String code;
    private final String label;
    private final boolean copied;

    DuplicateKind(String code, String label, boolean copied) {
        this.code = code;
        this.label = label;
        this.copied = copied;
    }

    public String code() { return code; }

    public String label() { return label; }

    /**
     * True for the kinds that count as "copied passages" on library cards, status bars and reports: exact and near
     * copies. Boilerplate (template text) and quotations both articles print are shown but never counted.
     */
    public boolean countsAsCopied() { return copied; }
}
