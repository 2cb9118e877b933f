package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sourcelight.text.Tokens;

class WordIdsTest {
    @Test
    void looksUpTheFoldedFormOfTextWithoutBuildingIt() {
        WordIds ids = new WordIds();
        assertEquals(0, ids.add("elysee"));
        assertEquals(1, ids.add("al"));
        for (int i = 0; i < 2000; i++) ids.add("w" + i); // through several growths
        assertEquals(0, ids.add("elysee"));
        String s = "the Élysée, AL and E\u0301lyse\u0301e or Elyse";
        char[] text = s.toCharArray();
        assertEquals(0, ids.id(text, 4, 10));    // "Élysée"
        assertEquals(1, ids.id(text, 12, 14));   // "AL"
        assertEquals(0, ids.id(text, 19, 27));   // decomposed accents are dropped
        assertEquals(-1, ids.id(text, 31, 36));  // "Elyse"
        assertEquals(-1, ids.id(text, 0, 3));    // "the"
        for (int i = 0; i < 2000; i += 97) assertEquals(i + 2, ids.id(("W" + i).toCharArray(), 0, ("W" + i).length()));
        assertEquals(Tokens.fold(s, 4, 10), "elysee");
    }
}
