package org.sourcelight.analysis.sources;

/**
 * How an article writes its words, read once in one pass: the words it writes in lower case, and those it writes
 * with a capital inside a sentence (after a lower-case word or a comma). "Prosecutors said" at a sentence's start
 * is a common noun when the article also writes "prosecutors"; "Trump calls for" is a name when "Trump" appears
 * capitalised mid-sentence. Linear in the text; remembered for the last text read on each thread, so every lookup
 * after the first costs a hash probe.
 */
final class WordForms {
    private final String text;
    private final FormSet lower;
    private final FormSet cappedInside;

    private static final ThreadLocal<WordForms> LAST = new ThreadLocal<>();

    private WordForms(String text) {
        this.text = text;
        this.lower = new FormSet(FormSet.expectedForms(text.length()));
        this.cappedInside = new FormSet(FormSet.expectedForms(text.length()) / 4);
        int n = text.length();
        int i = 0;
        char prev = '\n'; // the last visible character before the current word
        while (i < n) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                if (!Character.isWhitespace(ch) || ch == '\n') prev = ch; // a line break ends a sentence too
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || (text.charAt(i) == '.' || text.charAt(i) == '-' || text.charAt(i) == '\'')
                    && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) i++;
            // a region-keyed set: a word seen before costs a hash, no new string
            if (Character.isLowerCase(ch)) lower.intern(text, s, i);
            else if (Character.isUpperCase(ch) && (Character.isLowerCase(prev) || prev == ',')) cappedInside.intern(text, s, i);
            prev = text.charAt(i - 1);
        }
    }

    /** The forms of {@code text} (the document's whole normalized text). */
    static WordForms of(String text) {
        WordForms f = LAST.get();
        if (f == null || f.text != text) {
            f = new WordForms(text);
            LAST.set(f);
        }
        return f;
    }

    boolean writtenLower(String word) { return lower.contains(word); }

    boolean cappedInside(String word) { return cappedInside.contains(word); }
}
