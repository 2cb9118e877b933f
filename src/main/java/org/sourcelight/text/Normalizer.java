package org.sourcelight.text;

/**
 * Normalizes article text for analysis and display, keeping a map back to the original:
 * <ul>
 *   <li>line breaks (CRLF, CR, U+2028/2029, NEL) become {@code \n}; lines are trimmed;</li>
 *   <li>unicode spaces (no-break, thin, ideographic, tabs …) become one plain space; runs of spaces fold to one;</li>
 *   <li>invisible characters (zero-width space/joiners, BOM, soft hyphen) are dropped;</li>
 *   <li>typographic double quotes (“ ” „ ‟ « » ″) become {@code "}; typographic single quotes and apostrophes
 *       (‘ ’ ‚ ‛ ′) become {@code '}; two single quotes in a row ({@code ''}, as wire and archive copy writes a
 *       double quotation mark) become one {@code "}; three after a word close a nested quotation, single then
 *       double ({@code ,'''} becomes {@code ,'"});</li>
 *   <li>paragraphs (non-empty lines) are separated by exactly one blank line ({@code "\n\n"});</li>
 *   <li>a run of combining marks on one character keeps its first {@value #MAX_MARKS} marks (Unicode's
 *       Stream-Safe Text Format, UAX #15, allows no more than 30 in a row); longer runs ("Zalgo" text) are not
 *       language, and letting them through makes every word-boundary test re-read the run (decision 0022).</li>
 * </ul>
 * Characters the normalizer adds (the second {@code \n} of a paragraph break) map to the original offset of the
 * line break they stand for.
 */
public final class Normalizer {
    /** Most combining marks kept in a row (UAX #15 Stream-Safe Text Format). */
    public static final int MAX_MARKS = 30;

    private Normalizer() {}

    public record Result(String text, OffsetMap map) {}

    public static Result normalize(String original) {
        int n = original.length();
        char[] in = original.toCharArray(); // read directly: charAt on a text with non-Latin-1 characters costs more
        char[] out = new char[n + n / 8 + 16];
        int[] map = new int[n + 16];
        int len = 0;
        boolean pendingSpace = false;
        int pendingSpaceAt = -1;
        boolean pendingBreak = false;
        int pendingBreakAt = -1;
        int marks = 0; // combining marks in a row just written
        boolean lowHalfOfMark = false;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (plain(c) && !lowHalfOfMark && !pendingBreak && !pendingSpace) {
                // the common case, printable ASCII but the apostrophe inside a line: not a mark, a break, a space
                // or invisible, mapped to itself; written as the general path below would write it. A whole run of
                // such characters is copied at once, with the single spaces between them: a space followed by such a
                // character is written by the general path as one space at its own offset, then that character
                int j = i + 1;
                while (j < n && (plain(in[j]) || in[j] == ' ' && j + 1 < n && plain(in[j + 1]))) j++;
                int run = j - i;
                if (len + run + 1 > out.length) out = ensure(out, len + run + 1);
                if (len + run + 1 > map.length) map = ensure(map, len + run + 1);
                System.arraycopy(in, i, out, len, run);
                for (int k = i; k < j; k++) map[len++] = k;
                marks = 0;
                i = j - 1;
                continue;
            }
            int markChars = lowHalfOfMark ? 0 : markLength(in, i);
            if (markChars > 0 && marks >= MAX_MARKS && !pendingBreak && !pendingSpace) {
                i += markChars - 1; // dropped, as an invisible character is
                continue;
            }
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f') {
                if (c == '\r' && i + 1 < n && in[i + 1] == '\n') continue; // CRLF: the LF speaks
                pendingSpace = false; // trailing spaces of a line are dropped
                if (len > 0 && !pendingBreak) {
                    pendingBreak = true;
                    pendingBreakAt = i;
                }
                continue;
            }
            if (isInvisible(c)) continue;
            if (isSpace(c)) {
                if (len > 0 && !pendingBreak && !pendingSpace) {
                    pendingSpace = true;
                    pendingSpaceAt = i;
                }
                continue;
            }
            if (pendingBreak) {
                map = ensure(map, len + 3);
                out = ensure(out, len + 3);
                out[len] = '\n';
                map[len++] = pendingBreakAt;
                out[len] = '\n';
                map[len++] = pendingBreakAt;
                pendingBreak = false;
                pendingSpace = false;
                marks = 0;
            } else if (pendingSpace) {
                map = ensure(map, len + 2);
                out = ensure(out, len + 2);
                out[len] = ' ';
                map[len++] = pendingSpaceAt;
                pendingSpace = false;
                marks = 0;
            }
            map = ensure(map, len + 2);
            out = ensure(out, len + 2);
            char m = mapChar(c);
            int at = i;
            // three in a row after a word close a single quotation inside a double one ("... 'Fox and Friends,'''"):
            // the single mark first, then the double ('' read at the next two)
            boolean closesNested = i > 0 && i + 2 < n && mapChar(in[i + 2]) == '\'' && !isSpace(in[i - 1])
                    && in[i - 1] != '\n' && in[i - 1] != '\r' && mapChar(in[i - 1]) != '\'' && mapChar(in[i - 1]) != '"';
            if (m == '\'' && markChars == 0 && i + 1 < n && mapChar(in[i + 1]) == '\'' && !closesNested) {
                m = '"'; // '' written for a double quotation mark: one mark, at the first of the two
                i++;
            }
            out[len] = m;
            map[len++] = at;
            if (markChars > 0) {
                marks++;
                lowHalfOfMark = markChars == 2;
            } else if (lowHalfOfMark) {
                lowHalfOfMark = false; // the second half of the mark just counted
            } else {
                marks = 0;
            }
        }
        map = ensure(map, len + 1);
        map[len] = n;
        int[] exact = new int[len + 1];
        System.arraycopy(map, 0, exact, 0, len + 1);
        return new Result(new String(out, 0, len), new OffsetMap(exact));
    }

    /** Printable ASCII but the apostrophe: never a mark, a break, a space or invisible, and mapped to itself. */
    private static boolean plain(char c) { return c > ' ' && c < 0x7F && c != '\''; }

    private static char[] ensure(char[] a, int size) {
        if (size <= a.length) return a;
        return java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static int[] ensure(int[] a, int size) {
        if (size <= a.length) return a;
        int[] b = new int[Math.max(size, a.length * 2)];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /** 1 or 2 (a surrogate pair) when a combining mark starts at {@code i}, else 0. */
    private static int markLength(char[] s, int i) {
        char c = s[i];
        if (c < '\u0300') return 0; // U+0300 is the first combining mark
        if (Character.isHighSurrogate(c) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1])) {
            return isMark(Character.toCodePoint(c, s[i + 1])) ? 2 : 0;
        }
        return isMark(c) ? 1 : 0;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\f');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    static char mapChar(char c) {
        switch (c) {
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return '\'';
            default:
                return c;
        }
    }
}
