package org.sourcelight.classroom;

/** What a lesson's key item or a student's mark points at: the four things the app teaches to spot. */
public enum Category {
    SOURCE("source", "Source", "Who is speaking: a person, body, document or outlet the article attributes words to."),
    STATE_MEDIA("state-media", "State media", "A link to a state-run outlet, or words saying an outlet is state-run."),
    DUPLICATE("duplicate", "Duplicated passage", "A passage that also stands elsewhere, in this article or in another one."),
    ASSERTION("assertion", "Unsupported assertion", "A claim the article makes in its own voice, or without saying who says it.");

    private final String code;
    private final String label;
    private final String meaning;

    Category(String code, String label, String meaning) {
        this.code = code;
        this.label = label;
        this.meaning = meaning;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** One sentence a 15-year-old understands. */
    public String meaning() { return meaning; }
}
