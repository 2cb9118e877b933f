package org.sourcelight.analysis.assertions;

import org.sourcelight.text.LexiconEdit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconsTest {
    private static boolean has(Lexicons l, String list, String term) {
        return l.terms(list).stream().anyMatch(t -> t.text().equalsIgnoreCase(term));
    }

    @Test
    void shippedListsLoadWithNotes() {
        Lexicons l = Lexicons.standard();
        for (Lexicons.Info i : Lexicons.INFO) assertFalse(l.terms(i.name()).isEmpty(), i.name());
        assertTrue(has(l, Lexicons.VAGUE_SOURCES, "speaker numerous reports"));
        assertTrue(has(l, Lexicons.AGENTLESS_PASSIVES, "is said to"));
        assertTrue(l.note(Lexicons.LOADED_TERMS, "regime").contains("government"));
        assertTrue(l.edits().isEmpty());
    }

    @Test
    void editsAddAndRemoveAndTheLastEditOfATermWins() {
        Lexicons l = Lexicons.standard().with(List.of(
                LexiconEdit.added(Lexicons.HEDGES, "maybe"),
                LexiconEdit.removed(Lexicons.HEDGES, "Perhaps"),
                LexiconEdit.removed(Lexicons.HEDGES, "maybe"),
                LexiconEdit.added(Lexicons.HEDGES, "likely"),
                LexiconEdit.added("no-such-list", "x")));
        assertFalse(has(l, Lexicons.HEDGES, "maybe"));
        assertFalse(has(l, Lexicons.HEDGES, "perhaps"));
        assertTrue(has(l, Lexicons.HEDGES, "likely"));
        assertEquals(4, l.edits().size());
        assertTrue(l.isShipped(Lexicons.HEDGES, "perhaps"));
        assertFalse(l.isShipped(Lexicons.HEDGES, "likely"));
        assertNotEquals(Lexicons.standard(), l);
        Lexicons back = l.with(List.of(LexiconEdit.added(Lexicons.HEDGES, "perhaps"), LexiconEdit.removed(Lexicons.HEDGES, "likely")));
        assertTrue(has(back, Lexicons.HEDGES, "perhaps"));
        assertEquals("", back.note(Lexicons.HEDGES, "perhaps"));
    }

    @Test
    void readdingAShippedTermKeepsItsNote() {
        Lexicons l = Lexicons.standard().with(List.of(LexiconEdit.removed(Lexicons.LOADED_TERMS, "regime"),
                LexiconEdit.added(Lexicons.LOADED_TERMS, "REGIME")));
        assertTrue(l.note(Lexicons.LOADED_TERMS, "regime").contains("government"));
    }
}
