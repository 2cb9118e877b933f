package org.sourcelight.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Lexicon#split} gives what {@code String.split("\\s+", limit)} gives, and lower-case look-ups still answer. */
class LexiconSplitTest {
    @Test
    void splitsAsTheRegexDoesForEveryLimit() {
        String[] pieces = {"a", "bc", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "\u2028", "é", "-", "", "x y"};
        Random r = new Random(98);
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(8);
            for (int k = 0; k < n; k++) b.append(pieces[r.nextInt(pieces.length)]);
            String s = b.toString();
            for (int limit = -1; limit <= 4; limit++) {
                assertArrayEquals(s.split("\\s+", limit), Lexicon.split(s, limit), "[" + s + "] limit " + limit);
            }
            assertArrayEquals(s.split("\\s+"), Lexicon.split(s), "[" + s + "]");
        }
        assertArrayEquals(new String[] {"Maria", "female"}, Lexicon.split("Maria female"));
        assertArrayEquals(new String[] {"", "a", "b"}, Lexicon.split(" a  b "));
    }

    @Test
    void findsEntriesIgnoringCaseOnceAsked() {
        Lexicon l = new Lexicon("x", List.of("Mr.", "U.S."));
        assertTrue(l.containsIgnoreCase("mr."));
        assertTrue(l.containsIgnoreCase("u.s."));
        assertFalse(l.containsIgnoreCase("dr."));
        Lexicon m = l.with(List.of("MR.", "Dr."), List.of("u.s."));
        assertTrue(m.containsIgnoreCase("DR."));
        assertFalse(m.containsIgnoreCase("U.S."));
        assertTrue(m.entries().equals(List.of("Mr.", "Dr.")));
    }
}
