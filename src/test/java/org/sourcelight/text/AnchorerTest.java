package org.sourcelight.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.model.TextAnchor;
import org.sourcelight.text.Anchorer.Method;
import org.sourcelight.text.Anchorer.Placement;

class AnchorerTest {
    private static TextAnchor anchorOf(String text, String quote) {
        int i = text.indexOf(quote);
        assertTrue(i >= 0, quote);
        return TextAnchor.of(text, i, i + quote.length());
    }

    @Test
    void unchangedTextIsPlacedByPosition() {
        String text = Samples.doc(Samples.S001).text();
        TextAnchor a = anchorOf(text, "Sergei Lavrov");
        Placement p = Anchorer.place(a, text);
        assertEquals(Method.POSITION, p.method());
        assertEquals(a, p.anchor());
    }

    @Test
    void insertedParagraphMovesTheAnchorByQuote() {
        String text = Samples.doc(Samples.S004).text();
        TextAnchor a = anchorOf(text, "gross violation of the Charter");
        String changed = "Editor's note: this story was updated.\n\n" + text;
        Placement p = Anchorer.place(a, changed);
        assertEquals(Method.QUOTE, p.method());
        int shift = "Editor's note: this story was updated.\n\n".length();
        assertEquals(a.start() + shift, p.anchor().start());
        assertEquals("gross violation of the Charter", p.anchor().exact());
    }

    @Test
    void repeatedQuotePicksTheOccurrenceWithMatchingContext() {
        String text = "Alpha said the troops must leave. Beta said the troops must leave now.";
        int second = text.lastIndexOf("the troops must leave");
        TextAnchor a = TextAnchor.of(text, second, second + "the troops must leave".length());
        // both occurrences shift; the stored context ("Beta said ") must pick the second one, not the nearest
        String changed = "Alpha and Gamma said the troops must leave. Beta said the troops must leave now.";
        Placement p = Anchorer.place(a, changed);
        assertEquals(Method.QUOTE, p.method());
        assertEquals(changed.lastIndexOf("the troops must leave"), p.anchor().start());
        assertEquals("Beta said ", p.anchor().prefix().substring(p.anchor().prefix().length() - 10));
    }

    @Test
    void editedQuoteIsPlacedFuzzily() {
        String text = Samples.doc(Samples.S004).text();
        String quote = "called the presence a \"gross violation of the Charter and principles of the United Nations.\"";
        TextAnchor a = anchorOf(text, quote);
        String changed = text.replace("gross violation of the Charter", "gross violation of the UN Charter")
                .replace("Troops from the US Marines", "More text here. Troops from the US Marines");
        Placement p = Anchorer.place(a, changed);
        assertEquals(Method.FUZZY, p.method());
        assertEquals("called the presence a \"gross violation of the UN Charter and principles of the United Nations.\"",
                p.anchor().exact());
        assertEquals(changed.indexOf(p.anchor().exact()), p.anchor().start());
    }

    @Test
    void removedTextIsAnOrphanWithItsQuote() {
        String text = Samples.doc(Samples.S004).text();
        TextAnchor a = anchorOf(text, "50,442 square-kilometers of Syrian lands");
        String changed = text.substring(0, a.start() - 200);
        Placement p = Anchorer.place(a, changed);
        assertTrue(p.isOrphan());
        assertEquals(a, p.anchor());
    }

    @Test
    void farMovesAndShortenedTextsAreSearchedBeyondTheNeighbourhood() {
        String filler = "Unrelated words fill this long introduction. ".repeat(200); // 9,000 characters
        String text = filler + "The envoy called the presence a gross violation of the Charter.";
        TextAnchor a = anchorOf(text, "gross violation of the Charter");
        String moved = "The envoy called the presence a gross violation of the Charter." + filler;
        Placement p = Anchorer.place(a, moved);
        assertEquals(Method.QUOTE, p.method());
        assertEquals(moved.indexOf("gross violation"), p.anchor().start());
        String edited = "The envoy called the presence a gross violation of the UN Charter." + filler;
        Placement f = Anchorer.place(a, edited);
        assertEquals(Method.FUZZY, f.method());
        assertEquals("gross violation of the UN Charter", f.anchor().exact());
        assertTrue(Anchorer.place(a, filler.substring(0, 500)).isOrphan());
    }

    @Test
    void shortQuoteDoesNotJumpToAnotherOccurrenceWithoutContext() {
        String text = "First the cat sat. Then the dog ran.";
        int i = text.indexOf("the dog") ;
        TextAnchor a = TextAnchor.of(text, i, i + 3); // "the"
        String changed = "First the cat sat. Nothing else happened here at all.";
        assertTrue(Anchorer.place(a, changed).isOrphan());
        String shifted = "Oh. " + text;
        Placement p = Anchorer.place(a, shifted);
        assertEquals(Method.QUOTE, p.method());
        assertEquals(i + 4, p.anchor().start());
    }

    @Test
    void myersScoresEqualTheTextbookDynamicProgramme() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            int m = 1 + r.nextInt(round % 3 == 0 ? 150 : 20);
            String pattern = random(r, m), text = random(r, 1 + r.nextInt(300));
            for (boolean anchored : new boolean[] {false, true}) {
                int[] fast = new Anchorer.Myers(pattern).scores(text, anchored);
                int[] slow = dp(pattern, text, anchored);
                assertArrayEquals(slow, fast, "m=" + m + " anchored=" + anchored);
            }
        }
    }

    private static String random(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("abcé".charAt(r.nextInt(4)));
        return sb.toString();
    }

    private static int[] dp(String p, String t, boolean anchored) {
        int[] prev = new int[p.length() + 1];
        for (int i = 0; i <= p.length(); i++) prev[i] = i;
        int[] out = new int[t.length()];
        for (int j = 1; j <= t.length(); j++) {
            int[] cur = new int[p.length() + 1];
            cur[0] = anchored ? j : 0;
            for (int i = 1; i <= p.length(); i++) {
                cur[i] = Math.min(prev[i - 1] + (p.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1), Math.min(prev[i] + 1, cur[i - 1] + 1));
            }
            out[j - 1] = cur[p.length()];
            prev = cur;
        }
        return out;
    }
}
