package org.sourcelight.classroom;

import java.util.List;

/** The outcome of "Check my work": per category, the key items found and missed and the student's extra marks. */
public record CheckResult(List<PerCategory> categories) {
    /** A key item the student found, with the mark that found it. */
    public record Found(int article, KeyItem key, Mark mark) {}

    /** A key item the student did not mark; {@code key.explanation()} says why it matters. */
    public record Missed(int article, KeyItem key) {}

    public record PerCategory(Category category, List<Found> found, List<Missed> missed, List<Mark> extra) {
        public PerCategory {
            found = List.copyOf(found);
            missed = List.copyOf(missed);
            extra = List.copyOf(extra);
        }
    }

    public CheckResult {
        categories = List.copyOf(categories);
    }

    public PerCategory of(Category c) {
        for (PerCategory p : categories) if (p.category() == c) return p;
        throw new IllegalArgumentException("no result for " + c);
    }

    public int found() { return categories.stream().mapToInt(p -> p.found().size()).sum(); }

    public int missed() { return categories.stream().mapToInt(p -> p.missed().size()).sum(); }

    public int extra() { return categories.stream().mapToInt(p -> p.extra().size()).sum(); }

    /** Found key items as a whole percentage of the key (100 when the key is empty). */
    public int percent() {
        int key = found() + missed();
        return key == 0 ? 100 : Math.round(100f * found() / key);
    }
}
