package org.sourcelight.model;

/** How a duplicated passage was classified. */
public enum DuplicateKind {
    EXACT("exact", "Exact copy"),
    NEAR("near", "Near copy"),
    BOILERPLATE("boilerplate", "Boilerplate");

    private final String code;
    private final String label;

    DuplicateKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }
}
