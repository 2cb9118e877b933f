package org.sourcelight.analysis.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.Severity;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Twenty-four neutral news articles written for this test (weather, sport, science, local news, markets; quotes and
 * attributions as in ordinary reporting, and words such as "damaged", "training", "destroyed", "transferred", and
 * loaded words used plainly: "Brent crude", "jobless claims", "slammed into", "claimed the title", "elite athletes").
 * A tool that cries wolf teaches students to ignore it: none of them may get a HIGH finding.
 */
class NeutralArticlesTest {
    static final List<String> FILES = List.of("01-storm-coast", "02-heatwave", "03-snow-schools", "04-drought-farmers",
            "05-football-derby", "06-marathon", "07-tennis", "08-cricket", "09-swimming-training", "10-basketball-trade",
            "11-mars-probe", "12-vaccine-trial", "13-fossil", "14-climate-study", "15-robot-surgery", "16-bridge-repairs",
            "17-library-fire", "18-market-reopens", "19-council-budget", "20-bus-routes", "21-museum-exhibit",
            "22-police-appeal", "23-oil-and-jobs", "24-sports-round-up");

    static TextDocument fixture(String name) throws IOException {
        try (InputStream in = NeutralArticlesTest.class.getResourceAsStream("/neutral/" + name + ".txt")) {
            if (in == null) throw new IOException("missing fixture " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return DocumentBuilder.standard().build(text, ArticleMeta.empty().withOrigin(name + ".txt"));
        }
    }

    @Test
    void noNeutralArticleGetsAHighFinding() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        List<String> high = new ArrayList<>();
        int findings = 0;
        for (String f : FILES) {
            TextDocument doc = fixture(f);
            assertTrue(doc.bodySentences().size() >= 5, f + " has too few body sentences");
            for (Assertion a : pipeline.analyze(doc).assertions()) {
                findings++;
                if (a.severity() == Severity.HIGH) high.add(f + ": " + a.reasons() + " " + doc.slice(a.span()));
            }
        }
        System.out.println("Neutral fixtures: " + FILES.size() + " articles, " + findings + " findings, " + high.size() + " HIGH");
        assertEquals(List.of(), high);
    }

    @Test
    void loadedWordsUsedPlainlyInNeutralNewsAreNotHighlighted() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        List<String> loaded = new ArrayList<>();
        for (String f : List.of("23-oil-and-jobs", "24-sports-round-up")) {
            TextDocument doc = fixture(f);
            for (Assertion a : pipeline.analyze(doc).assertions()) {
                for (var t : a.triggers()) if (t.reason().equals(Reason.LOADED_LANGUAGE.code())) loaded.add(f + ": " + doc.text().substring(t.start(), t.end()));
            }
        }
        assertEquals(List.of(), loaded);
    }
}
