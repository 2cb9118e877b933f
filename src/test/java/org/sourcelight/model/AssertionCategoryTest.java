package org.sourcelight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssertionCategoryTest {
    private static Assertion assertion(Severity s, String... reasons) {
        return new Assertion(0, 10, List.of(reasons), "x", "y", s, List.of());
    }

    @Test
    void theMostSeriousReasonDecides() {
        assertEquals(AssertionCategory.CLAIM_WITHOUT_SOURCE, assertion(Severity.HIGH, "loaded-language", "no-attribution").category());
        assertEquals(AssertionCategory.CLAIM_WITHOUT_SOURCE, assertion(Severity.HIGH, "agentless-accusation").category());
        assertEquals(AssertionCategory.VAGUE_SOURCE, assertion(Severity.MEDIUM, "intensifier", "vague-attribution").category());
        Assertion words = assertion(Severity.MEDIUM, "loaded-language", "scare-quotes", "hedge", "intensifier");
        assertEquals(AssertionCategory.WORD_CHOICE, words.category());
        assertTrue(words.isWordChoice());
        assertFalse(words.isClaimWithoutSource());
    }

    @Test
    void countsReadAsPlainEnglish() {
        assertEquals("1 claim with no source", AssertionCategory.CLAIM_WITHOUT_SOURCE.count(1));
        assertEquals("0 claims with no source", AssertionCategory.CLAIM_WITHOUT_SOURCE.count(0));
        assertEquals("3 word choices", AssertionCategory.WORD_CHOICE.count(3));
        assertEquals("2 vague sources", AssertionCategory.VAGUE_SOURCE.count(2));
    }
}
