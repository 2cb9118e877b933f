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
    /**
     * Two longs per slot, side by side so that a probe reads one place in memory: the key, then the slot's
     * information, {@code (link << 32) | size} — {@code size} the units stored (0 marks an empty slot: a used slot
     * holds at least one unit), {@code link} the head of its chain of entries while building and, once
     * {@link #freeze frozen}, where its units start in {@link #units}.
     */
    private long[] table;
    private int mask;
    private int filled;
    private int[] next;
    private int[] value;
    private int entries;
    private boolean grown;
    /** After {@link #freeze}: the units of the slots, each slot's units one after another. */
    private int[] units;

    SeedIndex(int expectedSeeds, int cap) {
        if (cap < 1) throw new IllegalArgumentException("a posting list holds at least one unit");
        this.cap = cap;
        int n = Integer.highestOneBit(Math.max(16, expectedSeeds * 2) - 1) << 1;
        table = new long[2 * n];
        mask = n - 1;
        next = new int[Math.max(16, expectedSeeds)];
        value = new int[next.length];
    }

    private static long info(int link, int size) { return ((long) link << 32) | size; }

    private static int size(long info) { return (int) info; }

    private static int link(long info) { return (int) (info >> 32); }

    /**
     * Adds {@code unit} to the key's posting list (unless the list is full) and returns the key's slot: what
     * {@link #find} answers for the key once every key is added, unless the table grew after this add
     * ({@link #grown}).
     */
    int add(long key, int unit) {
        if (units != null) throw new IllegalStateException("frozen");
        int slot = slot(key);
        long info = table[2 * slot + 1];
        if (size(info) == 0) {
            if ((filled + 1) * 2 > mask + 1) {
                rehash();
                slot = slot(key);
            }
            table[2 * slot] = key;
            info = info(-1, 0);
            filled++;
        } else if (size(info) >= cap) {
            return slot;
        }
        if (entries == next.length) {
            next = Arrays.copyOf(next, entries * 2);
            value = Arrays.copyOf(value, entries * 2);
        }
        next[entries] = link(info);
        value[entries] = unit;
        table[2 * slot + 1] = info(entries++, size(info) + 1);
        return slot;
    }

    /** True when the table grew (the keys moved) since it was made: slots returned by {@link #add} before are stale. */
    boolean grown() { return grown; }

    /** Lays the posting lists out one after another (each in the order it would be walked); no more adds. */
    void freeze() {
        if (units != null) return;
        units = new int[entries];
        int at = 0;
        for (int s = 0; s <= mask; s++) {
            long info = table[2 * s + 1];
            int size = size(info);
            if (size == 0) continue;
            int k = at;
            for (int e = link(info); e >= 0; e = next[e]) units[k++] = value[e];
            table[2 * s + 1] = info(at, size);
            at += size;
        }
        units = Arrays.copyOf(units, at);
        next = null;
        value = null;
    }

    /** The key's slot, or -1 when no unit has it: look it up once, then read {@link #fullAt} and the units. */
    int find(long key) {
        int slot = slot(key);
        return size(table[2 * slot + 1]) > 0 ? slot : -1;
    }

    /** True when the posting list at {@code slot} (from {@link #find}; false for -1) reached the cap: a phrase common in this text set, weak evidence of copying. */
    boolean fullAt(int slot) { return slot >= 0 && size(table[2 * slot + 1]) >= cap; }

    /** Once frozen: the posting list at {@code slot} (from {@link #find}) is {@link #unit units} {@code [from, to)}. */
    int from(int slot) { return slot >= 0 ? link(table[2 * slot + 1]) : 0; }

    int to(int slot) {
        if (slot < 0) return 0;
        long info = table[2 * slot + 1];
        return link(info) + size(info);
    }

    int unit(int i) { return units[i]; }

    private int slot(long key) {
        long[] t = table;
        int m = mask;
        int i = (int) (key ^ (key >>> 32)) & m;
        while (size(t[2 * i + 1]) > 0 && t[2 * i] != key) i = (i + 1) & m;
        return i;
    }

    private void rehash() {
        grown = true;
        long[] old = table;
        table = new long[old.length * 2];
        mask = old.length - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (size(old[i + 1]) == 0) continue;
            int slot = slot(old[i]);
            table[2 * slot] = old[i];
            table[2 * slot + 1] = old[i + 1];
        }
    }
}
