package org.sourcelight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A mention's parts are spans inside the whole, checked when it is made; how its speaker was found is a kind. */
class MentionTest {
    // "Maria Zakharova said the talks failed."  speaker [0,15) cue [16,20) content [21,37) whole [0,37)
    private static Mention said(int contentEnd) {
        return Mention.of(0, 37, "said", 16, 20, 0, 15, 21, contentEnd, false, "Maria Zakharova", null, null);
    }

    @Test
    void offsetsAreReadBackFromTheParts() {
        Mention m = said(37);
        assertEquals(new Span(0, 37), m.span());
        assertEquals(16, m.cueStart());
        assertEquals(20, m.cueEnd());
        assertEquals(new Span(0, 15), m.speakerSpan());
        assertEquals(21, m.contentStart());
        assertEquals(37, m.end());
        assertEquals(MentionKind.STATEMENT, m.kind(), "a mention is a statement unless it says otherwise");
        assertNull(m.resolvedBy(), "named at the mention");
    }

    @Test
    void aPartOutsideTheWholeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> said(40));
        assertEquals("the content Span[start=21, end=40] lies outside the mention Span[start=0, end=37]", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Mention.of(5, 37, "said", 16, 20, 0, 15, 21, 37, false, "x", null, null), "speaker before the start");
        assertThrows(IllegalArgumentException.class,
                () -> Mention.of(0, 37, "said", 20, 16, 0, 15, 21, 37, false, "x", null, null), "a backwards cue");
    }

    @Test
    void anAbsentPartIsAnEmptySpanAtTheStart() {
        Mention quote = Mention.of(10, 30, "", 10, 10, 10, 10, 10, 30, true, "", ResolvedBy.CONTINUED_QUOTE, null);
        assertEquals(0, quote.cueSpan().length());
        assertEquals("", quote.cue());
        assertEquals("continued quote", quote.resolvedBy().words());
    }
}
