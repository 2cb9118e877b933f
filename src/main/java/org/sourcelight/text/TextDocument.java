package org.sourcelight.text;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Span;

/**
 * An article ready for analysis: normalized text (all offsets index it), the offset map back to the original,
 * typed blocks, sentences, quotation spans and the {@link Tokens} every analyser reads. Immutable (the tokens are
 * computed once, on first use).
 */
public final class TextDocument {
    private final String original;
    private final String text;
    private final OffsetMap map;
    private final ArticleMeta meta;
    private final List<Span> paragraphs;
    private final List<Block> blocks;
    private final List<Sentence> sentences;
    private final List<QuoteSpan> quotes;
    /** The tokens, kept softly: a run over many articles may drop them under memory pressure (they are rebuilt). */
    private volatile java.lang.ref.SoftReference<Tokens> tokens;

    TextDocument(String original, String text, OffsetMap map, ArticleMeta meta, List<Span> paragraphs,
                 List<Block> blocks, List<Sentence> sentences, List<QuoteSpan> quotes) {
        this.original = original;
        this.text = text;
        this.map = map;
        this.meta = meta;
        this.paragraphs = List.copyOf(paragraphs);
        this.blocks = List.copyOf(blocks);
        this.sentences = List.copyOf(sentences);
        this.quotes = List.copyOf(quotes);
        for (Block b : blocks) checkInside(b.start(), b.end());
        for (Sentence s : sentences) checkInside(s.start(), s.end());
        for (QuoteSpan q : quotes) checkInside(q.start(), q.end());
    }

    private void checkInside(int start, int end) {
        if (end > text.length()) throw new IllegalArgumentException("span [" + start + ", " + end + ") beyond text length " + text.length());
    }

    public String original() { return original; }

    public String text() { return text; }

    public OffsetMap offsetMap() { return map; }

    public ArticleMeta meta() { return meta; }

    public String title() {
        if (meta.title() != null && !meta.title().isBlank()) return meta.title();
        for (Block b : blocks) if (b.kind() == BlockKind.TITLE) return text.substring(b.start(), b.end());
        for (Block b : blocks) if (b.kind() == BlockKind.BODY) {
            String s = text.substring(b.start(), b.end());
            return s.length() > 80 ? s.substring(0, 77) + "…" : s;
        }
        return "Untitled";
    }

    public List<Span> paragraphs() { return paragraphs; }

    public List<Block> blocks() { return blocks; }

    public List<Sentence> sentences() { return sentences; }

    public List<QuoteSpan> quotes() { return quotes; }

    /** The document's tokens with their features, computed on first use and shared by every analyser. */
    public Tokens tokens() {
        java.lang.ref.SoftReference<Tokens> ref = tokens;
        Tokens t = ref == null ? null : ref.get();
        if (t == null) {
            t = Tokens.build(text, sentences, quotes);
            tokens = new java.lang.ref.SoftReference<>(t);
        }
        return t;
    }

    /** The block containing {@code offset}, or null (between paragraphs). */
    public Block blockAt(int offset) {
        int lo = 0, hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start()) hi = mid - 1;
            else if (offset >= b.end()) lo = mid + 1;
            else return b;
        }
        return null;
    }

    /** True when {@code offset} lies in running body text (not a caption, title, footer …). */
    public boolean isBody(int offset) {
        Block b = blockAt(offset);
        return b != null && b.kind().isBody();
    }

    /** The body sentences, in order. */
    public List<Sentence> bodySentences() {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) if (s.blockKind().isBody()) out.add(s);
        return out;
    }

    /** The quotation containing {@code offset}, or null. */
    public QuoteSpan quoteAt(int offset) {
        for (QuoteSpan q : quotes) {
            if (q.start() > offset) break;
            if (offset < q.end()) return q;
        }
        return null;
    }

    public String slice(Span s) { return text.substring(s.start(), s.end()); }

    /** Maps a normalized span back to the original text. */
    public Span toOriginal(Span s) { return new Span(map.toOriginal(s.start()), map.toOriginal(s.end())); }
}
