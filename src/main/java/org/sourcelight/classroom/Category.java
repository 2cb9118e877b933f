package org.sourcelight.classroom;

/** What a lesson's key item or a student's mark points at: the four things the app teaches to spot. */
public enum Category {
    SOURCE("source", "sources", 'S', "Source", "Who is speaking: a person, body, document or outlet the article attributes words to."),
    STATE_MEDIA("state-media", "outlets", 'M', "State media", "A link to a state-run outlet, or words saying an outlet is state-run."),
    DUPLICATE("duplicate", "duplicates", 'D', "Duplicated passage", "A passage that also stands elsewhere, in this article or in another one."),
    ASSERTION("assertion", "assertions", 'A', "Unsupported assertion", "A claim the article makes in its own voice, or without saying who says it.");

    private final String code;
    private final String panelId;
    private final char letter;
    private final String label;
    private final String meaning;

    Category(String code, String panelId, char letter, String label, String meaning) {
        this.code = code;
        this.panelId = panelId;
        this.letter = letter;
        this.label = label;
        this.meaning = meaning;
    }

    public String code() { return code; }

    /** The analysis panel that finds this category ("sources", "outlets", "duplicates", "assertions"). */
    public String panelId() { return panelId; }

    /** The letter of printed markers ([S1], [M1], [D1], [A1]) and of the practice window's keyboard shortcut. */
    public char letter() { return letter; }

    public String label() { return label; }

    /** One sentence a 15-year-old understands. */
    public String meaning() { return meaning; }
}
