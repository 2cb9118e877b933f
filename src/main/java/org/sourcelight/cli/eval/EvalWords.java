package org.sourcelight.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words for word-level scoring: runs of letters and digits with inner hyphens, lower-cased. */
final class EvalWords {
    private EvalWords() {}

    record Word(int start, int end, String text) {}

    static List<Word> tokens(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))))) i++;
            out.add(new Word(start, i, text.substring(start, i).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : tokens(s, 0, s.length())) out.add(w.text());
        return out;
    }
}
