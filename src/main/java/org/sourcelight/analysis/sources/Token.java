package org.sourcelight.analysis.sources;

/**
 * A word or punctuation mark of a body paragraph, with its offsets in the normalized text.
 *
 * @param quoted   true when the token lies inside quotation marks (quoted words never become speakers or cues)
 * @param sentence index of the sentence the token belongs to (tokens of different sentences never share a clause)
 */
record Token(int start, int end, String text, String lower, Type type, boolean quoted, int sentence) {
    enum Type { WORD, COMMA, STOP, COLON, QUOTE, OPEN, CLOSE, OTHER }

    boolean isWord() { return type == Type.WORD; }

    boolean is(String lowerWord) { return type == Type.WORD && lower.equals(lowerWord); }

    boolean capitalized() { return type == Type.WORD && Character.isUpperCase(text.charAt(0)); }

    boolean digits() { return type == Type.WORD && Character.isDigit(text.charAt(0)); }
}
