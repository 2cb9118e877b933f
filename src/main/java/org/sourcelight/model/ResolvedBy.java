package org.sourcelight.model;

/**
 * How the Sources panel decided who speaks when the words at the mention do not name the speaker in full. A mention
 * whose speaker is named there has none (its {@link Mention#resolvedBy()} is {@code null}).
 */
public enum ResolvedBy {
    /** "he", "she", "they", "it": a person or body named earlier; "who", "which": the one named just before ("Khan, who said"). */
    PRONOUN("pronoun"),
    /** "the ministry", "the spokesman", "the company": the named speaker of that kind. */
    ROLE_NOUN("role noun"),
    /** "Bogdanov" after "Mikhail Bogdanov": the person named in full earlier. */
    SURNAME("surname"),
    /** "Carol" after "Carol Bright": the one person named in full earlier with that given name. */
    GIVEN_NAME("given name"),
    /** "A:" in an interview: the one person the introduction names. */
    INTERVIEW("interview introduction"),
    /** a quotation with no cue that goes on with the words of the speaker just before. */
    CONTINUED_QUOTE("continued quote");

    private final String words;

    ResolvedBy(String words) { this.words = words; }

    /** The plain words shown to the reader and written in reports ("role noun"). */
    public String words() { return words; }
}
