package org.sourcelight.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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

    /**
     * How many "copied passages" an article has: the distinct stretches of its text covered by findings whose kind
     * {@link DuplicateKind#countsAsCopied() counts as copied}, overlapping findings counted once (a passage shared
     * with three other articles is one copied passage; a passage repeated inside the article counts once, at its
     * second occurrence). Boilerplate and shared quotations are not counted.
     */
    public static int copiedPassages(Collection<Duplicate> duplicates) {
        List<Duplicate> copied = new ArrayList<>();
        for (Duplicate d : duplicates) {
            if (d.kind().countsAsCopied() && !(d.withinArticle() && d.start() < d.otherStart())) copied.add(d);
        }
        copied.sort(Comparator.comparingInt(Duplicate::start).thenComparingInt(Duplicate::end));
        int count = 0, end = -1;
        for (Duplicate d : copied) {
            if (d.start() >= end) count++;
            end = Math.max(end, d.end());
        }
        return count;
    }
}
