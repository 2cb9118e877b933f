package org.sourcelight.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcelight.model.Span;

/**
 * Rule-based sentence splitter. A sentence ends at {@code . ! ?} (or an ellipsis) followed by optional closing
 * quotes/brackets, then white space and an upper-case letter, digit or opening quote — unless the word before the
 * period is a known abbreviation ({@code lexicons/abbreviations.txt}) or a single initial. Linear in the text.
 *
 * <p>No sentence is longer than {@value #MAX_SENTENCE} characters: a longer run without a sentence end (a page of
 * text with no full stop, a list run together) is cut at the last space before the limit. The analysers read a
 * sentence at a time, so this bounds the work any of them does per sentence (decision 0022). Among the 48,196
 * sentences of the PolNeAR train/dev articles and the Readability test pages the longest is 2,861 characters, the
 * 99.9th percentile 545; one sentence is cut.
 */
public final class SentenceSplitter {
    /** Longest sentence, in UTF-16 units. */
    public static final int MAX_SENTENCE = 2000;

    private final Lexicon abbreviations;

    public SentenceSplitter(Lexicon abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Splits {@code text[from, to)} into sentence spans, trimmed of surrounding white space. */
    public List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int i = start;
        char[] cs = new char[to - from]; // read directly: charAt on a text with non-Latin-1 characters costs more
        text.getChars(from, to, cs, 0);
        while (i < to) {
            char c = cs[i - from];
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
                if (startsSentence && !(c == '.' && end == i + 1 && isAbbreviation(text, from, i) && !timeEndsSentence(text, from, i, next, to))) {
                    add(out, text, start, trimEnd(text, start, end));
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
        if (e > start) add(out, text, start, e);
        return out;
    }

    /** Adds {@code [start, end)}, cut into pieces of at most {@link #MAX_SENTENCE} at spaces. */
    private static void add(List<Span> out, String text, int start, int end) {
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            int space = cut;
            while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) space--;
            if (Character.isWhitespace(text.charAt(space))) cut = space;
            else if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
            int pieceEnd = trimEnd(text, start, cut);
            if (pieceEnd > start) out.add(new Span(start, pieceEnd));
            start = skipSpace(text, cut, end);
        }
        if (end > start) out.add(new Span(start, end));
    }

    private boolean isAbbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(' && text.charAt(w - 1) != '"') w--;
        String word = text.substring(w, dot);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // initial: "J. Smith"
        if (isInitialism(word)) return true; // U.S, U.N, a.m
        return abbreviations.containsIgnoreCase(word + ".") || abbreviations.containsIgnoreCase(word.toLowerCase(Locale.ROOT) + ".");
    }

    /** Words that go on a time after "a.m."/"p.m." in the same sentence ("4 p.m. Tuesday", "9 a.m. ET"). */
    private static final java.util.Set<String> AFTER_TIME = Calendar.with(Calendar.union(Calendar.WEEKDAYS_AND_MONTHS,
            Calendar.MONTH_ABBREVIATIONS), "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "ast",
            "adt", "nt", "gmt", "bst", "utc", "cet", "local");

    /**
     * "closed until 4 p.m. The race director said …": "a.m."/"p.m." followed by a capitalised word ends the sentence,
     * unless the word belongs to the time (a weekday, a month, a time zone).
     */
    private static boolean timeEndsSentence(String text, int from, int dot, int next, int to) {
        if (dot - 3 < from || !(text.regionMatches(true, dot - 3, "a.m", 0, 3) || text.regionMatches(true, dot - 3, "p.m", 0, 3))) return false;
        if (dot - 4 >= from && !Character.isWhitespace(text.charAt(dot - 4)) && !Character.isDigit(text.charAt(dot - 4))) return false;
        if (!Character.isUpperCase(text.charAt(next))) return false;
        int e = next;
        while (e < to && e - next < 12 && Character.isLetter(text.charAt(e))) e++;
        return !AFTER_TIME.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
    }

    /** Letters joined by single dots ("U.S", "a.m", "U.K"), scanned by hand: a regex repeat would recurse per letter. */
    static boolean isInitialism(String w) {
        if (w.length() < 3 || w.length() % 2 == 0) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean ok = i % 2 == 0 ? (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') : c == '.';
            if (!ok) return false;
        }
        return true;
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
