package org.sourcelight.ui.article;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.ui.panel.Highlight;

class HighlightLayersTest {
    @Test
    void overlappingLayersMergeIntoSegments() {
        HighlightLayers l = new HighlightLayers();
        l.set("blocks", List.of(new Highlight(0, 10, "block-body", "")));
        l.set("sources", List.of(new Highlight(2, 6, "src-quote", "Quoted: Zakharova")));
        l.set("assertions", List.of(new Highlight(4, 8, "as-high", "Who says so?")));
        List<HighlightLayers.Segment> s = l.segments(12);
        assertEquals(List.of(
                new HighlightLayers.Segment(2, List.of("block-body")),
                new HighlightLayers.Segment(2, List.of("block-body", "src-quote")),
                new HighlightLayers.Segment(2, List.of("as-high", "block-body", "src-quote")),
                new HighlightLayers.Segment(2, List.of("as-high", "block-body")),
                new HighlightLayers.Segment(2, List.of("block-body")),
                new HighlightLayers.Segment(2, List.of())), s);
        assertEquals(List.of("Quoted: Zakharova", "Who says so?"), l.tooltipsAt(5));
        assertEquals(List.of(), l.tooltipsAt(9));
    }

    @Test
    void replacingALayerAndClippingToTheText() {
        HighlightLayers l = new HighlightLayers();
        l.set("x", List.of(new Highlight(3, 50, "a", ""), new Highlight(3, 3, "empty", "")));
        assertEquals(List.of(new HighlightLayers.Segment(3, List.of()), new HighlightLayers.Segment(2, List.of("a"))), l.segments(5));
        l.set("x", List.of());
        assertEquals(List.of(new HighlightLayers.Segment(5, List.of())), l.segments(5));
    }
}
