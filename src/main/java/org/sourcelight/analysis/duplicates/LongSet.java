package org.sourcelight.analysis.duplicates;

/** A set of longs in one open-addressing array (no boxing): the unit pairs already aligned. Not thread-safe. */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int size;

    LongSet(int expected) {
        int n = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[n];
        java.util.Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code key} (never {@link Long#MIN_VALUE}); true when it was not there. */
    boolean add(long key) {
        if (key == EMPTY) throw new IllegalArgumentException("reserved key");
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        int i = (int) WordHash.finish(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return false;
            i = (i + 1) & mask;
        }
        keys[i] = key;
        size++;
        return true;
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        size = 0;
        for (long k : old) if (k != EMPTY) add(k);
    }
}
