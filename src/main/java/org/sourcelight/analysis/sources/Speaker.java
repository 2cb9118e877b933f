package org.sourcelight.analysis.sources;

/**
 * What a speaker phrase says about who is speaking, before resolution ("Russian Foreign Ministry spokeswoman
 * Maria Zakharova" → person, name Maria Zakharova, role spokeswoman, organisation Russian Foreign Ministry,
 * country Russian). {@code [start, end)} is the phrase in the text.
 *
 * @param name     canonical name: a person's name, an organisation's, an outlet's, or the phrase itself
 * @param named    true when the phrase carries a proper name (a person's name, "Russia's Defense Ministry")
 * @param definite true for a definite description that may point back to a speaker named earlier
 *                 ("the ministry", "the top Russian diplomat", "the resolution")
 * @param state    true for a body of a state (ministry, embassy, government) or a country speaking
 */
record Speaker(Cls cls, int start, int end, String phrase, String name, String role, String organization,
               String country, String head, Gender gender, boolean named, boolean definite, boolean state) {
    enum Cls { PRONOUN, PERSON, ORG, COUNTRY, DOCUMENT, MEDIA, ANONYMOUS, VAGUE }

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** A description with no name that should be resolved to a speaker named elsewhere. */
    boolean isReference() { return !named && definite && cls != Cls.PRONOUN && cls != Cls.VAGUE && cls != Cls.ANONYMOUS; }

    Speaker withCls(Cls c) {
        return new Speaker(c, start, end, phrase, name, role, organization, country, head, gender, named, definite, state);
    }

    Speaker withSpan(int s, int e, String p) {
        return new Speaker(cls, s, e, p, name, role, organization, country, head, gender, named, definite, state);
    }
}
