package org.sourcelight.model;

/** What a block of an article is. Only body-like blocks are analysed as the outlet's own text. */
public enum BlockKind {
    BREADCRUMB("Breadcrumb", false),
    TITLE("Title", false),
    BYLINE("Byline", false),
    DATELINE("Dateline", false),
    CAPTION("Photo caption", false),
    SUBHEADING("Sub-heading", false),
    BODY("Body text", true),
    FOOTER("Site footer", false);

    private final String label;
    private final boolean body;

    BlockKind(String label, boolean body) {
        this.label = label;
        this.body = body;
    }

    public String label() { return label; }

    /** True when the block is running text of the article (attributions and assertions are looked for here). */
    public boolean isBody() { return body; }
}
