package org.sourcelight.model;

/**
 * A name by which an article may cite a news outlet ("SANA", "Syrian Arab News Agency") and the name a reader is
 * shown for it ("Syrian Arab News Agency (SANA)").
 *
 * @param name    the words as an article writes them, matched case-sensitively as whole words
 * @param shownAs the outlet's name in findings
 */
public record OutletName(String name, String shownAs) {
    public OutletName {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
        if (shownAs == null || shownAs.isBlank()) throw new IllegalArgumentException("shownAs");
        name = name.strip();
        shownAs = shownAs.strip();
    }
}
