package org.sourcelight.model;

/** How identifiable a source is, from most to least accountable. */
public enum SourceKind {
    NAMED("named", "Named person", "A real person is named, so a reader can check what they said."),
    ORGANIZATION("organization", "Organisation", "A body such as a ministry, embassy or government speaks; no single person is named."),
    DOCUMENT("document", "Document", "A written text is cited: a statement, resolution, study or report."),
    MEDIA("media", "Media outlet", "Another news outlet is the source: the claim is second-hand."),
    ANONYMOUS("anonymous", "Anonymous", "The source is deliberately not named, so nobody can check who said it."),
    VAGUE("vague", "Vague", "No real source is given, only a vague phrase like 'reportedly' or 'observers warn'.");

    private final String code;
    private final String label;
    private final String meaning;

    SourceKind(String code, String label, String meaning) {
        this.code = code;
        this.label = label;
        this.meaning = meaning;
    }

    /** The stable code used in the JSON report. */
    public String code() { return code; }

    public String label() { return label; }

    /** One sentence a 15-year-old understands. */
    public String meaning() { return meaning; }
}
