package org.sourcelight.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A one- or two-line key under the article to the highlight styles it shows: sample words drawn with the very style
 * classes of the open panel's layer (and of the reader's notes), each followed by what it means. The key uses the
 * same stylesheets as the article, so it can never disagree with it.
 */
public final class Legend {
    /** A sample drawn with {@code styleClass}, then " = meaning". */
    public record Entry(String sample, String styleClass, String meaning) {}

    private static final Entry NOTES = new Entry("your highlight", "note-yellow", "your own note");

    /** The entries for each panel's layer, by panel id. */
    public static final Map<String, List<Entry>> ENTRIES = Map.of(
            "sources", List.of(
                    new Entry("Speaker", "src-speaker", "who is quoted or cited"),
                    new Entry("said", "src-cue", "the word that reports it"),
                    new Entry("quoted words", "src-quote", "their own words"),
                    new Entry("reported words", "src-reported", "told in the article's words")),
            "outlets", List.of(
                    new Entry("Outlet", "outlet-cited", "an outlet the article names"),
                    new Entry("State outlet", "outlet-cited-state", "an outlet the state controls"),
                    new Entry("Photo: AFP", "outlet-credit", "a photo or wire credit"),
                    new Entry("state-run", "outlet-cue", "words calling an outlet state-run")),
            "duplicates", List.of(
                    new Entry("exact copy", "dup-exact", "the same words stand elsewhere"),
                    new Entry("near copy", "dup-near", "nearly the same words stand elsewhere"),
                    new Entry("boilerplate", "dup-boilerplate", "the site's template text")),
            "assertions", List.of(
                    new Entry("sentence", "assert-sentence-high", "a claim with no source"),
                    new Entry("sentence", "assert-sentence-medium", "a vague source or loaded label"),
                    new Entry("sentence", "assert-sentence-low", "a word choice to notice"),
                    new Entry("word", "assert-trigger-loaded-language", "the words that raised it")),
            "notes", List.of());

    private final StyleClassedTextArea area = new StyleClassedTextArea();

    public Legend() {
        area.setEditable(false);
        area.setWrapText(true);
        area.setFocusTraversable(false);
        area.getStyleClass().add("legend-text");
        area.setId("highlightLegend");
        // as tall as its wrapped lines: the key is never cut off, whatever the width or text size
        area.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            Double h = area.getTotalHeightEstimate();
            return h == null ? 48.0 : h + 10;
        }, area.totalHeightEstimateProperty()));
        area.minHeightProperty().bind(area.prefHeightProperty());
    }

    public StyleClassedTextArea node() { return area; }

    /** The plain text of the key now shown (for tests and screen readers). */
    public String text() { return area.getText(); }

    /** Shows the key for a panel's layer ({@code null} or an unknown id: only the notes). */
    public void show(String panelId) {
        List<Entry> entries = new ArrayList<>(panelId == null ? List.of() : ENTRIES.getOrDefault(panelId, List.of()));
        entries.add(NOTES);
        StringBuilder text = new StringBuilder("Key: ");
        List<int[]> ranges = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i > 0) text.append("   ");
            ranges.add(new int[]{text.length(), text.length() + e.sample().length()});
            classes.add(e.styleClass());
            text.append(e.sample()).append(" = ").append(e.meaning());
        }
        area.replaceText(text.toString());
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            b.add(List.of("legend-plain"), r[0] - at);
            b.add(List.of("legend-plain", classes.get(i)), r[1] - r[0]);
            at = r[1];
        }
        b.add(List.of("legend-plain"), text.length() - at);
        area.setStyleSpans(0, b.create());
    }
}
