package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;

class SourceSummaryTest {
    private static String summary(String sample) { return SourceSummary.describe(SourceExtractor.standard().extract(Samples.doc(sample))); }

    @Test
    void samplesReadAloud() {
        assertEquals("6 voices: 4 Russian officials, 1 US official, 1 Syrian official", summary(Samples.S000));
        assertEquals("7 voices: 3 Russian officials, 1 US official, 1 anonymous source, 2 vague attributions", summary(Samples.S003));
    }

    @Test
    void countsByKindWhenNoCountryIsGiven() {
        Source named = new Source("Mattis", "", "", "", SourceKind.NAMED, "", List.of());
        Source vague = new Source("Reportedly", "", "", "", SourceKind.VAGUE, "", List.of());
        Source doc = new Source("US statement", "", "", "US", SourceKind.DOCUMENT, "", List.of());
        Source monitor = new Source("Syrian Observatory for Human Rights", "", "", "Syrian", SourceKind.ORGANIZATION, "", List.of());
        assertEquals("4 voices: 1 named person, 1 document, 1 vague attribution, 1 Syrian organisation",
                SourceSummary.describe(List.of(named, vague, doc, monitor)));
        assertEquals("1 voice: 1 named person", SourceSummary.describe(List.of(named)));
    }

    @Test
    void noSourceIsAFinding() {
        assertEquals(SourceSummary.NO_SOURCES, SourceSummary.describe(List.of()));
    }
}
