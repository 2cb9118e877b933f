package org.sourcelight.analysis.outlets;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Word tokens of a text range: runs of letters and digits, with their offsets and a normalized (folded) form. */
final class Tokens {
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] norms = new String[64];
    private int size;
    private final String text;

    private Tokens(String text) { this.text = text; }

    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text);
        int i = from;
        while (i < to) {
            while (i < to && !isWord(text.charAt(i))) i++;
            int s = i;
            while (i < to && isWord(text.charAt(i))) i++;
            if (i > s) t.add(s, i);
        }
        return t;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(int s, int e) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            norms = Arrays.copyOf(norms, size * 2);
        }
        starts[size] = s;
        ends[size] = e;
        size++;
    }

    int size() { return size; }

    int start(int i) { return starts[i]; }

    int end(int i) { return ends[i]; }

    /** Lower-case, accents removed. */
    String norm(int i) {
        String n = norms[i];
        if (n == null) norms[i] = n = fold(text.substring(starts[i], ends[i]));
        return n;
    }

    static String fold(String w) {
        boolean ascii = true;
        for (int i = 0; i < w.length() && ascii; i++) ascii = w.charAt(i) < 128;
        String l = w.toLowerCase(Locale.ROOT);
        if (ascii) return l;
        return Normalizer.normalize(l, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
