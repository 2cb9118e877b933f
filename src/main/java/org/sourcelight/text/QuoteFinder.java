package org.sourcelight.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Span;

/**
 * Finds quotations in normalized text (where all double quotation marks are {@code "} and all single ones and
 * apostrophes are {@code '}). Works paragraph by paragraph, best effort, and never fails: unbalanced marks give
 * best-effort spans. Linear in the paragraph.
 * <p>
 * <b>Double marks.</b> A mark is read as opening or closing from its neighbours (space or start before and a
 * letter after opens; a letter or punctuation before and space or punctuation after closes), so a quote nested
 * with the same marks is still found. An unclosed quote runs to the end of its paragraph; a paragraph that opens
 * with a quote mark right after such a paragraph is marked as a continuation.
 * <p>
 * <b>Single marks</b>, as British and Irish papers print quotations ({@code 'We apologise,' a spokesman said}),
 * are read by general rules, since the same character is also the apostrophe (decision 0058):
 * <ul>
 *   <li>an apostrophe between letters or digits ("It's", "council's", "O'Brien") is never a quote mark, nor one
 *       opening a standard elision ("'em", "'n'", "'til", "'90s": {@link #ELISIONS});</li>
 *   <li>a mark opens after the start, a space, a bracket, a dash or a colon, before a letter or digit; it closes
 *       after a letter, digit or punctuation, before a space, punctuation or the end;</li>
 *   <li>a closing-looking mark after a letter and before a space and a word is weak: "the visitors' manager" (a
 *       plural possessive), "goin' home". It closes an open quote only when no clear closing mark (after
 *       punctuation, or before punctuation or the end) follows before the next opening one, so "'The players'
 *       effort was superb,' he said" is one quote and "called them 'cowards' and left" is found too;</li>
 *   <li>where the original text tells (read through the offset map), a left mark ‘ only opens and a right mark ’
 *       (also the typographic apostrophe) never opens; a prime ′ is no quote mark;</li>
 *   <li>marks pair within a paragraph; while one is open, another opening-looking mark is read as an apostrophe
 *       (in this style a quote inside a quote takes double marks). An open quote with no closing mark is kept only
 *       when it opens the paragraph or follows a colon (a quote running on into the next paragraph); a stray mark
 *       elsewhere makes no quote;</li>
 *   <li>a paragraph that is a line of program code (a mark right after a call's bracket, {@code f('x')}, or an
 *       equals sign) has no single-quoted quotations: its marks delimit strings;</li>
 *   <li>single marks inside a double-quoted quotation are its content (a quote within a quote), never a quote of
 *       their own.</li>
 * </ul>
 * A paragraph wrapped in single quotes (a quoted headline) is a quote too.
 */
public final class QuoteFinder {
    /**
     * Standard English elisions written with a leading apostrophe ("rock 'n' roll", "let 'em", "'til then", "'tis",
     * "'twas", "'cause", "'bout"): a closed class of the orthography (any English dictionary), not grown from data.
     * Lower case; matched as a whole word after the mark.
     */
    private static final List<String> ELISIONS = List.of("n", "em", "til", "tis", "twas", "cause", "bout");

    public List<QuoteSpan> find(String text, List<Span> paragraphs) {
        return find(text, paragraphs, null, null);
    }

    /**
     * @param original the original text {@code text} was normalized from, or null
     * @param map      the offset map from {@code text} to {@code original} (null when {@code original} is)
     */
    public List<QuoteSpan> find(String text, List<Span> paragraphs, String original, OffsetMap map) {
        List<QuoteSpan> out = new ArrayList<>();
        boolean previousUnclosed = false;
        Marks marks = new Marks(text, original, map);
        char[] cs = text.toCharArray(); // the marks are looked for here: charAt on a text with non-Latin-1 characters costs more
        for (Span p : paragraphs) {
            int before = out.size();
            boolean unclosed = findInParagraph(text, cs, p, out, previousUnclosed);
            unclosed |= findSingleInParagraph(text, cs, p, out, before, previousUnclosed, marks);
            if (out.size() == before && isSingleQuoted(text, p)) {
                out.add(new QuoteSpan(p.start(), p.end(), p.start() + 1, p.end() - 1, true, false));
            }
            previousUnclosed = unclosed;
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    private static boolean isSingleQuoted(String text, Span p) {
        if (p.length() < 3) return false;
        return text.charAt(p.start()) == '\'' && text.charAt(p.end() - 1) == '\''
                && Character.isLetterOrDigit(text.charAt(p.start() + 1));
    }

    /** Returns true when the paragraph ends inside an unclosed quote. */
    private static boolean findInParagraph(String text, char[] cs, Span p, List<QuoteSpan> out, boolean previousUnclosed) {
        Deque<Integer> open = new ArrayDeque<>();
        boolean continued = false;
        List<QuoteSpan> local = new ArrayList<>();
        for (int i = p.start(); i < p.end(); i++) {
            if (cs[i] != '"') continue;
            char prev = i > p.start() ? text.charAt(i - 1) : ' ';
            char next = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
            boolean canOpen = isOpenContext(prev) && !Character.isWhitespace(next);
            boolean canClose = !Character.isWhitespace(prev) && (isCloseContext(next));
            // a mark glued to the next word after the closing punctuation of a quote ('"We will win,"Clinton said')
            // closes the open quote: a quote inside a quote takes single marks in this style
            if (!open.isEmpty() && canOpen && (prev == ',' || prev == '.' || prev == '!' || prev == '?')) canClose = true;
            if (open.isEmpty()) {
                if (canOpen || !canClose) {
                    if (i == p.start() && previousUnclosed) continued = true;
                    open.push(i);
                }
                // a lone closing-looking mark with nothing open is ignored
            } else if (canOpen && !canClose) {
                open.push(i); // nested quote with the same marks
            } else {
                int s = open.pop();
                boolean cont = continued && s == p.start();
                local.add(new QuoteSpan(s, i + 1, s + 1, i, true, cont));
            }
        }
        boolean unclosed = false;
        while (!open.isEmpty()) {
            int s = open.removeLast(); // outermost first
            int e = p.end();
            boolean cont = continued && s == p.start();
            local.add(new QuoteSpan(s, e, Math.min(s + 1, e), e, false, cont));
            unclosed = true;
            open.clear();
        }
        out.addAll(local);
        return unclosed;
    }

    private static boolean isOpenContext(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '-' || prev == '\u2013'
                || prev == '\u2014' || prev == ':' || prev == ',';
    }

    private static boolean isCloseContext(char next) {
        return Character.isWhitespace(next) || next == '.' || next == ',' || next == ';' || next == ':' || next == '!'
                || next == '?' || next == ')' || next == ']' || next == '\'' || next == '-' || next == '\u2013'
                || next == '\u2014' || next == '"';
    }

    // ---- single quotation marks -------------------------------------------------------------------------------

    private static final byte OPEN = 1, CLOSE = 2, WEAK_CLOSE = 3;

    /** What the original text says of a normalized {@code '}: the character it was written as. */
    private static final class Marks {
        private final String text;
        private final String original;
        private final OffsetMap map;

        Marks(String text, String original, OffsetMap map) {
            this.text = text;
            this.original = map == null || map.normalizedLength() != text.length() ? null : original;
            this.map = map;
        }

        /** The original character of normalized offset {@code i}, or {@code '} when it cannot be read. */
        char originalAt(int i) {
            if (original == null) return '\'';
            int o = map.toOriginal(i);
            return o >= 0 && o < original.length() ? original.charAt(o) : '\'';
        }
    }

    /**
     * Finds the single-quoted quotations of paragraph {@code p} and adds them to {@code out}; the double-quoted ones
     * of the paragraph are {@code out[from, size)}. Returns true when the paragraph ends inside an unclosed one.
     */
    private static boolean findSingleInParagraph(String text, char[] cs, Span p, List<QuoteSpan> out, int from, boolean previousUnclosed,
                                                 Marks marks) {
        int ps = p.start(), pe = p.end();
        int first = ps; // read within the paragraph only: a search past its end would re-read the text per paragraph
        while (first < pe && cs[first] != '\'') first++;
        if (first == pe) return false;
        int[] inDouble = doubleContents(out, from);
        int[] pos = new int[8];
        byte[] kind = new byte[8];
        int n = 0, d = 0;
        for (int i = first; i < pe; i++) {
            if (cs[i] != '\'') continue;
            while (d < inDouble.length && inDouble[d + 1] <= i) d += 2;
            if (d < inDouble.length && inDouble[d] <= i) continue; // a quote within a double-quoted quote
            if (codeString(text, ps, i)) return false; // a line of program code: its marks delimit strings
            byte k = classify(text, ps, pe, i, marks);
            if (k == 0) continue;
            if (n == pos.length) {
                pos = java.util.Arrays.copyOf(pos, n * 2);
                kind = java.util.Arrays.copyOf(kind, n * 2);
            }
            pos[n] = i;
            kind[n++] = k;
        }
        if (n == 0) return false;
        // clearCloseAhead[k]: a clear closing mark follows mark k before the next opening one
        boolean[] clearCloseAhead = new boolean[n];
        boolean seen = false;
        for (int k = n - 1; k >= 0; k--) {
            clearCloseAhead[k] = seen;
            if (kind[k] == CLOSE) seen = true;
            else if (kind[k] == OPEN) seen = false;
        }
        int open = -1;
        for (int k = 0; k < n; k++) {
            if (kind[k] == OPEN) {
                if (open < 0) open = pos[k];
            } else if (open >= 0 && (kind[k] == CLOSE || !clearCloseAhead[k])) {
                out.add(new QuoteSpan(open, pos[k] + 1, open + 1, pos[k], true, previousUnclosed && open == ps));
                open = -1;
            }
        }
        if (open >= 0 && (open == ps || afterColon(text, ps, open))) {
            out.add(new QuoteSpan(open, pe, open + 1, pe, false, previousUnclosed && open == ps));
            return true;
        }
        return false;
    }

    /** The content spans of the double-quoted quotes {@code out[from, size)}, merged, as start/end pairs in order. */
    private static int[] doubleContents(List<QuoteSpan> out, int from) {
        int n = out.size() - from;
        if (n == 0) return new int[0];
        long[] spans = new long[n];
        for (int k = 0; k < n; k++) {
            QuoteSpan q = out.get(from + k);
            spans[k] = (long) q.contentStart() << 32 | q.contentEnd();
        }
        java.util.Arrays.sort(spans);
        int[] merged = new int[2 * n];
        int m = 0;
        for (long s : spans) {
            int a = (int) (s >>> 32), b = (int) s;
            if (m > 0 && a <= merged[m - 1]) merged[m - 1] = Math.max(merged[m - 1], b);
            else { merged[m++] = a; merged[m++] = b; }
        }
        return java.util.Arrays.copyOf(merged, m);
    }

    /** {@link #OPEN}, {@link #CLOSE}, {@link #WEAK_CLOSE} or 0 (an apostrophe, or no quote mark) for the mark at i. */
    private static byte classify(String text, int ps, int pe, int i, Marks marks) {
        char prev = i > ps ? text.charAt(i - 1) : ' ';
        char next = i + 1 < pe ? text.charAt(i + 1) : ' ';
        boolean wordBefore = Character.isLetterOrDigit(prev), wordAfter = Character.isLetterOrDigit(next);
        if (wordBefore && wordAfter) return 0; // It's, council's, O'Brien
        char written = marks.originalAt(i);
        if (written == '\u2032') return 0; // a prime: feet, minutes
        if (wordAfter) {
            if (!opensAfter(prev) || written == '\u2019' || elision(text, i + 1, pe)) return 0;
            return OPEN;
        }
        if (Character.isWhitespace(prev) || opensAfter(prev) && prev != ':' || !closesBefore(next)
                || written == '\u2018' || written == '\u201A' || written == '\u201B') {
            return 0;
        }
        // after a letter, before a space and a word: a plural possessive or an elision as often as a closing mark
        if (wordBefore && Character.isWhitespace(next) && i + 2 < pe && Character.isLetterOrDigit(text.charAt(i + 2))) return WEAK_CLOSE;
        return CLOSE;
    }

    /** What may stand before an opening mark: the start, a space, a bracket, a dash or a colon. */
    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '-' || prev == '\u2013'
                || prev == '\u2014' || prev == ':' || prev == '/';
    }

    /** What may follow a closing mark: a space, punctuation, a bracket, a dash or a double mark (or the end). */
    private static boolean closesBefore(char next) {
        return Character.isWhitespace(next) || next == '.' || next == ',' || next == ';' || next == ':' || next == '!'
                || next == '?' || next == ')' || next == ']' || next == '}' || next == '-' || next == '\u2013'
                || next == '\u2014' || next == '"' || next == '\u2026';
    }

    /** True when a standard elision or a decade ("90s") follows the mark, as a whole word. */
    private static boolean elision(String text, int at, int pe) {
        int e = at;
        while (e < pe && e - at <= 5 && Character.isLetterOrDigit(text.charAt(e))) e++; // no elision is longer
        int len = e - at;
        if (len == 3 && Character.isDigit(text.charAt(at)) && Character.isDigit(text.charAt(at + 1))
                && (text.charAt(at + 2) == 's' || text.charAt(at + 2) == 'S')) return true; // '90s
        if (len > 5) return false;
        for (String w : ELISIONS) if (w.length() == len && text.regionMatches(true, at, w, 0, len)) return true;
        return false;
    }

    /**
     * True when the mark at {@code i} opens a string of program code, as pages about software print it: right after
     * a call's bracket ({@code f('x')}) or an equals sign ({@code type = 'x'}). Prose puts a space before a bracket.
     */
    private static boolean codeString(String text, int ps, int i) {
        int k = i - 1;
        if (k >= ps && text.charAt(k) == '(') return k - 1 >= ps && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '_');
        if (k >= ps && text.charAt(k) == ' ') k--;
        return k >= ps && text.charAt(k) == '=';
    }

    /** True when only a colon (and spaces) stands between the paragraph's text and the mark at {@code i}. */
    private static boolean afterColon(String text, int ps, int i) {
        int k = i - 1;
        while (k >= ps && text.charAt(k) == ' ') k--;
        return k >= ps && text.charAt(k) == ':';
    }
}
