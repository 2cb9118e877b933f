package org.sourcelight.analysis.assertions;

/** One entry of a word list: the word or phrase, and an optional plain-language note about it. */
public record Term(String text, String note) {
    public Term {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text");
        text = text.strip();
        note = note == null ? "" : note.strip();
    }

    /** Parses a lexicon line, {@code term} or {@code term | note}. */
    static Term parse(String line) {
        int bar = line.indexOf('|');
        return bar < 0 ? new Term(line, "") : new Term(line.substring(0, bar), line.substring(bar + 1));
    }
}
