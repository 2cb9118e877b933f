package org.sourcelight.analysis.assertions;

import java.util.Locale;
import org.sourcelight.model.AssertionCategory;

/**
 * Why a sentence is a finding. Declared from the most to the least serious; {@link #code()} is the stable string of
 * {@link org.sourcelight.model.Assertion#reasons()} and {@link org.sourcelight.model.Trigger#reason()}.
 */
public enum Reason {
    AGENTLESS_ACCUSATION("agentless-accusation", "Hidden accuser",
            "hides who is making the accusation",
            "Who made this accusation? Search for the original accusation, and for what the accused side says in reply."),
    NO_ATTRIBUTION("no-attribution", "No source",
            "states a disputed claim as plain fact without saying who claims it or how it is known",
            "Who else reports this, and what evidence do they show? What would the other side say?"),
    VAGUE_ATTRIBUTION("vague-attribution", "Vague source",
            "points to sources without naming them, so nobody can check them",
            "Which reports or people exactly? Can you find even one of them named by another outlet?"),
    LOADED_LANGUAGE("loaded-language", "Loaded words",
            "uses loaded words that judge instead of describe",
            "What plainer word would a wire service like AP or Reuters use here, and does the sentence still convince you with it?"),
    SCARE_QUOTES("scare-quotes", "Scare quotes",
            "uses \"so-called\" or quotation marks to mock or doubt a name without saying why",
            "Why does the writer doubt this name? What do the people involved, and other outlets, call it?"),
    INTENSIFIER("intensifier", "Intensifier",
            "uses strong words that push a feeling or leave no room for doubt",
            "What facts back up this strong wording? Would the sentence still say the same without it?"),
    HEDGE("hedge", "Hedge",
            "hints at doubt without saying who doubts or why",
            "What makes the writer unsure, and who could confirm or deny it?");

    /**
     * Clause and question for loaded words used while reporting someone else's words (the explanation of a finding
     * whose sentence is attributed says this clause instead of the loaded-language one).
     */
    public static final String LOADED_IN_REPORT_CLAUSE = "reports what someone said but in loaded words that may be the article's own";
    static final String LOADED_IN_REPORT_QUESTION =
            "Can you find the original statement: did the speaker use this word, or did the article choose it?";

    private final String code;
    private final String label;
    private final String clause;
    private final String question;

    Reason(String code, String label, String clause, String question) {
        this.code = code;
        this.label = label;
        this.clause = clause;
        this.question = question;
    }

    /** The stable code used in the JSON report ("no-attribution" …). */
    public String code() { return code; }

    /** A short label for filters and lists. */
    public String label() { return label; }

    /** What the sentence does, to follow "This sentence …". */
    public String clause() { return clause; }

    /** Claim with no source, vague source or word choice: the one grouping every count uses. */
    public AssertionCategory category() { return AssertionCategory.ofReason(code); }

    /** True for loaded words, scare quotes, intensifiers and hedges (graded LOW or MEDIUM, never HIGH). */
    public boolean isWordChoice() { return category() == AssertionCategory.WORD_CHOICE; }

    /** The lateral-reading question a student should ask. */
    public String question() { return question; }

    /** A plain hint for one triggering word, with the word list's note when there is one. */
    public String hint(String words, String note) {
        String base = "\"" + words + "\": this sentence " + clause + ".";
        return note == null || note.isBlank() ? base : base + " \"" + words + "\" " + note + ".";
    }

    public static Reason ofCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (Reason r : values()) if (r.code.equals(c)) return r;
        throw new IllegalArgumentException("unknown reason " + code);
    }
}
