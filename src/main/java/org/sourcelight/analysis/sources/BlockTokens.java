package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.text.Tokens;

/**
 * The tokens of a body block as the attribution rules read them, taken from the document's shared
 * {@link Tokens}: a word is a run of letters and digits with inner apostrophes, hyphens and dots ("Russia's",
 * "London-based", "U.S.") and the apostrophe of a plural possessive ("visitors'"); every other visible character
 * is a token of its own. A quotation mark ({@link Token.Type#QUOTE}) is a double mark or a single mark that opens
 * or closes one of the document's quotations ({@link Tokens#quoteMark}), never an apostrophe. Each token knows whether it is
 * inside a quotation and which sentence it belongs to. Linear in the block's length; no character is scanned
 * twice.
 */
final class BlockTokens {
    private BlockTokens() {}

    /** One string per ASCII character, shared by every document: most marks are ASCII. */
    private static final String[] ASCII = new String[128];
    static { for (char c = 0; c < ASCII.length; c++) ASCII[c] = String.valueOf(c); }

    /**
     * @param quotes the block's quotations, sorted by start
     * @param words  the document's words (one string per distinct form, word classes per form), shared by its blocks
     */
    static List<Token> tokenize(Tokens t, int from, int to, List<QuoteSpan> quotes, DocumentWords words) {
        FormSet forms = words.forms;
        String text = t.text();
        int q = 0;
        int first = t.firstStartingAt(from), last = t.firstStartingAt(to);
        List<Token> out = new ArrayList<>(last - first + 1);
        // a word's capital and digit and a mark's kind are read from the shared chain's first characters
        // ({@link Tokens#first}, decision 66), not from the text again
        for (int i = first; i < last; ) {
            int start = t.start(i);
            if (t.isWord(i)) {
                int j = digitGroups(t, t.joinedEnd(i, to, "'-."), last);
                if (j < last) j = t.possessiveEnd(j); // "visitors'" is one word, as "company's" is
                int end = t.end(j - 1);
                // an initialism keeps its final dot ("U.S.")
                if (j < last && t.isSymbol(j) && t.first(j) == '.' && t.start(j) == end && end - start >= 3
                        && text.charAt(end - 2) == '.') {
                    end++;
                    j++;
                }
                // one string per distinct word: a block of millions of words holds tens of thousands of forms
                // a one-token word already in lower case is the shared chain's lower-case string itself
                String word, lower;
                int classes;
                if (j == i + 1) {
                    lower = t.lower(i);
                    word = words.written(i);
                    classes = words.classesOf(i);
                } else {
                    word = forms.intern(text, start, end);
                    lower = words.lowerOf(word);
                    classes = words.classesOfWord(word);
                }
                out.add(new Token(start, end, word, lower, Token.Type.WORD, t.quoted(i), t.sentence(i), classes,
                        t.capitalised(i), t.digit(i)));
                i = j;
                continue;
            }
            for (int c = start, e = t.end(i); c < e; c++) { // a symbol, or each mark of a run of combining marks
                char ch = c == start ? t.first(i) : text.charAt(c);
                Token.Type type = switch (ch) {
                    case ',' -> Token.Type.COMMA;
                    case '.', '!', '?', '\u2026' -> Token.Type.STOP;
                    case ':', ';' -> Token.Type.COLON;
                    case '"' -> Token.Type.QUOTE;
                    case '\'' -> t.quoteMark(i) ? Token.Type.QUOTE : Token.Type.OTHER; // a single quote's mark, not an apostrophe
                    case '(', '[' -> Token.Type.OPEN;
                    case ')', ']' -> Token.Type.CLOSE;
                    default -> Token.Type.OTHER;
                };
                boolean quoted;
                if (type == Token.Type.QUOTE) {
                    while (q < quotes.size() && quotes.get(q).end() <= c) q++;
                    quoted = insideQuote(quotes, q, c);
                } else {
                    quoted = t.quoted(i);
                }
                String s = ch < ASCII.length ? ASCII[ch] : forms.intern(text, c, c + 1);
                out.add(new Token(c, c + 1, s, s, type, quoted, t.sentence(i), words.symbolClasses(ch, s), false, false));
            }
            i++;
        }
        return out;
    }

    /**
     * A number written with thousands separators is one word ("2,000", "1,250,000"): a comma between a run of
     * digits and exactly three digits is part of the number, not a break in the phrase ("more than 2,000 people").
     * @param j the end (exclusive, in shared tokens) of the word read so far
     */
    private static int digitGroups(Tokens t, int j, int last) {
        String text = t.text();
        while (j + 1 < last && t.digit(j - 1) && allDigits(text, t.start(j - 1), t.end(j - 1)) && t.isSymbol(j)
                && t.first(j) == ',' && t.start(j) == t.end(j - 1) && t.isWord(j + 1) && t.start(j + 1) == t.end(j)
                && t.end(j + 1) - t.start(j + 1) == 3 && allDigits(text, t.start(j + 1), t.end(j + 1))) {
            j += 2;
        }
        return j;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        return true;
    }

    /** True when the quotation mark at {@code i} is nested inside another quote (not one of its own marks). */
    private static boolean insideQuote(List<QuoteSpan> quotes, int from, int i) {
        for (int k = from; k < quotes.size() && quotes.get(k).start() <= i; k++) {
            QuoteSpan qs = quotes.get(k);
            if (i < qs.contentStart() || i >= qs.contentEnd()) continue;
            if (i != qs.start() && i != qs.end() - 1) return true;
        }
        return false;
    }
}
