package org.sourcelight.analysis.duplicates;

import java.util.Arrays;

/**
 * Which units contain a seed (a hash of two neighbouring content words): an open-addressing hash table of capped
 * posting lists. A seed keeps only the first {@code cap} units that contain it, so a phrase repeated thousands of
 * times (or a text of one word repeated) costs a bounded amount of work per unit instead of a quadratic one.
 */
final class SeedIndex {
    private final int cap;
    private long[] keys;
    private int[] head;
    private int[] size;
    private boolean[] used;
    private int filled;
    private int[] next;
    private int[] value;
    private int entries;

    SeedIndex(int expectedSeeds, int cap) {
        this.cap = cap;
        int n = Integer.highestOneBit(Math.max(16, expectedSeeds * 2) - 1) << 1;
        keys = new long[n];
        head = new int[n];
        size = new int[n];
        used = new boolean[n];
        next = new int[Math.max(16, expectedSeeds)];
        value = new int[next.length];
    }

    void add(long key, int unit) {
        int slot = slot(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            head[slot] = -1;
            if (++filled * 2 > keys.length) {
                rehash();
                slot = slot(key);
            }
        }
        if (size[slot] >= cap) return;
        if (entries == next.length) {
            next = Arrays.copyOf(next, entries * 2);
            value = Arrays.copyOf(value, entries * 2);
        }
        next[entries] = head[slot];
        value[entries] = unit;
        head[slot] = entries++;
        size[slot]++;
    }

    /** First entry of the key's posting list, or -1; walk with {@link #next(int)}, read with {@link #unit(int)}. */
    int first(long key) {
        int slot = slot(key);
        return used[slot] ? head[slot] : -1;
    }

    /** True when the key's posting list reached the cap: a phrase common in this text set, weak evidence of copying. */
    boolean full(long key) {
        int slot = slot(key);
        return used[slot] && size[slot] >= cap;
    }

    /** The key's slot, or -1 when no unit has it: look it up once, then read {@link #fullAt} and {@link #firstAt}. */
    int find(long key) {
        int slot = slot(key);
        return used[slot] ? slot : -1;
    }

    /** {@link #full} of the key at {@code slot} (from {@link #find}; false for -1). */
    boolean fullAt(int slot) { return slot >= 0 && size[slot] >= cap; }

    /** {@link #first} of the key at {@code slot} (from {@link #find}; -1 for -1). */
    int firstAt(int slot) { return slot >= 0 ? head[slot] : -1; }

    int next(int entry) { return next[entry]; }

    int unit(int entry) { return value[entry]; }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (used[i] && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void rehash() {
        long[] k = keys;
        int[] h = head, s = size;
        boolean[] u = used;
        int n = k.length * 2;
        keys = new long[n];
        head = new int[n];
        size = new int[n];
        used = new boolean[n];
        for (int i = 0; i < k.length; i++) {
            if (!u[i]) continue;
            int slot = slot(k[i]);
            used[slot] = true;
            keys[slot] = k[i];
            head[slot] = h[i];
            size[slot] = s[i];
        }
    }
}
