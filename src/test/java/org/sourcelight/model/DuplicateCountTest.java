package org.sourcelight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateCountTest {
    @Test
    void onlyExactAndNearCountAsCopied() {
        assertTrue(DuplicateKind.EXACT.countsAsCopied());
        assertTrue(DuplicateKind.NEAR.countsAsCopied());
        assertFalse(DuplicateKind.BOILERPLATE.countsAsCopied());
        assertFalse(DuplicateKind.SAME_QUOTE.countsAsCopied());
    }

    @Test
    void aPassageSharedWithSeveralArticlesIsOneCopiedPassage() {
        List<Duplicate> d = List.of(
                new Duplicate(10, 50, DuplicateKind.EXACT, 1.0, "2", "b", 0, 40),
                new Duplicate(10, 50, DuplicateKind.EXACT, 1.0, "3", "c", 5, 45),
                new Duplicate(40, 80, DuplicateKind.NEAR, 0.8, "4", "d", 0, 40),
                new Duplicate(100, 140, DuplicateKind.NEAR, 0.7, "2", "b", 60, 90),
                new Duplicate(200, 260, DuplicateKind.BOILERPLATE, 1.0, "2", "b", 100, 160),
                new Duplicate(200, 260, DuplicateKind.BOILERPLATE, 1.0, "3", "c", 100, 160),
                new Duplicate(300, 330, DuplicateKind.SAME_QUOTE, 1.0, "3", "c", 200, 230));
        assertEquals(2, Duplicate.copiedPassages(d));
    }

    @Test
    void aRepeatInsideTheArticleCountsOnce() {
        List<Duplicate> d = List.of(
                new Duplicate(0, 30, DuplicateKind.EXACT, 1.0, null, "", 100, 130),
                new Duplicate(100, 130, DuplicateKind.EXACT, 1.0, null, "", 0, 30));
        assertEquals(1, Duplicate.copiedPassages(d));
        assertEquals(0, Duplicate.copiedPassages(List.of()));
    }
}
