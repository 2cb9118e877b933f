package org.sourcelight.text;

import java.util.Arrays;

/**
 * Maps each UTF-16 offset of a normalized text back to the offset in the original text it came from.
 * Offset {@code normalized.length()} maps to {@code original.length()}, so half-open spans map cleanly.
 */
public final class OffsetMap {
    private final int[] toOriginal;

    OffsetMap(int[] toOriginal) {
        this.toOriginal = toOriginal;
    }

    public static OffsetMap identity(int length) {
        int[] m = new int[length + 1];
        for (int i = 0; i <= length; i++) m[i] = i;
        return new OffsetMap(m);
    }

    /** Original offset for a normalized offset in {@code [0, normalizedLength]}. */
    public int toOriginal(int normalizedOffset) {
        if (normalizedOffset < 0 || normalizedOffset >= toOriginal.length) {
            throw new IndexOutOfBoundsException("offset " + normalizedOffset + " outside [0, " + (toOriginal.length - 1) + "]");
        }
        return toOriginal[normalizedOffset];
    }

    /** The normalized offset whose original offset is the greatest one not after {@code originalOffset}. */
    public int toNormalized(int originalOffset) {
        int i = Arrays.binarySearch(toOriginal, originalOffset);
        if (i >= 0) {
            while (i > 0 && toOriginal[i - 1] == originalOffset) i--;
            return i;
        }
        return Math.max(0, -i - 2);
    }

    public int normalizedLength() { return toOriginal.length - 1; }
}
