package org.sourcelight.model;

/**
 * The State Media Monitor typology (statemediamonitor.com/typology), with what each model means in plain words:
 * whether the state controls the money, the governing bodies and the editorial line.
 */
public enum Typology {
    SC("State-controlled media", true, true, true),
    CaPu("Captured public/state-managed media", false, true, true),
    CaPr("Captured private media", null, false, true),
    ISFM("Independent state-funded and state-managed media", true, true, false),
    ISF("Independent state-funded media", true, false, false),
    ISM("Independent state-managed media", false, true, false),
    IP("Independent public media", false, false, false);

    private final String label;
    private final Boolean funding;
    private final boolean governance;
    private final boolean editorial;

    Typology(String label, Boolean funding, boolean governance, boolean editorial) {
        this.label = label;
        this.funding = funding;
        this.governance = governance;
        this.editorial = editorial;
    }

    public String label() { return label; }

    /** Plain-language meaning: who controls funding, governance and the editorial line. */
    public String meaning() {
        String money = funding == null ? "may or may not pay for it"
                : funding ? "pays for it" : "does not pay for it directly";
        String board = governance ? "controls who runs it" : "does not own or run it";
        String line = editorial ? "and controls what it reports" : "but does not control what it reports";
        return "The state " + money + ", " + board + " " + line + ".";
    }

    public boolean editorialControl() { return editorial; }

    public static Typology fromCode(String code) {
        if (code == null) return null;
        String c = code.trim();
        for (Typology t : values()) if (t.name().equalsIgnoreCase(c)) return t;
        return null;
    }
}
