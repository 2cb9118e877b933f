package org.sourcelight.analysis;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcelight.cli.bench.HostileInputs;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Source;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * The whole import and analysis over every {@link HostileInputs} case: no exception, every offset inside the text.
 * The timeout only guards against a hang; {@code sourcelight bench hostile} measures the times (issue 15).
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final int SIZE = 50_000;

    static Stream<Arguments> cases() {
        return HostileInputs.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static ArticleAnalysis run(String name, String text) throws Exception {
        ImportedArticle a = ArticleImporter.standard().importBytes(text.getBytes(StandardCharsets.UTF_8),
                HostileInputs.isHtml(name) ? "hostile.html" : "hostile.txt", null);
        TextDocument doc = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
        return Pipeline.standard().analyze(doc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analysedWithoutAnExceptionAndWithOffsetsInsideTheText(String name, IntFunction<String> gen) {
        String text = gen.apply(SIZE);
        ArticleAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> run(name, text));
        int len = r.document().text().length();
        for (Sentence s : r.document().sentences()) assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= len);
        for (Source s : r.sources()) assertFalse(s.mentions().isEmpty(), s.toString());
        for (CitedOutlet c : r.citedOutlets()) assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= len, c.toString());
        for (ProvenanceChain c : r.provenance()) assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= len, c.toString());
    }

    @Test
    void everyRepeatOfAnOutletIsFoundAndChained() {
        int n = 5_000;
        TextDocument doc = DocumentBuilder.standard().build("Headline\n\n" + "TASS cited ".repeat(n), ArticleMeta.empty());
        ArticleAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.standard().analyze(doc));
        List<CitedOutlet> tass = r.citedOutlets().stream().filter(c -> c.name().equals("TASS")).toList();
        assertEquals(n, tass.size());
        String text = doc.text();
        for (CitedOutlet c : tass) assertEquals("TASS", text.substring(c.start(), c.end()));
    }

    @Test
    void theProvenanceWindowsStillReadAnOrdinarySentence() {
        TextDocument doc = DocumentBuilder.standard().build("Headline\n\n" + "Word after word. ".repeat(2_000)
                + "Speaking to the Interfax news agency, Lavrov added that talks would go on.", ArticleMeta.empty());
        ArticleAnalysis r = Pipeline.standard().analyze(doc);
        assertEquals(1, r.provenance().size(), r.provenance().toString());
        assertTrue(r.provenance().get(0).links().stream().anyMatch(l -> l.name().equals("Lavrov")), r.provenance().toString());
    }
}
