package org.sourcelight.analysis.duplicates;

import java.util.Arrays;

/**
 * Which units contain a seed (a hash of two neighbouring content words): an open-addressing hash table of capped
 * posting lists. A seed keeps only the first {@code cap} units that contain it, so a phrase repeated thousands of
 * times (or a text of one word repeated) costs a bounded amount of work per unit instead of a quadratic one.
 * <p>
 * Built with {@link #add}, then {@link #freeze frozen}: the posting lists are then laid out one after another in
 * one array, so walking a list reads neighbouring memory instead of following links across the whole index (every
 * unit walks the lists of its seeds, so each list is read about as many times as it has units).
 */
final class SeedIndex {
    private final int cap;
    private long[] keys;
    private int[] head;
    /** Units stored per slot; 0 marks an empty slot (a used slot holds at least one unit). */
    private int[] size;
    private int filled;
    private int[] next;
    private int[] value;
    private int entries;
    /** After {@link #freeze}: the units of slot {@code s} are {@code units[from[s], from[s + 1])}. */
    private int[] from;
    private int[] units;

    SeedIndex(int expectedSeeds, int cap) {
        if (cap < 1) throw new IllegalArgumentException("a posting list holds at least one unit");
        this.cap = cap;
        int n = Integer.highestOneBit(Math.max(16, expectedSeeds * 2) - 1) << 1;
        keys = new long[n];
        head = new int[n];
        size = new int[n];
        next = new int[Math.max(16, expectedSeeds)];
        value = new int[next.length];
    }

    void add(long key, int unit) {
        if (units != null) throw new IllegalStateException("frozen");
        int slot = slot(key);
        if (size[slot] == 0) {
            if ((filled + 1) * 2 > keys.length) {
                rehash();
                slot = slot(key);
            }
            keys[slot] = key;
            head[slot] = -1;
            filled++;
        } else if (size[slot] >= cap) {
            return;
        }
        if (entries == next.length) {
            next = Arrays.copyOf(next, entries * 2);
            value = Arrays.copyOf(value, entries * 2);
        }
        next[entries] = head[slot];
        value[entries] = unit;
        head[slot] = entries++;
        size[slot]++;
    }

    /** Lays the posting lists out one after another (each in the order it would be walked); no more adds. */
    void freeze() {
        if (units != null) return;
        int n = keys.length;
        from = new int[n + 1];
        int at = 0;
        for (int s = 0; s < n; s++) {
            from[s] = at;
            at += size[s];
        }
        from[n] = at;
        units = new int[at];
        for (int s = 0; s < n; s++) {
            if (size[s] == 0) continue;
            int k = from[s];
            for (int e = head[s]; e >= 0; e = next[e]) units[k++] = value[e];
        }
        next = null;
        value = null;
        head = null;
    }

    /** The key's slot, or -1 when no unit has it: look it up once, then read {@link #fullAt} and the units. */
    int find(long key) {
        int slot = slot(key);
        return size[slot] > 0 ? slot : -1;
    }

    /** True when the posting list at {@code slot} (from {@link #find}; false for -1) reached the cap: a phrase common in this text set, weak evidence of copying. */
    boolean fullAt(int slot) { return slot >= 0 && size[slot] >= cap; }

    /** Once frozen: the posting list at {@code slot} (from {@link #find}) is {@link #unit units} {@code [from, to)}. */
    int from(int slot) { return slot >= 0 ? from[slot] : 0; }

    int to(int slot) { return slot >= 0 ? from[slot + 1] : 0; }

    int unit(int i) { return units[i]; }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (size[i] > 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void rehash() {
        long[] k = keys;
        int[] h = head, s = size;
        int n = k.length * 2;
        keys = new long[n];
        head = new int[n];
        size = new int[n];
        for (int i = 0; i < k.length; i++) {
            if (s[i] == 0) continue;
            int slot = slot(k[i]);
            keys[slot] = k[i];
            head[slot] = h[i];
            size[slot] = s[i];
        }
    }
}
