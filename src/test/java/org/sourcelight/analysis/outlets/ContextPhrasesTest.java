package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The literal context tests answer what the regexes over the characters before and after a name answer. */
class ContextPhrasesTest {
    private static final NameMatcher MATCHER = OutletRegistry.shipped().matcher();

    private static boolean byRegex(String text, int start) {
        return MATCHER.contextBeforePattern().matcher(text).region(Math.max(0, start - 40), start).find();
    }

    /** Texts of context phrases, kind words, case changes, white space of every kind, line ends, marks, surrogates. */
    private static List<String> texts() {
        List<String> out = new ArrayList<>(List.of(
                "according to the Star, told The Sun, in an interview with  the\tGuardian, the daily Metro",
                "ACCORDING TO\nthe Sun; a report by\r\nRSS; spoke to\u2028 Metro; told\u0085; told \u2028",
                "news agency Sana, pro-agency Fars, the newswire\u00a0Mehr, the paper's Times, xtold the Star",
                "told the\r\nStar, spoke with the \u2029, \u212Aind, ſpoke to the Sun, TOLD THE Sun, aired on the",
                "caf\u00e9 told \u0301the Sun, interview\u0301 with the Star, with\u0301 the Star, \uD83D\uDE00told Metro"));
        Random r = new Random(97);
        String[] pieces = {"according", "to", "told", "the", "The", "THE", "thé", " ", "  ", "\t", "\n", "\r\n", "\r",
            "\u2028", "\u2029", "\u0085", "\u000B", "\f", "\u00a0", "news", "agency", "AGENCY", "agencies", "daily",
            "times", "TV", "tv", "paper", "x", "-", "(", ",", ".", "'s", "é", "\u0301", "\u0345", "ι", "ſ", "\u212A",
            "İ", "i", "\uD83D\uDE00", "interview", "with", "in", "an", "a", "report", "by", "spoke", "aired", "on",
            "Sun", "Star", "1", "_", "reported", "REPORTS", "has", "first", "quoted", "affiliate", "broadcast"};
        for (int i = 0; i < 1000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 3 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
                if (r.nextBoolean()) b.append(' ');
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void answersAsTheRegexAtEveryPosition() {
        int yes = 0;
        for (String t : texts()) {
            for (int s = 0; s <= t.length(); s++) {
                boolean want = byRegex(t, s);
                assertEquals(want, MATCHER.hasContextBefore(t, s), () -> t + " @" + t.length());
                if (want) yes++;
            }
        }
        assertTrue(yes > 1000, "the texts exercise matches: " + yes);
    }

    @Test
    void readsAfterANameAsTheRegexesAtEveryPosition() {
        int yes = 0;
        for (String t : texts()) {
            for (int e = 0; e <= t.length(); e++) {
                boolean kind = MATCHER.kindAfterPattern().matcher(t).region(e, Math.min(t.length(), e + 30)).lookingAt();
                boolean after = MATCHER.contextAfterPattern().matcher(t).region(e, Math.min(t.length(), e + 40)).lookingAt();
                int at = e;
                assertEquals(kind, MATCHER.hasKindAfter(t, e), () -> t + " @" + at);
                assertEquals(kind || after, MATCHER.describedAfter(t, e), () -> t + " @" + at);
                if (e % 5 == 0) assertEquals(after || byRegex(t, e), MATCHER.hasContext(t, e, e), () -> t + " @" + at);
                if (kind || after) yes++;
            }
        }
        assertTrue(yes > 1000, "the texts exercise matches: " + yes);
    }

    @Test
    void findsTheShippedPhrasesInPlainText() {
        String t = "He told the Sun; the AGENCY said; spoke with  Metro; nothing before Metro";
        assertTrue(MATCHER.hasContextBefore(t, t.indexOf("Sun")));
        assertTrue(MATCHER.hasContextBefore(t, t.indexOf("said"))); // a kind word, then white space
        assertFalse(MATCHER.hasContextBefore(t, t.indexOf(" said"))); // no white space after it
        assertTrue(MATCHER.hasContextBefore(t, t.indexOf("Metro")));
        assertFalse(MATCHER.hasContextBefore(t, t.lastIndexOf("Metro")));
        String u = "Sana news agency; Fars, reported; Mehr  first reported; Metro said";
        assertTrue(MATCHER.hasKindAfter(u, 4));
        assertTrue(MATCHER.hasContext(u, 18, 22));
        assertTrue(MATCHER.describedAfter(u, 38));
        assertFalse(MATCHER.describedAfter(u, u.indexOf(" said")));
    }

    @Test
    void phrasesOutsideTheLiteralShapeAreLeftToTheRegex() {
        assertTrue(new ContextPhrases(List.of(List.of("news agency", "told"), List.of("according to"))).literal());
        assertFalse(new ContextPhrases(List.of(List.of("news agency"), List.of())).literal());
        assertFalse(new ContextPhrases(List.of(List.of("news\tagency"))).literal());
        assertFalse(new ContextPhrases(List.of(List.of("news  agency"))).literal());
        assertFalse(new ContextPhrases(List.of(List.of("a\\Eb"))).literal());
    }
}
