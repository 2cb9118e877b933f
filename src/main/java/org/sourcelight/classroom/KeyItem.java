package org.sourcelight.classroom;

import org.sourcelight.model.Span;

/**
 * One item of a lesson's answer key: a range of an article's normalized text and what a student should see there.
 *
 * @param label       a short name ("Maria Zakharova", "Press TV", "no-attribution")
 * @param explanation why it matters, in plain words; shown to a student who missed it
 * @param origin      where it comes from: the app's analysis or the teacher
 * @param kept        false when the teacher dismissed an analysis finding (it is then not part of the key)
 */
public record KeyItem(Category category, int start, int end, String label, String explanation, Origin origin,
                      boolean kept) {
    /** Where a key item comes from. */
    public enum Origin { ANALYSIS, TEACHER }

    public KeyItem {
        if (category == null || origin == null) throw new IllegalArgumentException("category and origin are required");
        Span.check(start, end);
        if (start == end) throw new IllegalArgumentException("a key item cannot be empty");
        label = label == null ? "" : label;
        explanation = explanation == null ? "" : explanation;
    }

    public Span span() { return new Span(start, end); }

    public KeyItem withKept(boolean k) { return new KeyItem(category, start, end, label, explanation, origin, k); }
}
