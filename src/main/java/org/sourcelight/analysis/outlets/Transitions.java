package org.sourcelight.analysis.outlets;

import java.util.Arrays;

/**
 * The name automaton's transitions, (state, word id) → next state, in an open-addressing table of primitive longs and
 * ints: no boxing, no tree bins, one multiplicative hash of the whole 64-bit key (state in the high half, word id in
 * the low half, so no two keys collide by construction). Written while the automaton is built, read-only after.
 */
final class Transitions {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    Transitions() {
        keys = new long[1024];
        values = new int[1024];
        Arrays.fill(keys, -1L);
        mask = keys.length - 1;
    }

    static long key(int state, int word) { return ((long) state << 32) | (word & 0xffffffffL); }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The next state, or -1. */
    int get(int state, int word) {
        long k = key(state, word);
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            long at = keys[i];
            if (at == k) return values[i];
            if (at == -1L) return -1;
        }
    }

    void put(int state, int word, int next) {
        if ((size + 1) * 2 > keys.length) grow();
        long k = key(state, word);
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            if (keys[i] == k) { values[i] = next; return; }
            if (keys[i] == -1L) {
                keys[i] = k;
                values[i] = next;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1L);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1L) put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
        }
    }
}
