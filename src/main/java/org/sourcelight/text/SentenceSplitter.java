package org.sourcelight.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcelight.model.Span;

/**
 * Rule-based sentence splitter. A sentence ends at {@code . ! ?} (or an ellipsis) followed by optional closing
 * quotes/brackets, then white space and an upper-case letter, digit or opening quote — unless the word before the
 * period is a known abbreviation ({@code lexicons/abbreviations.txt}) or a single initial. Linear in the text.
 */
public final class SentenceSplitter {
    private final Lexicon abbreviations;

    public SentenceSplitter(Lexicon abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Splits {@code text[from, to)} into sentence spans, trimmed of surrounding white space. */
    public List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) end++;
                while (end < to && isCloser(text.charAt(end))) end++;
                if (end >= to) break;
                if (!Character.isWhitespace(text.charAt(end))) { i = end; continue; }
                int next = skipSpace(text, end, to);
                if (next >= to) break;
                char n = text.charAt(next);
                boolean startsSentence = Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '\'' || n == '[' || n == '(';
                if (startsSentence && !(c == '.' && end == i + 1 && isAbbreviation(text, from, i))) {
                    out.add(new Span(start, trimEnd(text, start, end)));
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int e = trimEnd(text, start, to);
        if (e > start) out.add(new Span(start, e));
        return out;
    }

    private boolean isAbbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(' && text.charAt(w - 1) != '"') w--;
        String word = text.substring(w, dot);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // initial: "J. Smith"
        if (word.matches("(?:[A-Za-z]\\.)+[A-Za-z]")) return true; // U.S, U.N, a.m
        return abbreviations.containsIgnoreCase(word + ".") || abbreviations.containsIgnoreCase(word.toLowerCase(Locale.ROOT) + ".");
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']';
    }

    private static int skipSpace(String t, int i, int to) {
        while (i < to && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String t, int start, int end) {
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }
}
