package org.sourcelight.cli.eval;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.text.Tokens;

/**
 * Words for word-level scoring, read from the shared {@link Tokens} exactly as the Assertions panel reads them: runs
 * of letters and digits joined by inner hyphens ("so-called"), lower-cased; an apostrophe splits ("Trump's" is
 * "trump", "s").
 */
final class EvalWords {
    private EvalWords() {}

    record Word(int start, int end, String text) {}

    static List<Word> tokens(String text, int from, int to) {
        Tokens t = Tokens.of(text, from, to);
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            if (!t.isWord(i)) { i++; continue; }
            int j = t.joinedEnd(i, to, "-");
            StringBuilder b = new StringBuilder(t.lower(i));
            for (int k = i + 1; k < j; k += 2) b.append('-').append(t.lower(k + 1));
            out.add(new Word(t.start(i), t.end(j - 1), b.toString()));
            i = j;
        }
        return out;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : tokens(s, 0, s.length())) out.add(w.text());
        return out;
    }
}
