package org.sourcelight.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.model.Block;
import org.sourcelight.text.StyledRanges;
import org.sourcelight.ui.panel.Highlight;

/**
 * Layers of highlights drawn together over the article text: the block styling (captions, footers …) at the bottom,
 * each panel's layer above it, flattened by {@link StyledRanges} into segments with the union of the style classes
 * covering them. No JavaFX types, so it is unit-tested directly; the view turns segments into StyleSpans.
 */
public final class HighlightLayers {
    /** A run of text with the style classes that apply to all of it. */
    public record Segment(int length, List<String> styles) {}

    private final Map<String, List<Highlight>> layers = new LinkedHashMap<>();

    public void set(String layer, List<Highlight> highlights) {
        if (highlights == null || highlights.isEmpty()) layers.remove(layer);
        else layers.put(layer, List.copyOf(highlights));
    }

    public void clear() { layers.clear(); }

    public List<Highlight> all() {
        List<Highlight> out = new ArrayList<>();
        for (List<Highlight> l : layers.values()) out.addAll(l);
        return out;
    }

    /** Tooltips of every highlight covering {@code offset}, top layer last. */
    public List<String> tooltipsAt(int offset) {
        List<String> out = new ArrayList<>();
        for (List<Highlight> l : layers.values()) {
            for (Highlight h : l) {
                if (offset >= h.start() && offset < h.end() && !h.tooltip().isEmpty() && !out.contains(h.tooltip())) {
                    out.add(h.tooltip());
                }
            }
        }
        return out;
    }

    public static List<Highlight> blockHighlights(Collection<Block> blocks) {
        List<Highlight> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.end() > b.start()) out.add(new Highlight(b.start(), b.end(), "block-" + b.kind().name().toLowerCase(), ""));
        }
        return out;
    }

    /** Segments covering {@code [0, textLength)} exactly. */
    public List<Segment> segments(int textLength) {
        List<StyledRanges.Range> ranges = new ArrayList<>();
        for (List<Highlight> l : layers.values()) for (Highlight h : l) ranges.add(new StyledRanges.Range(h.start(), h.end(), h.styleClass()));
        List<Segment> out = new ArrayList<>();
        for (StyledRanges.Segment s : StyledRanges.segments(ranges, textLength)) out.add(new Segment(s.length(), s.styles()));
        return out;
    }
}
