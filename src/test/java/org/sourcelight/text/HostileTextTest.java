package org.sourcelight.text;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Span;

/**
 * Every pattern and scan of the text layer over hostile input (issue 15, decision 0022): combining marks, long runs
 * of one character, no spaces, megabyte lines. Each asserts what the input gives; the timeout is only a guard against
 * a hang (the times are measured by {@code sourcelight bench hostile}).
 */
class HostileTextTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final int MB = 1 << 20;

    private static <T> T guarded(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG_GUARD, work::get);
    }

    private static TextDocument build(String text) {
        return guarded(() -> DocumentBuilder.standard().build(text, ArticleMeta.empty()));
    }

    private static List<BlockKind> kinds(TextDocument d) {
        return d.blocks().stream().map(Block::kind).toList();
    }

    @Test
    void aRunOfCombiningMarksKeepsItsFirstThirty() {
        String original = "Headline\n\n" + "e" + "\u0301".repeat(100_000) + " said.";
        Normalizer.Result r = guarded(() -> Normalizer.normalize(original));
        assertEquals("Headline\n\ne" + "\u0301".repeat(Normalizer.MAX_MARKS) + " said.", r.text());
        // the map still points into the original: " said." is at the end of both
        int space = r.text().indexOf(' ');
        assertEquals(original.indexOf(' '), r.map().toOriginal(space));
        assertEquals(original.length(), r.map().toOriginal(r.text().length()));
    }

    @Test
    void astralCombiningMarksAreCountedAsOneMarkEach() {
        String mark = "\uD834\uDD67"; // U+1D167 MUSICAL SYMBOL COMBINING TREMOLO-1, a surrogate pair
        String original = "a" + mark.repeat(50_000) + "b";
        String text = guarded(() -> Normalizer.normalize(original).text());
        assertEquals("a" + mark.repeat(Normalizer.MAX_MARKS) + "b", text);
    }

    @Test
    void marksAfterASpaceOrOnEachLetterAreKept() {
        // ordinary accents are never touched: "e\u0301" on every letter, and a mark after a space starts a new run
        String word = "e\u0301\u0302";
        String text = Normalizer.normalize((word + " ").repeat(1000).strip()).text();
        assertEquals((word + " ").repeat(1000).strip(), text);
    }

    @Test
    void combiningMarksDoNotMakeTheCreditPatternReread() {
        TextDocument d = build("Headline\n\n" + "e" + "\u0301".repeat(200_000));
        assertEquals(List.of(BlockKind.TITLE, BlockKind.SUBHEADING), kinds(d)); // short, no full stop
        assertEquals(1 + Normalizer.MAX_MARKS, d.blocks().get(1).end() - d.blocks().get(1).start());
    }

    @Test
    void aCreditAfterAMegabyteOfSpacesOrWordsIsFoundOrNotInBoundedTime() {
        // the spaces fold to one, so this is a short caption
        TextDocument d = build("Headline\n\nThe minister spoke.\n\nx" + " ".repeat(MB) + "(Photo by AFP)");
        assertEquals(List.of(BlockKind.TITLE, BlockKind.BODY, BlockKind.CAPTION), kinds(d));
        // a paragraph of a megabyte is never a caption, whatever it ends with
        TextDocument w = build("Headline\n\nThe minister spoke.\n\n" + "word ".repeat(MB / 5) + "(Photo by AFP)");
        assertEquals(List.of(BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY), kinds(w));
        // a real caption still is one
        TextDocument c = build("Headline\n\nThe minister spoke.\n\nThe minister at the meeting (Photo by AFP)");
        assertEquals(BlockKind.CAPTION, kinds(c).get(2));
    }

    @Test
    void aMegabyteOfBreadcrumbSeparatorsIsNotABreadcrumb() {
        TextDocument d = build("a / ".repeat(MB / 4) + "\n\nThe minister spoke.");
        assertNotEquals(BlockKind.BREADCRUMB, kinds(d).get(0));
        TextDocument real = build("News / Syria / Russia\n\nTitle here\n\nThe minister spoke.");
        assertEquals(BlockKind.BREADCRUMB, kinds(real).get(0));
    }

    @Test
    void aMegabyteOfUpperCaseWordsIsNotADateline() {
        TextDocument d = build("Headline\n\n" + "AB ".repeat(MB / 3) + "- x");
        assertFalse(kinds(d).contains(BlockKind.DATELINE));
        TextDocument real = build("Headline\n\nDAMASCUS, Syria (AP) \u2014 The minister spoke.");
        assertEquals(List.of(BlockKind.TITLE, BlockKind.DATELINE, BlockKind.BODY), kinds(real));
        assertEquals("DAMASCUS, Syria (AP) \u2014 ", real.slice(real.blocks().get(1).span()));
    }

    @Test
    void aBylineOfOneMegabyteWordIsNotAByline() {
        TextDocument d = build("BY " + "A".repeat(MB) + "\n\nThe minister spoke.");
        assertNotEquals(BlockKind.BYLINE, kinds(d).get(0));
    }

    @Test
    void aMegabyteInitialismIsScannedWithoutRecursion() {
        String text = "Headline\n\n" + "A.".repeat(MB / 2) + " Bob went home.";
        TextDocument d = build(text);
        // "A.A.…A." before " Bob" reads as an initialism like "U.S.", so no sentence ends there; the run is cut
        List<Sentence> body = d.sentences().stream().filter(s -> s.blockKind() == BlockKind.BODY).toList();
        for (Sentence s : body) assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_SENTENCE);
        assertTrue(d.text().substring(body.get(body.size() - 1).start(), body.get(body.size() - 1).end()).endsWith(" Bob went home."));
        assertTrue(SentenceSplitter.isInitialism("U.S"));
        assertTrue(SentenceSplitter.isInitialism("a.m"));
        assertFalse(SentenceSplitter.isInitialism("U.S."));
        assertFalse(SentenceSplitter.isInitialism("US"));
        assertFalse(SentenceSplitter.isInitialism("U..S"));
        assertTrue(SentenceSplitter.isInitialism("A.".repeat(MB / 2) + "B"));
    }

    @Test
    void initialsWithSpacesSplitLinearly() {
        TextDocument d = build("Headline\n\n" + "A. ".repeat(MB / 3));
        assertEquals(List.of(BlockKind.TITLE, BlockKind.BODY), kinds(d));
        for (Sentence s : d.sentences()) assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_SENTENCE);
    }

    @Test
    void aMegabyteWithoutAFullStopIsCutIntoBoundedSentencesAtSpaces() {
        String body = "word ".repeat(MB / 5).strip();
        TextDocument d = build("Headline\n\n" + body);
        List<Sentence> body0 = d.sentences().stream().filter(s -> s.blockKind() == BlockKind.BODY).toList();
        assertTrue(body0.size() >= body.length() / SentenceSplitter.MAX_SENTENCE, "pieces: " + body0.size());
        int covered = 0;
        for (Sentence s : body0) {
            assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_SENTENCE);
            String piece = d.text().substring(s.start(), s.end());
            assertTrue(piece.startsWith("word") && piece.endsWith("word"), "cut at a space");
            covered += s.end() - s.start();
        }
        assertEquals(body.length(), covered + body0.size() - 1, "every character but the cut spaces is in a sentence");
    }

    @Test
    void aMegabyteWordWithNoSpaceIsCutAtTheLimit() {
        SentenceSplitter sp = new SentenceSplitter(LexiconSet.shipped().get("abbreviations"));
        String text = "x".repeat(MB);
        List<Span> spans = guarded(() -> sp.split(text, 0, text.length()));
        assertEquals((MB + SentenceSplitter.MAX_SENTENCE - 1) / SentenceSplitter.MAX_SENTENCE, spans.size());
        assertEquals(0, spans.get(0).start());
        assertEquals(MB, spans.get(spans.size() - 1).end());
        // a surrogate pair is never cut in two
        String astral = "\uD83D\uDE00".repeat(MB / 2);
        for (Span s : guarded(() -> sp.split(astral, 0, astral.length()))) {
            assertFalse(Character.isLowSurrogate(astral.charAt(s.start())));
        }
    }

    @Test
    void ordinarySentencesAreNotCut() {
        SentenceSplitter sp = new SentenceSplitter(LexiconSet.shipped().get("abbreviations"));
        String t = "The U.S. Army said it. Officials at 10 a.m. agreed. Mr. Smith left.";
        List<Span> spans = sp.split(t, 0, t.length());
        assertEquals(List.of("The U.S. Army said it.", "Officials at 10 a.m. agreed.", "Mr. Smith left."),
                spans.stream().map(s -> t.substring(s.start(), s.end())).toList());
    }

    @Test
    void quotesLinesAndParagraphRunsStayLinear() {
        TextDocument q = build("Headline\n\n" + "\"".repeat(MB));
        assertEquals(2, q.blocks().size());
        TextDocument p = build("A.\n\n".repeat(MB / 16));
        assertEquals(MB / 16, p.paragraphs().size());
        TextDocument c = build("Headline\n\n" + "(".repeat(MB));
        assertEquals(2, c.blocks().size());
    }
}
