package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/** Cited outlets that overlap each other or run past their sentence must not break the provenance chains. */
class ProvenanceEdgeCasesTest {
    private static final OutletAnalyzer ANALYZER = OutletAnalyzer.standard();

    private static TextDocument doc(String text) {
        return DocumentBuilder.standard().build(text, ArticleMeta.empty());
    }

    @Test
    void overlappingDescriptionsOfOneOutletGiveNoException() {
        TextDocument d = doc("Crowds gathered on the seafront\n\n"
                + "The mayor told Syria's state television channel that the driver had fired on the crowd.\n\n"
                + "The police said the area was closed.\n");
        OutletAnalyzer.Result r = assertDoesNotThrow(() -> ANALYZER.analyze(d, List.of()));
        String text = d.text();
        // "Syria's state television" and "Syria's state television channel" are both found, and they overlap
        // (issue 19: "French television channel BFM TV" no longer counts, it introduces BFM TV, a name of its own)
        List<CitedOutlet> descriptions = r.cited().stream().filter(c -> c.how().equals("description")).toList();
        assertTrue(descriptions.size() >= 2, descriptions.toString());
        assertTrue(descriptions.get(1).start() < descriptions.get(0).end(), "the two descriptions overlap");
        for (ProvenanceChain c : r.chains()) {
            assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() < c.end(), c.toString());
        }
    }

    /** The last link of each chain: the source the outlet relayed. */
    private static List<String> relayed(OutletAnalyzer.Result r) {
        return r.chains().stream().map(c -> c.links().get(c.links().size() - 1).name()).toList();
    }

    @Test
    void relaysAreFoundInAnyCaseAndWithTheSpeakerAfterTheOutlet() {
        // each relay pattern is tried only where its words occur (literal prefilters): here they do, in capitals too
        OutletAnalyzer.Result r = ANALYZER.analyze(doc("Talks in Geneva\n\n"
                + "TASS cited military sources AS SAYING the road was closed.\n\n"
                + "ACCORDING to Interfax, the talks ended early on Tuesday.\n\n"
                + "Speaking to Interfax, Foreign Minister Sergei Lavrov said the talks would go on.\n"), List.of());
        assertEquals(3, r.chains().size(), r.chains().toString());
        assertEquals("military sources", relayed(r).get(0));
        assertTrue(relayed(r).contains("Sergei Lavrov") || relayed(r).contains("Foreign Minister Sergei Lavrov"), relayed(r).toString());
    }

    @Test
    void anOutletCitedThousandsOfTimesInOneSentenceStaysLinear() {
        // "TASS cited TASS cited …": every citation reads a bounded window; none finds "as saying" or a speech verb
        TextDocument d = doc("Headline\n\n" + "TASS cited ".repeat(5_000));
        OutletAnalyzer.Result r = assertDoesNotThrow(() -> ANALYZER.analyze(d, List.of()));
        for (ProvenanceChain c : r.chains()) assertTrue(c.start() < c.end() && c.end() <= d.text().length(), c.toString());
    }

    @Test
    void anOutletNameRunningPastItsSentenceGivesNoException() {
        TextDocument d = doc("Broadcaster keeps its name\n\n"
                + "The board said: \"'Maori' will remain in the name Maori Television\". New Zealand viewers welcomed it.\n");
        String text = d.text();
        OutletAnalyzer.Result r = assertDoesNotThrow(() -> ANALYZER.analyze(d, List.of()));
        for (CitedOutlet c : r.cited()) assertTrue(c.start() < c.end() && c.end() <= text.length(), c.toString());
        for (ProvenanceChain c : r.chains()) {
            assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() < c.end(), c.toString());
        }
    }
}
