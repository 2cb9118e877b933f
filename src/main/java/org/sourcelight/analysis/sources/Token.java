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

    boolean is(String lowerWord) { return type == Type.WORD && lower.equals(lowerWord); }
}
