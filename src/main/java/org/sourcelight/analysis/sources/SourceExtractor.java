package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Source;
import org.sourcelight.text.LexiconSet;
import org.sourcelight.text.TextDocument;

/**
 * Finds every attribution in the body text and groups the mentions by speaker. Stateless and thread-safe.
 * <p>
 * Only body blocks are read (or the title, when an article has nothing else): titles, captions, sub-headings and footers are skipped, so a caption naming someone
 * between a name and "he said" does not change who "he" is. Quoted words never become speakers or cues. A quote
 * with no cue of its own that follows a quoted speaker (later in the same paragraph, or opening the next paragraph)
 * continues that speaker's words, and so does a paragraph that is all quotation right after an indirect
 * attribution ("Sanders said he would stay in the race." then "\"We will fight on.\""). A mention is {@code direct} when at least half of its content is quoted words.
 * Never throws on odd input (unbalanced quotes, one-line articles): it reports what it can find.
 */
public final class SourceExtractor {
    public static final int VERSION = 4;

    private final SourceLexicons lex;
    private final AttributionFinder finder;
    private final SpeakerResolver resolver;

    /** The extractor over the word lists of {@code lexicons} (attribution verbs, role nouns, countries …). */
    public SourceExtractor(LexiconSet lexicons) {
        this(lexicons, List.of());
    }

    /** The same, with these outlet names recognised as media when they speak ("Xinhua said"); see {@code OutletRegistry.speakerNames()}. */
    public SourceExtractor(LexiconSet lexicons, java.util.Collection<org.sourcelight.model.OutletName> outletNames) {
        this.lex = new SourceLexicons(lexicons, outletNames);
        this.finder = new AttributionFinder(lex, new SpeakerParser(lex));
        this.resolver = new SpeakerResolver(lex);
    }

    private static final class Shipped {
        static final SourceExtractor EXTRACTOR = new SourceExtractor(LexiconSet.shipped(),
                org.sourcelight.analysis.outlets.OutletRegistry.shipped().speakerNames());
    }

    /** The extractor with the shipped word lists (built once). */
    public static SourceExtractor standard() { return Shipped.EXTRACTOR; }

    /** One line summing up who the article's voices are ({@link SourceSummary}), with this extractor's word lists. */
    public String summary(List<Source> sources) { return SourceSummary.describe(sources, lex); }

    public List<Source> extract(TextDocument doc) {
        String text = doc.text();
        List<RawMention> raws = new ArrayList<>();
        List<Speaker> registrations = new ArrayList<>();
        List<QuoteSpan> bodyQuotes = new ArrayList<>();
        List<Block> bodyBlocks = new ArrayList<>();
        List<QuoteSpan> all = doc.quotes();
        int q = 0;
        BlockKind read = readableKind(doc);
        for (Block b : doc.blocks()) {
            if (b.kind() != read) continue;
            while (q < all.size() && all.get(q).start() < b.start()) q++;
            int qe = q;
            while (qe < all.size() && all.get(qe).start() < b.end()) qe++;
            List<QuoteSpan> quotes = all.subList(q, qe);
            bodyQuotes.addAll(quotes);
            List<Token> tokens = BlockTokens.tokenize(doc.tokens(), b.start(), b.end(), quotes);
            AttributionFinder.Context c = finder.context(text, tokens, doc.sentences(), quotes, bodyBlocks.size(), b.start());
            raws.addAll(finder.find(c));
            registrations.addAll(finder.registrations(c));
            bodyBlocks.add(b);
        }
        raws = withContinuedQuotes(text, raws, bodyQuotes, bodyBlocks);
        return resolver.resolve(raws, registrations, bodyQuotes);
    }

    /** Body text; an article that is only a headline (a one-line text) is read from its title. */
    private static BlockKind readableKind(TextDocument doc) {
        for (Block b : doc.blocks()) if (b.kind() == BlockKind.BODY) return BlockKind.BODY;
        return BlockKind.TITLE;
    }

    /**
     * Adds the quotations that carry no cue but continue the previous quoted speaker: later in the same paragraph
     * ('"..." Mattis told reporters. "Geneva is ..."') or opening the next paragraph (sample 003).
     */
    private static List<RawMention> withContinuedQuotes(String text, List<RawMention> raws, List<QuoteSpan> quotes, List<Block> blocks) {
        List<RawMention> out = new ArrayList<>(raws);
        for (QuoteSpan q : quotes) {
            if (words(text, q) < 4 || covered(out, q) || nested(quotes, q)) continue;
            int block = blockOf(blocks, q.start());
            RawMention last = null;
            for (RawMention m : out) {
                int end = Math.max(m.cueEnd(), m.contentEnd());
                if (end <= q.start() && (last == null || end >= Math.max(last.cueEnd(), last.contentEnd()))) last = m;
            }
            if (last == null) continue;
            boolean sameBlock = last.block() == block;
            boolean opensNext = last.block() == block - 1 && q.start() == blocks.get(block).start();
            // a paragraph that is all quotation, right after an indirect attribution, is that speaker's words too
            boolean wholeParagraph = opensNext && q.end() >= blocks.get(block).end() - 1;
            if (!isDirect(quotes, last.contentStart(), last.contentEnd()) && !wholeParagraph) continue;
            if (!sameBlock && !opensNext) continue;
            out.add(new RawMention(null, q.start(), q.start(), "", q.start(), q.end(), block, q.start(), last));
        }
        out.sort((a, b) -> Integer.compare(a.anchor(), b.anchor()));
        return out;
    }

    private static boolean covered(List<RawMention> raws, QuoteSpan q) {
        for (RawMention m : raws) if (m.contentStart() < q.end() && q.start() < m.contentEnd()) return true;
        return false;
    }

    private static boolean nested(List<QuoteSpan> quotes, QuoteSpan q) {
        for (QuoteSpan o : quotes) if (o != q && o.start() < q.start() && q.end() <= o.end()) return true;
        return false;
    }

    private static int words(String text, QuoteSpan q) {
        int n = 1;
        for (int i = q.contentStart(); i < q.contentEnd(); i++) if (text.charAt(i) == ' ') n++;
        return n;
    }

    private static int blockOf(List<Block> blocks, int offset) {
        for (int i = blocks.size() - 1; i >= 0; i--) if (blocks.get(i).start() <= offset) return i;
        return 0;
    }

    /** True when quoted words make up at least half of {@code [start, end)}. */
    static boolean isDirect(List<QuoteSpan> quotes, int start, int end) {
        if (end <= start) return false;
        int quoted = 0, covered = start;
        for (QuoteSpan q : quotes) {
            int s = Math.max(Math.max(q.start(), covered), start), e = Math.min(q.end(), end);
            if (e > s) {
                quoted += e - s;
                covered = e;
            }
        }
        return quoted * 2 >= end - start;
    }
}
