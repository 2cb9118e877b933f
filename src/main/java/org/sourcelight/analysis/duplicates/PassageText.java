package org.sourcelight.analysis.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;
import org.sourcelight.text.TextDocument;
import org.sourcelight.text.Tokens;

/**
 * An article as the duplicate finder compares it: its words (see {@link WordHash}) with their offsets in the
 * document's normalized text, and its units — the sentences (of every block that has them) and the footer
 * paragraphs, in text order. Passages are reported as runs of whole units, so a match always reaches the
 * sentence or paragraph boundaries (a unit's span is its sentence's, punctuation and quote marks included). A unit longer than {@link #MAX_UNIT_WORDS} words (a run-on text with no
 * sentence ends) is cut into equal chunks, which keeps every comparison of two units small.
 * Built once per document; never modified.
 */
final class PassageText {
    static final int MAX_UNIT_WORDS = 80;

    final TextDocument doc;
    /** Per word: hash, start and end offset, whether it is a content word (not a function word). */
    final long[] word;
    final int[] wordStart;
    final int[] wordEnd;
    final boolean[] content;
    /** Per word: whether it lies inside a quotation (between quotation marks). */
    final boolean[] quoted;
    /** Per unit: its words {@code [unitFirst, unitLast)}, its text offsets, footer or not, hash of its word sequence. */
    final int[] unitFirst;
    final int[] unitLast;
    final int[] unitStart;
    final int[] unitEnd;
    final boolean[] unitFooter;
    /** Per unit: a photo caption. */
    final boolean[] unitCaption;
    final long[] unitHash;

    private PassageText(TextDocument doc, long[] word, int[] wordStart, int[] wordEnd, boolean[] content,
                        int[] unitFirst, int[] unitLast, int[] unitStart, int[] unitEnd, boolean[] unitFooter,
                        boolean[] unitCaption) {
        this.doc = doc;
        this.word = word;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.content = content;
        this.unitFirst = unitFirst;
        this.unitLast = unitLast;
        this.unitFooter = unitFooter;
        this.unitCaption = unitCaption;
        this.quoted = new boolean[word.length];
        int at = 0;
        for (QuoteSpan q : doc.quotes()) {
            while (at < word.length && wordStart[at] < q.contentStart()) at++;
            while (at < word.length && wordEnd[at] <= q.contentEnd()) quoted[at++] = true;
        }
        markDoubledApostropheQuotes(doc.text(), wordStart, quoted);
        this.unitStart = unitStart;
        this.unitEnd = unitEnd;
        int n = unitFirst.length;
        this.unitHash = new long[n];
        for (int u = 0; u < n; u++) {
            long h = WordHash.start();
            for (int w = unitFirst[u]; w < unitLast[u]; w++) h = WordHash.combine(h, word[w]);
            unitHash[u] = h;
        }
    }

    /**
     * Some archives print quotation marks as two apostrophes ({@code ''like this''}, as in the New York Times texts
     * of news corpora); the document's quotations are found from double marks only, so words between such pairs in
     * one paragraph (no line break between them) are marked quoted here. Pairs are read left to right, the two marks
     * of a pair taken together (three marks are a pair and a lone mark). One pass: the pairs are found with
     * {@code indexOf}, and each stretch of text is searched at most once more for a line break.
     */
    private static void markDoubledApostropheQuotes(String text, int[] wordStart, boolean[] quoted) {
        int w = 0;
        int open = -1;
        int newline = -2; // the first line break at or after an earlier opening; -1: none; -2: not looked for yet
        for (int q = text.indexOf("''"); q >= 0; q = text.indexOf("''", q + 2)) {
            if (open >= 0) {
                if (newline != -1 && newline < open) newline = text.indexOf('\n', open);
                if (newline >= 0 && newline < q) open = -1;
            }
            if (open < 0) {
                open = q + 2;
            } else {
                while (w < wordStart.length && wordStart[w] < open) w++;
                while (w < wordStart.length && wordStart[w] < q) quoted[w++] = true;
                open = -1;
            }
        }
    }

    int units() { return unitFirst.length; }

    int words(int unit) { return unitLast[unit] - unitFirst[unit]; }

    /** Words from the first word of unit {@code a} to the last word of unit {@code b}, inclusive. */
    int words(int a, int b) { return unitLast[b] - unitFirst[a]; }

    /** True when units {@code a..b} (inclusive) hold the same word sequence as units {@code c..d} of {@code o}. */
    boolean sameWords(int a, int b, PassageText o, int c, int d) {
        int from = unitFirst[a], to = unitLast[b], oFrom = o.unitFirst[c], oTo = o.unitLast[d];
        if (to - from != oTo - oFrom) return false;
        for (int i = 0; i < to - from; i++) if (word[from + i] != o.word[oFrom + i]) return false;
        return true;
    }

    /**
     * True when units {@code a..b} and units {@code c..d} of {@code o} hold as many words, the same at every place
     * but where both hold a number ("Page 7" and "Page 10").
     */
    boolean sameButNumbers(int a, int b, PassageText o, int c, int d) {
        int from = unitFirst[a], to = unitLast[b], oFrom = o.unitFirst[c], oTo = o.unitLast[d];
        if (to - from != oTo - oFrom) return false;
        String t = doc.text(), ot = o.doc.text();
        for (int i = 0; i < to - from; i++) {
            if (word[from + i] == o.word[oFrom + i]) continue;
            if (!Character.isDigit(t.charAt(wordStart[from + i])) || !Character.isDigit(ot.charAt(o.wordStart[oFrom + i]))) return false;
        }
        return true;
    }

    boolean allFooter(int a, int b) {
        for (int u = a; u <= b; u++) if (!unitFooter[u]) return false;
        return true;
    }

    boolean allCaption(int a, int b) {
        for (int u = a; u <= b; u++) if (!unitCaption[u]) return false;
        return true;
    }

    /** Tokenizes a document; {@code stopwords} are the hashes of the function words. */
    static PassageText of(TextDocument doc, WordSet stopwords) {
        String text = doc.text();
        List<int[]> spans = new ArrayList<>(); // {start, end, 0 sentence / 1 footer / 2 caption}
        for (Sentence s : doc.sentences()) spans.add(new int[] {s.start(), s.end(), s.blockKind() == BlockKind.CAPTION ? 2 : 0});
        for (Block b : doc.blocks()) if (b.kind() == BlockKind.FOOTER) spans.add(new int[] {b.start(), b.end(), 1});
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));

        Growable g = new Growable(Math.max(16, text.length() / 5));
        char[] chars = text.toCharArray(); // indexed directly: String.charAt on a text with non-Latin-1 characters costs more
        Tokens tokens = doc.tokens();
        FormHashes forms = new FormHashes(tokens.formCount());
        for (int[] sp : spans) {
            int first = g.words;
            tokenize(tokens, chars, sp[0], sp[1], stopwords, forms, g);
            int count = g.words - first;
            if (count == 0) continue;
            int chunks = (count + MAX_UNIT_WORDS - 1) / MAX_UNIT_WORDS;
            int size = (count + chunks - 1) / chunks;
            for (int from = first; from < g.words; from += size) {
                int to = Math.min(g.words, from + size);
                int start = from == first ? sp[0] : g.start[from];
                int end = to == g.words ? sp[1] : g.end[to - 1];
                g.unit(from, to, start, end, sp[2] == 1, sp[2] == 2);
            }
        }
        return new PassageText(doc, Arrays.copyOf(g.word, g.words), Arrays.copyOf(g.start, g.words),
                Arrays.copyOf(g.end, g.words), Arrays.copyOf(g.content, g.words), Arrays.copyOf(g.uFirst, g.units),
                Arrays.copyOf(g.uLast, g.units), Arrays.copyOf(g.uStart, g.units), Arrays.copyOf(g.uEnd, g.units),
                Arrays.copyOf(g.uFooter, g.units), Arrays.copyOf(g.uCaption, g.units));
    }

    /**
     * The words of {@code [from, to)}: words joined by an inner apostrophe, hashed as {@link WordHash} says. A word of
     * one ASCII token hashes its lower-case form ({@link Tokens#ascii}), so it is hashed once per form of the document.
     */
    private static void tokenize(Tokens t, char[] text, int from, int to, WordSet stopwords, FormHashes forms, Growable g) {
        int last = t.firstStartingAt(to);
        for (int i = t.firstStartingAt(from); i < last; ) {
            if (!t.isWord(i)) {
                i++;
                continue;
            }
            int j = t.joinedEnd(i, to, "'");
            int f = j == i + 1 && t.ascii(i) ? t.form(i) : -1;
            long w;
            boolean content;
            if (f >= 0 && forms.known[f]) {
                w = forms.hash[f];
                content = forms.content[f];
            } else {
                long h = WordHash.start();
                for (int k = i; k < j; k += 2) {
                    for (int c = t.start(k), e = t.end(k); c < e; c++) {
                        char ch = text[c];
                        h = WordHash.add(h, ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Tokens.foldChar(ch));
                    }
                }
                w = WordHash.finish(h);
                content = !stopwords.contains(w);
                if (f >= 0) {
                    forms.known[f] = true;
                    forms.hash[f] = w;
                    forms.content[f] = content;
                }
            }
            g.word(w, t.start(i), t.end(j - 1), content);
            i = j;
        }
    }

    /** Per lower-case form of the document: the hash of a one-token ASCII word of that form, once computed. */
    private static final class FormHashes {
        final boolean[] known;
        final long[] hash;
        final boolean[] content;

        FormHashes(int forms) {
            known = new boolean[forms];
            hash = new long[forms];
            content = new boolean[forms];
        }
    }

    /** Growable parallel arrays used while tokenizing. */
    private static final class Growable {
        long[] word;
        int[] start;
        int[] end;
        boolean[] content;
        int words;
        int[] uFirst = new int[64];
        int[] uLast = new int[64];
        int[] uStart = new int[64];
        int[] uEnd = new int[64];
        boolean[] uFooter = new boolean[64];
        boolean[] uCaption = new boolean[64];
        int units;

        Growable(int capacity) {
            word = new long[capacity];
            start = new int[capacity];
            end = new int[capacity];
            content = new boolean[capacity];
        }

        void word(long w, int s, int e, boolean c) {
            if (words == word.length) {
                int n = words * 2;
                word = Arrays.copyOf(word, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                content = Arrays.copyOf(content, n);
            }
            word[words] = w;
            start[words] = s;
            end[words] = e;
            content[words] = c;
            words++;
        }

        void unit(int first, int last, int start, int end, boolean footer, boolean caption) {
            if (units == uFirst.length) {
                int n = units * 2;
                uFirst = Arrays.copyOf(uFirst, n);
                uLast = Arrays.copyOf(uLast, n);
                uStart = Arrays.copyOf(uStart, n);
                uEnd = Arrays.copyOf(uEnd, n);
                uFooter = Arrays.copyOf(uFooter, n);
                uCaption = Arrays.copyOf(uCaption, n);
            }
            uFirst[units] = first;
            uLast[units] = last;
            uStart[units] = start;
            uEnd[units] = end;
            uFooter[units] = footer;
            uCaption[units] = caption;
            units++;
        }
    }
}
