package org.sourcelight.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The brat reader and the span scoring of {@code eval attribution}, on a fixture written for this test. */
class AttributionEvalTest {
    // code points: the emoji is two UTF-16 units, so offsets after it shift by one
    private static final String TEXT = "\uD83D\uDE00 Officials said the plan works. \"It is fine,\" Ann Lee said.";

    @Test
    void readsDiscontinuousSpansAndConvertsCodePointOffsets() {
        // "Officials" is code points 2..11, UTF-16 3..12
        List<Brat.Attribution> a = Brat.parse(TEXT, List.of(
                "T1\tSource 2 11\tOfficials",
                "T2\tCue 12 16\tsaid",
                "T3\tContent 17 31\tthe plan works",
                "T4\tAttribution 12 16\tsaid",
                "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3",
                "T5\tContent 33 46;58 59\t\"It is fine,\" .",
                "T6\tCue 54 58\tsaid",
                "E2\tAttribution:T6 Cue:T6 Content:T5"));
        assertEquals(2, a.size());
        assertEquals("Officials", a.get(0).source().text(TEXT));
        assertEquals("said", a.get(0).cue().text(TEXT));
        assertEquals(2, a.get(1).content().frags().size());
        assertEquals("direct quote", AttributionEval.kind(TEXT, a.get(1)));
        assertEquals("reported speech", AttributionEval.kind(TEXT, a.get(0)));
        // a lone capitalised word counts as unnamed only when the article also writes it in lower case
        assertFalse(AttributionEval.isUnnamed(TEXT, a.get(0).source()));
        String more = TEXT + " Two officials agreed.";
        assertTrue(AttributionEval.isUnnamed(more, a.get(0).source()));
    }

    @Test
    void matchesOneToOneByOverlapAndExactAfterTrimming() {
        String text = "\"We won,\" she said, and he said no.";
        AttributionScore s = new AttributionScore();
        List<AttributionScore.Item> gold = List.of(item(0, 9), item(31, 33));
        // one prediction overlaps the first gold span twice over, a second one overlaps nothing
        List<AttributionScore.Item> pred = List.of(item(1, 7), item(0, 3), item(20, 23));
        AttributionScore.Matching m = s.add("content", text, gold, pred);
        AttributionScore.Counts c = s.of("content");
        assertEquals(1, c.overlapTp);
        assertEquals(1, c.exactTp); // "We won" equals "\"We won,\"" once quotes and comma are trimmed
        assertEquals(2, m.falsePositives().size());
        assertEquals(1, m.missed().size());
        assertEquals(1.0 / 3, c.precision(), 1e-9);
        assertEquals(0.5, c.recall(), 1e-9);
    }

    @Test
    void badSpeakersAreTitlesNumbersAndWeekdays() {
        assertTrue(AttributionEval.isBadSpeaker("Friday", java.util.Set.of()));
        assertTrue(AttributionEval.isBadSpeaker("Sen.", java.util.Set.of("sen")));
        assertTrue(AttributionEval.isBadSpeaker("2016", java.util.Set.of()));
        assertFalse(AttributionEval.isBadSpeaker("Ann Lee", java.util.Set.of()));
    }

    @Test
    void pronounLabelsAcceptTheSurnameOrTheFullName() {
        PronounLabel l = new PronounLabel("a.txt", 0, 2, "he", "Donald Trump");
        assertTrue(l.matches("Trump"));
        assertTrue(l.matches("Mr. Trump"));
        assertTrue(l.matches("Donald J. Trump"));
        assertFalse(l.matches("Melania Trump"));
        assertFalse(l.matches("Hillary Clinton"));
        assertTrue(new PronounLabel("a.txt", 0, 3, "it", "the Justice Department|Justice Department").matches("Justice Department"));
    }

    private static AttributionScore.Item item(int s, int e) {
        return new AttributionScore.Item(new Brat.Spans(List.of(new Brat.Frag(s, e))), "");
    }
}
