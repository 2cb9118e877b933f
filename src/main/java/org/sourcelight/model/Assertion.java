package org.sourcelight.model;

import java.util.List;

/**
 * A sentence where the article asserts something on its own authority or hides who is speaking.
 *
 * @param reasons     codes: no-attribution, vague-attribution, agentless-accusation, loaded-language, scare-quotes,
 *                    hedge, intensifier
 * @param explanation one plain sentence saying why
 * @param question    what a student should ask
 */
public record Assertion(int start, int end, List<String> reasons, String explanation, String question,
                        Severity severity, List<Trigger> triggers) {
    public Assertion {
        Span.check(start, end);
        reasons = List.copyOf(reasons);
        triggers = List.copyOf(triggers);
        if (severity == null) throw new IllegalArgumentException("severity");
        for (Trigger t : triggers) {
            if (t.start() < start || t.end() > end) throw new IllegalArgumentException("trigger outside sentence");
        }
    }

    public Span span() { return new Span(start, end); }

    /**
     * What kind of problem this is, for every count shown to a reader: the most serious category of its reasons.
     * Count "claims with no source" with this, never with {@code assertions().size()}.
     */
    public AssertionCategory category() { return AssertionCategory.of(reasons); }

    /** True when this is a claim with no source (then, for the detector's findings, its severity is HIGH). */
    public boolean isClaimWithoutSource() { return category() == AssertionCategory.CLAIM_WITHOUT_SOURCE; }

    /** True when only the choice of words is at issue (loaded words, scare quotes, intensifiers, hedges). */
    public boolean isWordChoice() { return category() == AssertionCategory.WORD_CHOICE; }
}
