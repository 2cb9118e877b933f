package org.sourcelight.analysis.sources;

import org.sourcelight.text.Tokens;

/**
 * How an article writes its words, read once in one pass over the document's shared {@link Tokens}: the words it
 * writes in lower case, and those it writes with a capital inside a sentence (after a lower-case word or a comma).
 * "Prosecutors said" at a sentence's start is a common noun when the article also writes "prosecutors"; "Trump
 * calls for" is a name when "Trump" appears capitalised mid-sentence. A word is read as the shared chain joins it
 * ("U.S", "so-called", "Russia's": inner dots, hyphens and apostrophes; a plural possessive "visitors'"). Linear in the text; remembered for the
 * last text read on each thread, so every lookup after the first costs a hash probe.
 */
final class WordForms {
    private final String text;
    private final FormSet lower;
    private final FormSet cappedInside;

    private static final ThreadLocal<WordForms> LAST = new ThreadLocal<>();

    private WordForms(Tokens t) {
        this.text = t.text();
        this.lower = new FormSet(FormSet.expectedForms(text.length()));
        this.cappedInside = new FormSet(FormSet.expectedForms(text.length()) / 4);
        int n = t.size();
        boolean[] lowerForm = new boolean[t.formCount()]; // a one-token word written in lower case, added once
        char[] cs = text.toCharArray(); // every character is read once (decision 66)
        char prev = '\n'; // the last visible character before the current word
        int gap = 0; // where the white space before token i starts
        for (int i = 0; i < n; ) {
            for (int c = gap, s = t.start(i); c < s; c++) if (cs[c] == '\n') prev = '\n'; // a line break ends a sentence too
            if (!t.isWord(i)) {
                gap = t.end(i);
                prev = cs[gap - 1];
                i++;
                continue;
            }
            int j = t.possessiveEnd(t.joinedEnd(i, cs.length, "'-.")); // as BlockTokens reads words
            int s = t.start(i), e = t.end(j - 1);
            char ch = cs[s];
            // a word seen before costs a hash, no new string; a word written as its lower-case form is that string
            if (ch < 128 ? ch >= 'a' && ch <= 'z' : Character.isLowerCase(ch)) {
                if (j == i + 1 && t.writtenLower(i)) {
                    if (!lowerForm[t.form(i)]) lower.add(t.lower(i));
                    lowerForm[t.form(i)] = true;
                } else {
                    lower.intern(text, s, e);
                }
            } else if ((ch < 128 ? ch >= 'A' && ch <= 'Z' : Character.isUpperCase(ch))
                    && ((prev < 128 ? prev >= 'a' && prev <= 'z' : Character.isLowerCase(prev)) || prev == ',')) {
                cappedInside.intern(text, s, e);
            }
            prev = cs[e - 1];
            gap = e;
            i = j;
        }
    }

    /** The forms of a document's text, read from its tokens. */
    static WordForms of(Tokens tokens) {
        WordForms f = LAST.get();
        if (f == null || f.text != tokens.text()) {
            f = new WordForms(tokens);
            LAST.set(f);
        }
        return f;
    }

    /** The forms of {@code text} (the document's whole normalized text; tokenized here unless it was read last). */
    static WordForms of(String text) {
        WordForms f = LAST.get();
        return f != null && f.text == text ? f : of(Tokens.of(text));
    }

    /**
     * The last words of the full speaker labels that open a line in capitals ("JAKE TAPPER: ...", "KATE BOLDUAN:"),
     * read once, when first asked: a transcript later shortens them to the surname ("TAPPER:"). A label is two to four
     * words of capital letters (with dots, hyphens, apostrophes) right before a colon, at most 40 characters.
     */
    private java.util.Set<String> fullLabelEnds;

    boolean endsFullLabel(String capitals) {
        if (fullLabelEnds == null) {
            java.util.Set<String> ends = new java.util.HashSet<>();
            int n = text.length();
            for (int ls = 0; ls < n; ) {
                int k = ls, words = 0, lastStart = ls;
                boolean inWord = false;
                while (k < n && k - ls <= 40) {
                    char ch = text.charAt(k);
                    if (Character.isUpperCase(ch) || inWord && (ch == '.' || ch == '-' || ch == '\'' || ch == '\u2019')) {
                        if (!inWord) { words++; lastStart = k; inWord = true; }
                    } else if (ch == ' ' && inWord) {
                        inWord = false;
                    } else break;
                    k++;
                }
                if (k < n && text.charAt(k) == ':' && inWord && words >= 2 && words <= 4) ends.add(text.substring(lastStart, k));
                int nl = text.indexOf('\n', k);
                ls = nl < 0 ? n : nl + 1;
            }
            fullLabelEnds = ends;
        }
        return fullLabelEnds.contains(capitals);
    }

    /** Capitalised words the text writes right after a given name (and at most one initial): "Greta Lund", "Jeffrey M. Jones". */
    private java.util.Set<String> afterGivenNames;

    /**
     * True when the text writes {@code word} right after a capitalised given name of {@code givenNames} (lower case),
     * with at most one initial between: the word is someone's surname. Read once, when first asked, in one pass.
     */
    boolean followsGivenName(String word, java.util.Set<String> givenNames) {
        if (afterGivenNames == null) {
            java.util.Set<String> found = new java.util.HashSet<>();
            int n = text.length();
            String prev = null; // the last capitalised word when it is a given name (or a given name and an initial)
            boolean initial = false;
            int k = 0;
            while (k < n) {
                char ch = text.charAt(k);
                if (!Character.isLetter(ch)) {
                    if (ch != ' ' && ch != '.' || ch == '.' && !initial) prev = ch == ' ' ? prev : null;
                    k++;
                    continue;
                }
                int e = k;
                while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\'')) e++;
                String w = text.substring(k, e);
                boolean cap = Character.isUpperCase(ch);
                if (cap && w.length() == 1 && prev != null && !initial && e < n && text.charAt(e) == '.') {
                    initial = true; // "Jeffrey M. Jones"
                } else {
                    if (cap && prev != null && w.length() > 1) found.add(w);
                    prev = cap && givenNames.contains(SourceLexicons.lower(w)) ? w : null;
                    initial = false;
                }
                k = e;
            }
            afterGivenNames = found;
        }
        return afterGivenNames.contains(word);
    }

    boolean writtenLower(String word) { return lower.contains(word); }

    boolean cappedInside(String word) { return cappedInside.contains(word); }
}
