package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Who the speaker is (issue 12, speaker side): grading, spans, pronoun and role-noun resolution, each on sentences
 * written for this test (not from any corpus).
 */
class SpeakerRulesTest {
    private static final SourceExtractor X = SourceExtractor.standard();

    private static TextDocument doc(String... paragraphs) {
        return DocumentBuilder.standard().build("A headline about the vote\n\n" + String.join("\n\n", paragraphs), ArticleMeta.empty());
    }

    private static List<Source> sources(String... paragraphs) { return X.extract(doc(paragraphs)); }

    private static Source only(List<Source> all) {
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** The source whose mentions include the one whose speaker phrase is {@code phrase} (the first such). */
    private static Source saying(TextDocument d, List<Source> all, String phrase) {
        for (Source s : all) for (Mention m : s.mentions()) if (d.text().substring(m.speakerStart(), m.speakerEnd()).equals(phrase)) return s;
        throw new AssertionError("no speaker phrase '" + phrase + "' in " + all);
    }

    private static String speakerText(TextDocument d, Source s) {
        Mention m = s.mentions().get(0);
        return d.text().substring(m.speakerStart(), m.speakerEnd());
    }

    @Test
    void probe() {
        String[] cases = {
                "Opta said the striker had scored in five straight games.",
                "Asked about the tariffs, Trump said they would stay.",
                "Aides said the trip was off.",
                "Both State and FBI officials said the emails were classified.",
                "Former senior law enforcement officials in both parties said the inquiry was sound.",
                "People close to the governor said he would run.",
                "Sources familiar with the matter said the deal was off.",
                "Acme Corp. said profits rose.",
                "Globex Inc said it would cut jobs.",
                "Friday, Smith said the vote was rigged.",
                "Sen. Smith said the vote was rigged.",
                "Mr. Smith said the vote was rigged.",
                "Initech said in a statement that it would appeal.",
        };
        for (String c : cases) {
            TextDocument d = doc(c);
            for (Source s : X.extract(d)) System.out.println(c + "  =>  " + s.speaker() + " / " + s.kind() + " / [" + speakerText(d, s) + "]");
        }
    }
}
