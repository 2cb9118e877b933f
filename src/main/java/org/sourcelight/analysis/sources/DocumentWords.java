package org.sourcelight.analysis.sources;

import java.util.HashMap;
import java.util.Map;
import org.sourcelight.text.Tokens;

/**
 * The words of one document as the attribution rules read them: one string per distinct form, and the word
 * classes of each lower-case form ({@link WordClasses#classify}) worked out once per form, not once per token, so
 * a rule's test of a word is a bit test instead of a probe into each word list. A one-token word is looked up by
 * the shared chain's {@link Tokens#form form id}; a joined word ("U.S.", "Russia's") or a symbol by its string.
 * Not thread-safe: one per {@link SourceExtractor#extract} call.
 */
final class DocumentWords {
    /** The classes of a form already worked out, marked so that a form with no class is told from one not yet read. */
    private static final int KNOWN = 1 << 31;

    final Tokens tokens;
    /** One string per distinct surface form of the document's words and marks. */
    final FormSet forms;
    private final WordClasses classes;
    private final int[] byForm;
    /** The last written form met of each lower-case form ("Trump" for "trump"): most words are written one way. */
    private final String[] writtenByForm;
    private final int[] ascii = new int[128];
    private final Map<String, Lower> others = new HashMap<>();

    /** A joined word's or a symbol's lower-case form and its classes. */
    private record Lower(String lower, int classes) {}

    DocumentWords(Tokens tokens, WordClasses classes) {
        this.tokens = tokens;
        this.forms = new FormSet(FormSet.expectedForms(tokens.text().length()));
        this.classes = classes;
        this.byForm = new int[tokens.formCount()];
        this.writtenByForm = new String[tokens.formCount()];
    }

    /** Base token {@code i} as written: the one string of its form in {@link #forms}. */
    String written(int i) {
        if (tokens.writtenLower(i)) return tokens.lower(i);
        String text = tokens.text();
        int f = tokens.form(i), start = tokens.start(i), end = tokens.end(i);
        String w = writtenByForm[f];
        if (w != null && w.length() == end - start && text.startsWith(w, start)) return w;
        return writtenByForm[f] = forms.intern(text, start, end);
    }

    /** The classes of base token {@code i}'s lower-case form. */
    int classesOf(int i) {
        int f = tokens.form(i);
        int c = byForm[f];
        if (c == 0) byForm[f] = c = classes.classify(tokens.lower(i)) | KNOWN;
        return c & ~KNOWN;
    }

    /** The classes of a one-character symbol token written {@code s}. */
    int symbolClasses(char ch, String s) {
        if (ch >= ascii.length) return lower(s, s).classes();
        int c = ascii[ch];
        if (c == 0) ascii[ch] = c = classes.classify(s) | KNOWN;
        return c & ~KNOWN;
    }

    /** The lower-case form of a joined word (an interned form of {@link #forms}). */
    String lowerOf(String word) { return lower(word, null).lower(); }

    /** The classes of a joined word (an interned form of {@link #forms}). */
    int classesOfWord(String word) { return lower(word, null).classes(); }

    /** {@code lower}: the word's lower-case form when known (a symbol is its own), else computed here. */
    private Lower lower(String word, String lower) {
        Lower l = others.get(word);
        if (l == null) {
            String lw = lower != null ? lower : SourceLexicons.lower(word);
            others.put(word, l = new Lower(lw, classes.classify(lw)));
        }
        return l;
    }
}
