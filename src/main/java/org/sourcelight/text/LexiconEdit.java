package org.sourcelight.text;

import java.util.Locale;

/** A reader's change to a shipped word list: a term added to it, or a shipped term removed from it. */
public record LexiconEdit(String lexicon, String term, Change change) {
    public enum Change {
        ADDED, REMOVED;

        public String code() { return name().toLowerCase(Locale.ROOT); }

        public static Change ofCode(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
    }

    public LexiconEdit {
        if (lexicon == null || lexicon.isBlank()) throw new IllegalArgumentException("lexicon");
        if (term == null || term.isBlank()) throw new IllegalArgumentException("term");
        if (change == null) throw new IllegalArgumentException("change");
        term = term.strip();
    }

    public static LexiconEdit added(String lexicon, String term) { return new LexiconEdit(lexicon, term, Change.ADDED); }

    public static LexiconEdit removed(String lexicon, String term) { return new LexiconEdit(lexicon, term, Change.REMOVED); }
}
