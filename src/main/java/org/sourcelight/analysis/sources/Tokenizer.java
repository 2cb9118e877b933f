package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;

/**
 * Splits a body block into tokens. A word is a run of letters and digits with inner apostrophes, hyphens and dots
 * ("Russia's", "London-based", "U.S."); every other visible character is a token of its own. Each token knows
 * whether it is inside a quotation and which sentence it belongs to. Linear in the block's length.
 */
final class Tokenizer {
    private Tokenizer() {}

    /**
     * @param quotes    the document's quotations, sorted by start
     * @param sentences the document's sentences, sorted by start
     */
    static List<Token> tokenize(String text, int from, int to, List<QuoteSpan> quotes, List<Sentence> sentences) {
        List<Token> out = new ArrayList<>();
        int q = 0;
        int s = firstSentenceEndingAfter(sentences, from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int end;
            Token.Type type;
            if (Character.isLetterOrDigit(c)) {
                end = i + 1;
                while (end < to) {
                    char d = text.charAt(end);
                    if (Character.isLetterOrDigit(d)) { end++; continue; }
                    if ((d == '\'' || d == '-' || d == '.') && end + 1 < to && Character.isLetterOrDigit(text.charAt(end + 1))) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                // an initialism keeps its final dot ("U.S.")
                if (end < to && text.charAt(end) == '.' && end - i >= 3 && text.charAt(end - 2) == '.') end++;
                type = Token.Type.WORD;
            } else {
                end = i + 1;
                type = switch (c) {
                    case ',' -> Token.Type.COMMA;
                    case '.', '!', '?', '\u2026' -> Token.Type.STOP;
                    case ':', ';' -> Token.Type.COLON;
                    case '"' -> Token.Type.QUOTE;
                    case '(', '[' -> Token.Type.OPEN;
                    case ')', ']' -> Token.Type.CLOSE;
                    default -> Token.Type.OTHER;
                };
            }
            while (q < quotes.size() && quotes.get(q).end() <= i) q++;
            boolean quoted = insideQuote(quotes, q, i, type == Token.Type.QUOTE);
            while (s < sentences.size() - 1 && sentences.get(s).end() <= i) s++;
            String t = text.substring(i, end);
            out.add(new Token(i, end, t, type == Token.Type.WORD ? SourceLexicons.lower(t) : t, type, quoted, s));
            i = end;
        }
        return out;
    }

    /** True when offset {@code i} is quoted text; a quotation mark counts only when nested inside another quote. */
    private static boolean insideQuote(List<QuoteSpan> quotes, int from, int i, boolean mark) {
        for (int k = from; k < quotes.size() && quotes.get(k).start() <= i; k++) {
            QuoteSpan qs = quotes.get(k);
            if (i < qs.contentStart() || i >= qs.contentEnd()) continue;
            if (!mark || (i != qs.start() && i != qs.end() - 1)) return true;
        }
        return false;
    }

    private static int firstSentenceEndingAfter(List<Sentence> sentences, int offset) {
        int lo = 0, hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return Math.min(lo, Math.max(0, sentences.size() - 1));
    }
}
