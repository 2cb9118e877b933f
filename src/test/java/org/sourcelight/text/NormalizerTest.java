package org.sourcelight.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The normalizer's output and offsets where plain ASCII runs meet the characters it rewrites. */
class NormalizerTest {
    @Test
    void plainTextNextToSpacesBreaksQuotesAndMarksKeepsItsOffsets() {
        String original = "  Ab,  c\u00A0d\r\n\r\nSaid ''yes'' \u201Cno\u201D x\u0301y\u200Bz.\t";
        Normalizer.Result r = Normalizer.normalize(original);
        assertEquals("Ab, c d\n\nSaid \"yes\" \"no\" x\u0301yz.", r.text());
        assertEquals(original.indexOf('A'), r.map().toOriginal(0));
        assertEquals(original.indexOf('c'), r.map().toOriginal(r.text().indexOf('c')));
        assertEquals(original.indexOf('\n'), r.map().toOriginal(r.text().indexOf('\n')), "a break maps to its line break (of CRLF, the LF)");
        assertEquals(original.indexOf("''"), r.map().toOriginal(r.text().indexOf('"')), "'' maps to its first mark");
        assertEquals(original.indexOf('y'), r.map().toOriginal(r.text().indexOf('y')), "after a combining mark");
        assertEquals(original.indexOf('z'), r.map().toOriginal(r.text().indexOf('z')), "after a dropped invisible character");
        assertEquals(original.length(), r.map().toOriginal(r.text().length()));
    }

    @Test
    void aLongRunOfMarksIsCutAndTheTextAfterItIsKept() {
        String original = "a" + "\u0301".repeat(Normalizer.MAX_MARKS + 5) + "bc";
        Normalizer.Result r = Normalizer.normalize(original);
        assertEquals("a" + "\u0301".repeat(Normalizer.MAX_MARKS) + "bc", r.text());
        assertEquals(original.indexOf('b'), r.map().toOriginal(r.text().indexOf('b')));
    }

    @Test
    void threeSingleQuotesAfterAWordCloseTheSingleQuotationThenTheDouble() {
        String original = "''They said, 'We won,''' Lee said. '''Tis the season,'' he added.";
        Normalizer.Result r = Normalizer.normalize(original);
        assertEquals("\"They said, 'We won,'\" Lee said. \"'Tis the season,\" he added.", r.text());
        int close = r.text().indexOf("'\" Lee");
        assertEquals(original.indexOf("''' Lee"), r.map().toOriginal(close), "the single mark maps to the first of the three");
        assertEquals(original.indexOf("''' Lee") + 1, r.map().toOriginal(close + 1), "the double mark to the second");
    }
}
