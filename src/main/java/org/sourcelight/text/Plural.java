package org.sourcelight.text;

/** Counted nouns for people to read: "1 source", "2 sources", never "1 sources". */
public final class Plural {
    private Plural() {}

    /** "{@code n} {@code one}" when n is 1, else "{@code n} {@code many}". */
    public static String of(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
