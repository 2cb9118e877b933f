package org.sourcelight.model;

/**
 * A passage of this article that also stands elsewhere: in the same article ({@code otherArticle} is null and
 * {@code otherFile} empty) or in another article of the library or of the CLI's inputs.
 *
 * @param otherArticle id of the other article in the library, or null
 * @param otherFile    the other file as given to the CLI, or the other article's title
 */
public record Duplicate(int start, int end, DuplicateKind kind, double similarity, String otherArticle,
                        String otherFile, int otherStart, int otherEnd) {
    public Duplicate {
        Span.check(start, end);
        Span.check(otherStart, otherEnd);
        if (kind == null) throw new IllegalArgumentException("kind");
        if (similarity < 0 || similarity > 1) throw new IllegalArgumentException("similarity outside 0..1");
        otherFile = otherFile == null ? "" : otherFile;
    }

    public Span span() { return new Span(start, end); }

    public boolean withinArticle() { return otherArticle == null && otherFile.isEmpty(); }
}
