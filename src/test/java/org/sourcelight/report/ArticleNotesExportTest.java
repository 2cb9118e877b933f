package org.sourcelight.report;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.TextAnchor;

class ArticleNotesExportTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final String TEXT = "Headline <b>here</b>\n\nThe minister said \"the troops must leave\" & go.\n\nLast * line.";

    private static Annotation at(String quote, AnnotationColour c, String note, String... tags) {
        int i = TEXT.indexOf(quote);
        return Annotation.create(1, TEXT, i, i + quote.length(), c, note, List.of(tags), T0);
    }

    private static List<Annotation> sample() {
        Annotation orphan = new Annotation(0, "u-orphan", 1, new TextAnchor(500, 510, "lost words", "", ""),
                AnnotationColour.BLUISH_GREEN, "was here <once>", List.of(), T0, T0, true);
        return List.of(at("troops must leave", AnnotationColour.ORANGE, "Who says? <ask>", "claim"),
                at("minister said \"the troops", AnnotationColour.SKY_BLUE, ""), orphan);
    }

    @Test
    void htmlIsEscapedNumberedAndPatterned() {
        String h = ArticleNotesExport.html("A <title> & more", "https://x.example/?a=1&b=2", TEXT, sample());
        assertTrue(h.contains("<title>Notes: A &lt;title&gt; &amp; more</title>"));
        assertTrue(h.contains("Source: https://x.example/?a=1&amp;b=2"));
        assertTrue(h.contains("<p>Headline &lt;b&gt;here&lt;/b&gt;</p>"));
        // overlapping highlights: the inner (later-starting) one colours the overlap; each ends with its number
        assertTrue(h.contains("<p>The <mark class=\"sky-blue\">minister said &quot;the </mark><mark class=\"orange\">troops"
                + "</mark><sup class=\"ref\"><a href=\"#note-1\">[1]</a></sup><mark class=\"orange\"> must leave</mark>"
                + "<sup class=\"ref\"><a href=\"#note-2\">[2]</a></sup>&quot; &amp; go.</p>"), h);
        assertTrue(h.contains("<li id=\"note-2\"><span class=\"swatch orange\">Orange, wavy underline</span>"
                + " <q>troops must leave</q><br>Who says? &lt;ask&gt;<br><span class=\"tags\">Tags: claim</span></li>"), h);
        assertTrue(h.contains("<h2>Notes whose passage is no longer in the text</h2>\n<ol class=\"notes\" start=\"3\">"));
        assertTrue(h.contains("<q>lost words</q><br>was here &lt;once&gt;"));
        assertTrue(h.contains("mark.orange, .swatch.orange { background-color: #E69F0080; text-decoration: underline wavy #000 1px; }"));
        assertTrue(h.contains("mark.sky-blue, .swatch.sky-blue { background-color: #56B4E980; text-decoration: underline dashed #000 2px; }"));
        assertFalse(h.contains("<b>"));
    }

    @Test
    void markdownUsesBoldAndFootnotesAndEscapes() {
        String m = ArticleNotesExport.markdown("Title *x*", null, TEXT, sample());
        assertTrue(m.startsWith("# Title \\*x\\*\n\n"), m);
        assertTrue(m.contains("Headline \\<b\\>here\\</b\\>\n\n"), m);
        assertTrue(m.contains("The **minister said \"the troops**[^1] **must leave**[^2]\" & go.\n\n"), m);
        assertTrue(m.contains("Last \\* line.\n\n"), m);
        assertTrue(m.contains("[^2]: *Orange*: \"troops must leave\" — Who says? \\<ask\\> Tags: claim.\n"), m);
        assertTrue(m.contains("[^3]: (passage no longer in the text) *Bluish green*: \"lost words\" — was here \\<once\\>\n"), m);
    }
}
