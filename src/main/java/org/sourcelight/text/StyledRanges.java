package org.sourcelight.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Flattens possibly overlapping styled ranges into consecutive segments, each carrying the sorted set of styles that
 * cover all of it. A sweep over the range boundaries: O(n log n) in the number of ranges. Used by the article view
 * (RichTextFX StyleSpans) and the HTML report (nested-free markup).
 */
public final class StyledRanges {
    private StyledRanges() {}

    /** A style over {@code [start, end)}. */
    public record Range(int start, int end, String style) {}

    /** A run of text with the styles that apply to all of it. */
    public record Segment(int start, int length, List<String> styles) {
        public int end() { return start + length; }
    }

    /** Segments covering {@code [0, textLength)} exactly, adjacent segments with equal styles merged. */
    public static List<Segment> segments(List<Range> ranges, int textLength) {
        List<Range> all = new ArrayList<>();
        for (Range r : ranges) if (r.start() < textLength && r.end() > r.start() && r.start() >= 0) all.add(r);
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(textLength);
        for (Range r : all) {
            cuts.add(r.start());
            cuts.add(Math.min(r.end(), textLength));
        }
        List<Range> byStart = new ArrayList<>(all);
        byStart.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Range> byEnd = new ArrayList<>(all);
        byEnd.sort((a, b) -> Integer.compare(a.end(), b.end()));
        Map<String, Integer> active = new LinkedHashMap<>();
        List<Segment> out = new ArrayList<>();
        int si = 0, ei = 0;
        int prev = -1;
        for (int cut : cuts) {
            if (prev >= 0 && cut > prev) {
                List<String> styles = new ArrayList<>(active.keySet());
                Collections.sort(styles);
                Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.styles().equals(styles)) {
                    out.set(out.size() - 1, new Segment(last.start(), last.length() + cut - prev, styles));
                } else {
                    out.add(new Segment(prev, cut - prev, List.copyOf(styles)));
                }
            }
            while (ei < byEnd.size() && Math.min(byEnd.get(ei).end(), textLength) <= cut) {
                active.computeIfPresent(byEnd.get(ei++).style(), (k, v) -> v > 1 ? v - 1 : null);
            }
            while (si < byStart.size() && byStart.get(si).start() <= cut) {
                active.merge(byStart.get(si++).style(), 1, Integer::sum);
            }
            prev = cut;
        }
        return out;
    }
}
