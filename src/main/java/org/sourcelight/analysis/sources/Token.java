package org.sourcelight.analysis.sources;

/**
 * A word or punctuation mark of a body paragraph, with its offsets in the normalized text.
 *
 * @param quoted   true when the token lies inside quotation marks (quoted words never become speakers or cues)
 * @param sentence index of the sentence the token belongs to (tokens of different sentences never share a clause)
 * @param classes  the word classes of {@code lower} ({@link WordClasses#classify}: bits such as
 *                 {@link WordClasses#SPEAKER_NOUN}), worked out once per form of the document
 * @param capitalized a word starting with an upper-case letter (read once from {@code text})
 * @param digits   a word starting with a digit
 */
record Token(int start, int end, String text, String lower, Type type, boolean quoted, int sentence, int classes,
             boolean capitalized, boolean digits) {
    enum Type { WORD, COMMA, STOP, COLON, QUOTE, OPEN, CLOSE, OTHER }

    /** A token whose capital and digit are read from its text. */
    Token(int start, int end, String text, String lower, Type type, boolean quoted, int sentence, int classes) {
        this(start, end, text, lower, type, quoted, sentence, classes,
                type == Type.WORD && Character.isUpperCase(text.charAt(0)), type == Type.WORD && Character.isDigit(text.charAt(0)));
    }

    /** True when the token's lower-case form is of {@code wordClass} (one bit of {@link WordClasses}). */
    boolean has(int wordClass) { return (classes & wordClass) != 0; }

    boolean isWord() { return type == Type.WORD; }

    boolean is(String lowerWord) {
        // small enough (under 35 bytes of bytecode, with sameWord) for the quick compiler to inline at every call
        return type == Type.WORD && sameWord(lower, lowerWord);
    }

    /** {@code a.equals(b)}, the lengths compared first: most words differ in length (String.equals is not inlined). */
    private static boolean sameWord(String a, String b) {
        return a.length() == b.length() && a.equals(b);
    }

    /** True for a word with a possessive ending: "company's", "Russia’s", a plural "visitors'" ({@link #possessiveLength}). */
    boolean possessive() { return type == Type.WORD && possessiveLength(lower) > 0; }

    /**
     * The length of a possessive ending of a lower-case word form: 2 for "'s" ("company's"), 1 for the apostrophe of
     * a plural possessive ("visitors'", one word in {@link BlockTokens}), 0 for none.
     */
    static int possessiveLength(String lower) {
        int n = lower.length();
        if (n > 2 && lower.charAt(n - 1) == 's' && (lower.charAt(n - 2) == '\'' || lower.charAt(n - 2) == '\u2019')) return 2;
        if (n > 2 && lower.charAt(n - 1) == '\'' && lower.charAt(n - 2) == 's') return 1;
        return 0;
    }
}
