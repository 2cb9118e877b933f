package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransitionsTest {
    @Test
    void keepsEveryTransitionThroughGrowthAndAnswersMinusOneForAbsentOnes() {
        Transitions t = new Transitions();
        // keys that a state ^ token hash would collide on: (1, 2) and (2, 1), (0, 3) and (3, 0)
        t.put(1, 2, 10);
        t.put(2, 1, 20);
        t.put(0, 3, 30);
        t.put(3, 0, 40);
        for (int s = 4; s < 3000; s++) t.put(s, s * 7 % 1001, s + 100);
        assertEquals(10, t.get(1, 2));
        assertEquals(20, t.get(2, 1));
        assertEquals(30, t.get(0, 3));
        assertEquals(40, t.get(3, 0));
        for (int s = 4; s < 3000; s++) assertEquals(s + 100, t.get(s, s * 7 % 1001));
        assertEquals(-1, t.get(1, 1));
        assertEquals(-1, t.get(5000, 2));
        t.put(1, 2, 11);
        assertEquals(11, t.get(1, 2));
    }
}
