package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Mention;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Source;
import org.sourcelight.text.DocumentBuilder;

/** The quote index answers every lookup as a scan of all quotes would, and a block of many quotes is read whole. */
class QuoteIndexTest {

    /** Random nested and side-by-side quotations, sorted by start, as the quote finder gives them. */
    private static List<QuoteSpan> randomQuotes(Random r) {
        List<QuoteSpan> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < 40; i++) {
            at += r.nextInt(6);
            int len = 2 + r.nextInt(30);
            out.add(new QuoteSpan(at, at + len, at + 1, at + len - 1, r.nextInt(5) > 0, false));
            if (r.nextBoolean() && len > 6) { // a quote inside it
                int s = at + 1 + r.nextInt(len / 2 - 1);
                int e = Math.min(at + len - 1, s + 2 + r.nextInt(len / 2));
                out.add(new QuoteSpan(s, e, s + 1, Math.max(s + 1, e - 1), true, false));
            }
            at += r.nextInt(len);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    @Test
    void everyLookupEqualsAScanOfAllQuotes() {
        Random r = new Random(12);
        for (int round = 0; round < 200; round++) {
            List<QuoteSpan> quotes = randomQuotes(r);
            QuoteIndex index = new QuoteIndex(quotes);
            int max = quotes.get(quotes.size() - 1).end() + 3;
            for (int o = 0; o <= max; o++) {
                assertSame(scanClosingAt(quotes, o), index.closingAt(o), "closing at " + o);
                assertSame(scanStartingAt(quotes, o), index.startingAt(o), "starting at " + o);
                assertSame(scanAround(quotes, o), index.strictlyAround(o), "around " + o);
                int e = Math.min(max, o + r.nextInt(40));
                assertEquals(scanQuoted(quotes, o, e), index.quotedChars(o, e), "quoted in [" + o + ", " + e + ")");
            }
            for (QuoteSpan q : quotes) assertEquals(scanNested(quotes, q), index.nested(q), "nested " + q);
        }
    }

    @Test
    void aParagraphOfTwentyThousandQuotesIsReadWhole() {
        // '"Ab," said Cd. ' repeated: each quote has its own cue and speaker; read quote by quote with lookups that
        // scan all quotes this is billions of steps, with the index it is one pass
        int n = 20_000;
        String text = "Headline\n\n" + "\"Ab,\" said Cd. ".repeat(n);
        List<Source> sources = SourceExtractor.standard().extract(DocumentBuilder.standard().build(text, ArticleMeta.empty()));
        assertEquals(1, sources.size());
        Source cd = sources.get(0);
        assertEquals("Cd", cd.speaker());
        assertEquals(n, cd.mentions().size());
        Mention last = cd.mentions().get(n - 1);
        int at = text.length() - "\"Ab,\" said Cd. ".length();
        assertEquals(at, last.contentStart());
        assertEquals(at + "\"Ab,\"".length(), last.contentEnd());
        assertEquals("said", text.substring(last.cueStart(), last.cueEnd()));
    }

    private static QuoteSpan scanClosingAt(List<QuoteSpan> quotes, int end) {
        for (QuoteSpan q : quotes) {
            if (q.start() >= end) break;
            if (q.closed() && q.end() == end) return q;
        }
        return null;
    }

    private static QuoteSpan scanStartingAt(List<QuoteSpan> quotes, int start) {
        for (QuoteSpan q : quotes) {
            if (q.start() > start) break;
            if (q.start() == start) return q;
        }
        return null;
    }

    private static QuoteSpan scanAround(List<QuoteSpan> quotes, int offset) {
        for (QuoteSpan q : quotes) {
            if (q.start() >= offset) break;
            if (offset < q.end()) return q;
        }
        return null;
    }

    private static int scanQuoted(List<QuoteSpan> quotes, int start, int end) {
        int quoted = 0, covered = start;
        for (QuoteSpan q : quotes) {
            int s = Math.max(Math.max(q.start(), covered), start), e = Math.min(q.end(), end);
            if (e > s) {
                quoted += e - s;
                covered = e;
            }
        }
        return quoted;
    }

    private static boolean scanNested(List<QuoteSpan> quotes, QuoteSpan q) {
        for (QuoteSpan o : quotes) if (o != q && o.start() < q.start() && q.end() <= o.end()) return true;
        return false;
    }
}
