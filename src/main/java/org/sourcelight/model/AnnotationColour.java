package org.sourcelight.model;

import java.util.Locale;

/**
 * The highlight colours: the Okabe–Ito palette, which stays distinguishable with the common kinds of colour
 * blindness. Each colour also has its own line pattern (the underline in the article, the border of its swatch), so
 * colour is never the only signal and a black-and-white print still tells them apart.
 */
public enum AnnotationColour {
    YELLOW("Yellow", "#F0E442", "solid underline"),
    SKY_BLUE("Sky blue", "#56B4E9", "dashed underline"),
    BLUISH_GREEN("Bluish green", "#009E73", "dotted underline"),
    ORANGE("Orange", "#E69F00", "wavy underline"),
    REDDISH_PURPLE("Reddish purple", "#CC79A7", "boxed (border all round)");

    private final String label;
    private final String hex;
    private final String pattern;

    AnnotationColour(String label, String hex, String pattern) {
        this.label = label;
        this.hex = hex;
        this.pattern = pattern;
    }

    /** Name shown to the reader. */
    public String label() { return label; }

    /** The Okabe–Ito colour as {@code #RRGGBB}. */
    public String hex() { return hex; }

    /** The line pattern that goes with the colour, in words. */
    public String pattern() { return pattern; }

    /** Stable lower-case id, used in the database, CSS class names and exports: "yellow", "sky-blue", … */
    public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The colour with this {@link #id()} (or enum name, or label), ignoring case; null when none matches. */
    public static AnnotationColour fromId(String s) {
        if (s == null) return null;
        String k = s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (AnnotationColour c : values()) if (c.id().equals(k)) return c;
        return null;
    }
}
