package org.sourcelight.analysis.sources;

import java.util.List;
import org.sourcelight.model.Sentence;

/**
 * The body block being read: its tokens, which of them may stand in a speaker phrase (marked once), and lookups
 * into the document's sentences and the block's quotations. Token-range helpers that every rule shares are here
 * too: two tokens in one sentence, the start of a comma segment or of the sentence.
 */
final class BlockContext {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final QuoteIndex quotes;
    final int block;
    final int blockStart;
    /** Tokens that may stand in a named speaker phrase (names, numbers, role nouns, titles' dots). */
    final boolean[] np;
    /** Tokens that may stand in a subject noun phrase read back from its verb (any content word, titles' dots). */
    final boolean[] wide;

    BlockContext(String text, List<Token> tokens, List<Sentence> sentences, QuoteIndex quotes, int block, int blockStart,
                 boolean[] np, boolean[] wide) {
        if (np.length != tokens.size() || wide.length != tokens.size()) throw new IllegalArgumentException("one mark per token");
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.quotes = quotes;
        this.block = block;
        this.blockStart = blockStart;
        this.np = np;
        this.wide = wide;
    }

    Sentence sentence(int index) { return sentences.get(index); }

    int sentenceIndexAt(int offset) {
        int lo = 0, hi = sentences.size() - 1, best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }

    int sentenceStartAt(int offset) { return sentences.isEmpty() ? offset : Math.min(offset, sentences.get(sentenceIndexAt(offset)).start()); }

    static boolean same(List<Token> t, int a, int b) { return t.get(a).sentence() == t.get(b).sentence(); }

    /** The first token after the comma, quote or sentence start that precedes token {@code k}. */
    static int segmentStart(List<Token> t, int k) {
        int s = k;
        while (s - 1 >= 0 && same(t, s - 1, k) && t.get(s - 1).type() != Token.Type.COMMA
                && t.get(s - 1).type() != Token.Type.QUOTE && t.get(s - 1).type() != Token.Type.COLON) s--;
        return s;
    }

    static int sentenceFirst(List<Token> t, int k) {
        int s = k;
        while (s - 1 >= 0 && same(t, s - 1, k)) s--;
        return s;
    }

    static boolean byFollows(List<Token> t, int j) {
        for (int k = j; k < t.size() && same(t, k, j - 1); k++) if (t.get(k).is("by") && !t.get(k).quoted()) return true;
        return false;
    }

    /** True when token {@code k} may end reported words: a comma, or the closing mark of a quotation. */
    boolean isContentBoundary(int k) {
        if (k < 0) return false;
        Token y = tokens.get(k);
        return y.type() == Token.Type.COMMA || y.type() == Token.Type.QUOTE && quotes.closingAt(y.end()) != null;
    }
}
