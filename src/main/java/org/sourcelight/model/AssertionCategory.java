package org.sourcelight.model;

import java.util.Collection;

/**
 * What kind of problem an {@link Assertion} is, for every count shown to a reader (library cards, status bar,
 * reports, comparisons): a claim nobody stands behind, a source too vague to check, or only a choice of words.
 * Declared from the most to the least serious. An assertion's {@link Severity} is {@link Severity#HIGH} exactly when
 * its category is {@link #CLAIM_WITHOUT_SOURCE}, so a count of claims with no source always equals the panel's
 * number of high findings.
 */
public enum AssertionCategory {
    /** An accusation or disputed claim in the article's own voice with no source, or with its accuser hidden. */
    CLAIM_WITHOUT_SOURCE("claim with no source", "claims with no source"),
    /** Sources are pointed at but not named ("reportedly", "observers warn"). */
    VAGUE_SOURCE("vague source", "vague sources"),
    /** Loaded words, scare quotes, intensifiers and hedges: how something is said, not whether it is sourced. */
    WORD_CHOICE("word choice", "word choices");

    private final String singular;
    private final String plural;

    AssertionCategory(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** "1 claim with no source", "3 word choices". */
    public String count(int n) { return n + " " + (n == 1 ? singular : plural); }

    /** The plain label in the plural, for headings and filters ("claims with no source"). */
    public String label() { return plural; }

    /**
     * The category of one reason code of {@link Assertion#reasons()}: no-attribution and agentless-accusation are
     * claims with no source, vague-attribution a vague source, every other code (loaded-language, scare-quotes,
     * intensifier, hedge, and codes added later unless listed here) a word choice.
     */
    public static AssertionCategory ofReason(String code) {
        if (code == null) throw new IllegalArgumentException("code");
        return switch (code) {
            case "no-attribution", "agentless-accusation" -> CLAIM_WITHOUT_SOURCE;
            case "vague-attribution" -> VAGUE_SOURCE;
            default -> WORD_CHOICE;
        };
    }

    /** The most serious category among reason codes ({@link #WORD_CHOICE} when there are none). */
    public static AssertionCategory of(Collection<String> reasonCodes) {
        AssertionCategory best = WORD_CHOICE;
        for (String c : reasonCodes) {
            AssertionCategory k = ofReason(c);
            if (k.ordinal() < best.ordinal()) best = k;
        }
        return best;
    }
}
