package org.sourcelight.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.sources.SourceExtractor;
import org.sourcelight.analysis.sources.SourceSummary;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Mention;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.SyncTaskRunner;

class SourcesViewModelTest {

    private static LoadedArticle article(TextDocument d) {
        return new LoadedArticle(1, new ArticleAnalysis(d, SourceExtractor.standard().extract(d), null, List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }

    private static SourcesViewModel shown(String sample) {
        SourcesViewModel vm = new SourcesViewModel(new SyncTaskRunner());
        vm.show(article(Samples.doc(sample)));
        return vm;
    }

    private static SourcesViewModel.SourceRow row(SourcesViewModel vm, String speaker) {
        return vm.rows().stream().filter(r -> r.speaker().equals(speaker)).findFirst().orElseThrow();
    }

    @Test
    void listsSpeakersWithRoleKindAndMentionCount() {
        SourcesViewModel vm = shown(Samples.S000);
        assertEquals("6 voices: 4 Russian officials, 1 US official, 1 Syrian official", vm.summaryProperty().get());
        assertFalse(vm.noSourcesProperty().get());
        assertEquals(6, vm.rows().size());
        SourcesViewModel.SourceRow z = row(vm, "Maria Zakharova");
        assertEquals("Named person", z.badge());
        assertEquals("spokeswoman · Russian Foreign Ministry · 2 mentions", z.detail());
        assertEquals(2, z.mentionCount());
        assertTrue(z.mentions().get(1).label().startsWith("she added: \"They are there against the will"), z.mentions().get(1).label());
        assertTrue(z.mentions().get(1).label().endsWith("(found by pronoun)"));
        for (var src : vm.rows()) for (var m : src.mentions()) {
            String l = m.label();
            assertFalse(l.matches("^\\p{L}+ \\p{L}+ing: .*") && !l.contains(", "), "a participle needs its comma: " + l);
            int ell = l.indexOf('…');
            if (ell > 0) assertEquals(' ', l.charAt(ell - 1), "shortened at a word boundary: " + l);
        }
    }

    @Test
    void filtersByKind() {
        SourcesViewModel vm = shown(Samples.S003);
        assertEquals(7, vm.rows().size());
        vm.kindFilterProperty().set(SourceKind.VAGUE);
        assertEquals(List.of("Political observers", "someone (not named)"),
                vm.rows().stream().map(SourcesViewModel.SourceRow::speaker).sorted().toList());
        vm.kindFilterProperty().set(SourceKind.ANONYMOUS);
        assertEquals(List.of("Source in the Russian Foreign Ministry"), vm.rows().stream().map(SourcesViewModel.SourceRow::speaker).toList());
        vm.kindFilterProperty().set(null);
        assertEquals(7, vm.rows().size());
    }

    @Test
    void selectingASourceHighlightsItsSpeakerCueAndQuoteWithTheSpeakerNamedOnHover() {
        SourcesViewModel vm = shown(Samples.S000);
        String text = vm.text();
        SourcesViewModel.SourceRow z = row(vm, "Maria Zakharova");
        vm.selectedProperty().set(z);
        List<Highlight> hs = vm.highlightsProperty().get();
        Mention said = z.mentions().get(0).mention();
        assertEquals(said.span().start(), z.firstSpan().start());
        Highlight speaker = hs.stream().filter(h -> h.styleClass().equals(SourcesViewModel.STYLE_SPEAKER)).findFirst().orElseThrow();
        assertEquals("Russian Foreign Ministry spokeswoman Maria Zakharova", text.substring(speaker.start(), speaker.end()));
        Highlight quote = hs.stream().filter(h -> h.styleClass().equals(SourcesViewModel.STYLE_QUOTE)).findFirst().orElseThrow();
        assertTrue(text.substring(quote.start(), quote.end()).startsWith("\"From the standpoint"));
        assertEquals("Quoted words of Maria Zakharova, spokeswoman (Named person)", quote.tooltip());
        List<String> cues = hs.stream().filter(h -> h.styleClass().equals(SourcesViewModel.STYLE_CUE))
                .map(h -> text.substring(h.start(), h.end())).toList();
        assertEquals(List.of("said", "added"), cues);
        // only Zakharova's attributions are drawn, and no two highlights overlap
        assertEquals(6, hs.size());
        for (int i = 1; i < hs.size(); i++) assertTrue(hs.get(i - 1).end() <= hs.get(i).start(), hs.toString());
    }

    @Test
    void withoutSelectionEveryShownSourceIsHighlightedWithoutOverlaps() {
        SourcesViewModel vm = shown(Samples.S001);
        List<Highlight> hs = vm.highlightsProperty().get();
        assertTrue(hs.size() > 40, "highlights: " + hs.size());
        for (int i = 1; i < hs.size(); i++) assertTrue(hs.get(i - 1).end() <= hs.get(i).start(), hs.get(i - 1) + " / " + hs.get(i));
        // "according to Syria" in the middle of a sentence: the speaker stays whole inside the reported words
        assertTrue(hs.stream().anyMatch(h -> h.styleClass().equals(SourcesViewModel.STYLE_SPEAKER)
                && vm.text().substring(h.start(), h.end()).equals("Syria")));
    }

    @Test
    void aViewAndAHedgedCueSayHowTheWriterReportsThem() {
        SourcesViewModel vm = new SourcesViewModel(new SyncTaskRunner());
        vm.show(article(DocumentBuilder.standard().build("A title\n\nCouncillor Dana Holt prefers a smaller budget. "
                + "Senator Ruth Alder seemed to suggest that the vote would be delayed.", ArticleMeta.empty())));
        String holt = row(vm, "Dana Holt").mentions().get(0).label();
        assertEquals("Councillor Dana Holt prefers: a smaller budget (view or intention, as the writer reports it)", holt);
        String alder = row(vm, "Ruth Alder").mentions().get(0).label();
        assertEquals("Senator Ruth Alder seemed to suggest: that the vote would be delayed"
                + " (the writer's impression of what was meant, not certain)", alder);
    }

    @Test
    void anArticleWithoutSourcesSaysSoAsAFinding() {
        SourcesViewModel vm = new SourcesViewModel(new SyncTaskRunner());
        vm.show(article(DocumentBuilder.standard().build("A title\n\nThe river is long. It flows to the sea every day of the year.",
                ArticleMeta.empty())));
        assertTrue(vm.noSourcesProperty().get());
        assertEquals(SourceSummary.NO_SOURCES, vm.summaryProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.highlightsProperty().get().isEmpty());
        vm.show(null);
        assertFalse(vm.noSourcesProperty().get());
        assertEquals("", vm.summaryProperty().get());
    }
}
