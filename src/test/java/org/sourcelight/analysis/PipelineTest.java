package org.sourcelight.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Source;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.LexiconEdit;
import org.sourcelight.text.LexiconSet;
import org.sourcelight.text.TextDocument;

class PipelineTest {
    private static final String TEXT = "Plan in doubt\n\nJane Doe, a senior analyst at the institute, opined that the plan "
            + "would fail within a year.\n\nThe regime rejected the plan.";

    private static TextDocument doc(Pipeline p) { return p.builder().build(TEXT, ArticleMeta.empty()); }

    private static List<String> speakers(ArticleAnalysis a) { return a.sources().stream().map(Source::speaker).toList(); }

    @Test
    void aWordListEditReachesEveryStepBuiltFromTheSet() {
        Pipeline shipped = Pipeline.standard();
        ArticleAnalysis before = shipped.analyze(doc(shipped));
        assertTrue(speakers(before).isEmpty(), speakers(before).toString());
        assertTrue(before.assertions().stream().anyMatch(x -> x.reasons().contains("loaded-language")), before.assertions().toString());

        LexiconSet edited = LexiconSet.shipped().with(List.of(LexiconEdit.added("attribution-cues", "opined | opine +that"),
                LexiconEdit.removed("loaded-terms", "regime")));
        Pipeline p = Pipeline.of(edited, OutletRegistry.shipped());
        ArticleAnalysis after = p.analyze(doc(p));
        assertEquals(List.of("Jane Doe"), speakers(after));
        assertTrue(after.assertions().stream().noneMatch(x -> x.reasons().contains("loaded-language")), after.assertions().toString());
    }

    @Test
    void theShippedSetGivesTheShippedAnalysers() {
        Pipeline p = Pipeline.of(LexiconSet.shipped(), OutletRegistry.shipped());
        assertSame(Pipeline.standard().sources(), p.sources());
        assertSame(Pipeline.standard().outlets(), p.outlets());
        assertSame(DocumentBuilder.standard(), p.builder());
    }

    @Test
    void theReadersOwnOutletIsGradedMediaWhenItSpeaks() {
        String text = "Talks stall\n\nThe talks have stalled, the Freedonia Clarion reported on Monday.";
        Pipeline shipped = Pipeline.standard();
        Source before = shipped.analyze(shipped.builder().build(text, ArticleMeta.empty())).sources().get(0);
        assertTrue(before.kind() != org.sourcelight.model.SourceKind.MEDIA, before.toString());

        org.sourcelight.model.Outlet mine = new org.sourcelight.model.Outlet("freedonia-clarion", "Freedonia Clarion",
                List.of(), List.of(), "Freedonia", "", null, "private", 0, "", "", "user");
        Pipeline p = Pipeline.of(LexiconSet.shipped(), OutletRegistry.shipped().withOverlay(List.of(mine)));
        Source after = p.analyze(p.builder().build(text, ArticleMeta.empty())).sources().get(0);
        assertEquals(org.sourcelight.model.SourceKind.MEDIA, after.kind());
        assertEquals("Freedonia Clarion", after.speaker());
        assertSame(Pipeline.standard().assertions(), p.assertions(), "only the registry changed: the other steps are shared");
    }

    @Test
    void aStepMustComeAfterTheStepsItReads() {
        Pipeline std = Pipeline.standard();
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(std.builder(), List.of(
                new OutletsStep(std.outlets()), new SourcesStep(std.sources()), new AssertionsStep(std.assertions()),
                new DuplicatesStep(std.duplicates()))));
    }

    @Test
    void givenDuplicatesAreUsedInsteadOfRunningTheStep() {
        Pipeline p = Pipeline.standard();
        TextDocument d = doc(p);
        StepResults r = p.run(d, StepResults.empty().with(StepResults.DUPLICATES, List.of()));
        assertEquals(List.of(), r.get(StepResults.DUPLICATES));
        assertEquals(p.analyze(d).sources(), r.get(StepResults.SOURCES));
    }
}
