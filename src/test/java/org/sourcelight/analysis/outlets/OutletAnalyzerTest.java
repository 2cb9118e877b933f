package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.ProvenanceLink;
import org.sourcelight.model.StateCue;
import org.sourcelight.model.Typology;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

class OutletAnalyzerTest {
    private static final OutletAnalyzer ANALYZER = OutletAnalyzer.standard();

    private static OutletAnalyzer.Result analyze(String sample) {
        return ANALYZER.analyze(Samples.doc(sample), List.of());
    }

    private static OutletAnalyzer.Result analyzeText(String text) {
        return ANALYZER.analyze(DocumentBuilder.standard().build(text, ArticleMeta.empty()), List.of());
    }

    private static String at(String sample, CitedOutlet c) {
        return Samples.doc(sample).text().substring(c.start(), c.end());
    }

    private static void assertPressTv(String sample) {
        OutletAnalyzer.Result r = analyze(sample);
        ArticleOutlet p = r.publisher();
        assertNotNull(p, sample);
        assertEquals("Press TV", p.name());
        assertEquals("press-tv", p.outlet().id());
        assertEquals(Typology.SC, p.outlet().typology());
        assertEquals("Iran", p.outlet().country());
        assertTrue(p.confidence() >= 0.9, "confidence " + p.confidence());
        String text = Samples.doc(sample).text();
        // issue 13: the Press TV-only footer sentence is no longer a signature; the footer's site address or its
        // "Press TV's website" (any outlet's footer may say that) is the evidence now
        String evidence = text.substring(p.evidenceStart(), p.evidenceEnd());
        assertTrue(evidence.toLowerCase(java.util.Locale.ROOT).contains("presstv.") || evidence.equals("Press TV's website"), evidence);
        assertEquals(org.sourcelight.model.BlockKind.FOOTER, Samples.doc(sample).blockAt(p.evidenceStart()).kind());
        assertTrue(p.evidence().contains(evidence), p.evidence());
        for (CitedOutlet c : r.cited()) assertNotEquals("press-tv", c.outlet() == null ? "" : c.outlet().id(), "self-reference cited");
    }

    @Test
    void allFourPressTvSamplesAreRecognisedFromTheirFooters() {
        for (String s : List.of(Samples.S000, Samples.S001, Samples.S002, Samples.S003)) assertPressTv(s);
    }

    @Test
    void sample000CitesAfpAndApAsPhotoCredits() {
        List<CitedOutlet> cited = analyze(Samples.S000).cited();
        assertEquals(2, cited.size());
        CitedOutlet afp = cited.get(0);
        assertEquals("AFP", afp.name());
        assertEquals("credit", afp.how());
        assertEquals(260, afp.start());
        assertEquals("AFP", at(Samples.S000, afp));
        assertNull(afp.outlet().typology(), "AFP is not rated by the State Media Monitor");
        CitedOutlet ap = cited.get(1);
        assertEquals("Associated Press", ap.name());
        assertEquals("AP", at(Samples.S000, ap));
        assertEquals("credit", ap.how());
        assertEquals("cooperative", ap.outlet().classification());
        assertEquals("United States, cooperative, not rated", OutletLabels.shortLabel(ap.outlet()));
    }

    @Test
    void sample001CitesInterfaxSanaAndKomsomolskayaPravdaWithTheirModels() {
        OutletAnalyzer.Result r = analyze(Samples.S001);
        List<String> names = r.cited().stream().map(CitedOutlet::name).toList();
        assertEquals(List.of("AFP", "Interfax", "SANA", "Komsomolskaya Pravda"), names);
        CitedOutlet interfax = r.cited().get(1);
        assertNull(interfax.outlet().typology());
        assertEquals("private", interfax.outlet().classification());
        assertEquals("Russia, private, not rated", OutletLabels.shortLabel(interfax.outlet()));
        CitedOutlet sana = r.cited().get(2);
        assertEquals("Syrian Arab News Agency", at(Samples.S001, sana));
        assertEquals("alias", sana.how());
        assertEquals(Typology.SC, sana.outlet().typology());
        assertEquals(Typology.CaPr, r.cited().get(3).outlet().typology());
        assertEquals("Komsomolskaya Pravda", at(Samples.S001, r.cited().get(3)));
        // "The official Syrian Arab News Agency": "official" is a state cue
        assertEquals(1, r.cues().size());
        assertEquals("official", r.cues().get(0).cue());
        assertEquals(sana.start() - "official ".length(), r.cues().get(0).start());
    }

    @Test
    void sample001ChainsPressTvToSanaToAnonymousCivilSources() {
        OutletAnalyzer.Result r = analyze(Samples.S001);
        ProvenanceChain sana = r.chains().stream()
                .filter(c -> c.links().size() > 1 && c.links().get(1).name().equals("SANA")).findFirst().orElseThrow();
        assertEquals("Press TV (Iran, state-controlled) → SANA (Syria, state-controlled) → civil sources (anonymous)", render(sana));
        String text = Samples.doc(Samples.S001).text();
        assertEquals("Syrian Arab News Agency citied civil sources", text.substring(sana.start(), sana.end()));
        List<String> chains = r.chains().stream().map(OutletAnalyzerTest::render).toList();
        assertTrue(chains.contains("Press TV (Iran, state-controlled) → Interfax (Russia, private, not rated) → Lavrov (named)"), chains.toString());
        assertTrue(chains.contains("Press TV (Iran, state-controlled) → Komsomolskaya Pravda (Russia, captured private) → Valery Gerasimov (named)"),
                chains.toString());
    }

    private static String render(ProvenanceChain c) {
        StringBuilder b = new StringBuilder();
        for (ProvenanceLink l : c.links()) {
            if (b.length() > 0) b.append(" → ");
            b.append(l.name()).append(" (").append(l.label()).append(")");
        }
        return b.toString();
    }

    @Test
    void sample002CitesGettyImagesAsACreditNotInTheRegistryAndSana() {
        OutletAnalyzer.Result r = analyze(Samples.S002);
        CitedOutlet getty = r.cited().get(0);
        assertEquals("Getty Images", getty.name());
        assertEquals("Getty Images", at(Samples.S002, getty));
        assertEquals("credit", getty.how());
        assertNull(getty.outlet());
        assertEquals("not in the registry", OutletLabels.shortLabel(getty.outlet()));
        assertEquals(List.of("Syrian Arab News Agency", "SANA"),
                r.cited().subList(1, 3).stream().map(c -> at(Samples.S002, c)).toList());
        assertEquals(1, r.chains().size(), "the name and its abbreviation are one relay");
        assertEquals("Press TV (Iran, state-controlled) → SANA (Syria, state-controlled) → Mikhail Bogdanov (named)",
                render(r.chains().get(0)));
    }

    @Test
    void sample003CitesOnlyAfp() {
        List<CitedOutlet> cited = analyze(Samples.S003).cited();
        assertEquals(1, cited.size());
        assertEquals("AFP", cited.get(0).name());
        assertEquals("credit", cited.get(0).how());
    }

    @Test
    void sample004IsRudawAndResolvesSyriasStateRunNewsAgencyToSana() {
        OutletAnalyzer.Result r = analyze(Samples.S004);
        ArticleOutlet p = r.publisher();
        assertEquals("Rudaw", p.name());
        assertNull(p.outlet().typology(), "Rudaw is not rated");
        assertTrue(p.outlet().classification().contains("party-affiliated"));
        assertTrue(p.confidence() >= 0.6 && p.confidence() < 0.9, "self-reference + dateline: " + p.confidence());
        String text = Samples.doc(Samples.S004).text();
        assertEquals("provided to Rudaw English", text.substring(p.evidenceStart(), p.evidenceEnd()));
        assertTrue(r.cited().stream().noneMatch(c -> c.name().equals("Rudaw")), "self-reference is not a citation");
        CitedOutlet described = r.cited().get(0);
        assertEquals("description", described.how());
        assertEquals("Syria's state-run news agency", at(Samples.S004, described));
        assertEquals("SANA", described.outlet().name());
        CitedOutlet named = r.cited().get(1);
        assertEquals("SANA", at(Samples.S004, named));
        assertEquals("name", named.how());
        StateCue cue = r.cues().get(0);
        assertEquals("state-run", cue.cue());
        assertEquals(described.start() + "Syria's ".length(), cue.start());
        assertFalse(cue.explanation().isBlank());
        assertEquals("Rudaw (Iraq (Kurdistan Region), party-affiliated (KDP) per analysts, uncertain, not rated)"
                + " → SANA (Syria, state-controlled) → an unnamed source in the Foreign Ministry (anonymous)", render(r.chains().get(0)));
    }

    @Test
    void noMatchesInsideWordsOrForAPersonCalledSana() {
        OutletAnalyzer.Result r = analyzeText("Title here\n\nSana Khan said the CAPITAL was on the map, and the rap "
                + "star agreed. The Star was bright over Petra and Phoenix.");
        assertEquals(List.of(), r.cited());
        assertNull(r.publisher());
    }

    @Test
    void acronymsMatchOnlyAsWholeCapitalisedWordsAndSanaNeedsContext() {
        String text = "Title here\n\nThe AP said so. Sana news agency reported it. According to Mehr, prices rose in Fars province.";
        OutletAnalyzer.Result r = analyzeText(text);
        TextDocument doc = DocumentBuilder.standard().build(text, ArticleMeta.empty());
        List<String> found = r.cited().stream().map(c -> c.name() + "=" + doc.text().substring(c.start(), c.end())).toList();
        assertEquals(List.of("Associated Press=AP", "SANA=Sana", "Mehr News Agency=Mehr"), found);
    }

    @Test
    void stateCuesAreFindingsEvenForOutletsNotInTheRegistry() {
        OutletAnalyzer.Result r = analyzeText("Title here\n\nThe semi-official Foobar agency and the state broadcaster said so.");
        assertEquals(List.of("semi-official", "state broadcaster"), r.cues().stream().map(StateCue::cue).toList());
        assertTrue(r.cues().get(0).explanation().startsWith("\"Semi-official\" means"));
    }

    @Test
    void aBylineWithTheWritersRoleBeforeTheOutletNamesThePublisher() {
        TextDocument doc = DocumentBuilder.standard().build("Waiting lists fall again\n\nBy Jane Roe, Health Correspondent, BBC News\n\n"
                + "The number of people waiting for treatment has fallen, figures show.", ArticleMeta.empty());
        ArticleOutlet p = ANALYZER.analyze(doc, List.of()).publisher();
        assertEquals("BBC", p.name());
        assertTrue(p.evidence().startsWith("the byline names the outlet"), p.evidence());
    }

    @Test
    void aTimeStampLineUnderTheHeadlineIsABylineAndMayNameThePublisher() {
        for (String line : List.of("BBC News \u00B7 Posted: Nov 28, 2026 4:00 AM GMT", "Jane Roe | BBC News | Updated 3 hours ago")) {
            String text = "Waiting lists fall again\n\n" + line + "\n\nThe number of people waiting for treatment has fallen, figures show.";
            TextDocument doc = DocumentBuilder.standard().build(text, ArticleMeta.empty());
            assertEquals(BlockKind.BYLINE, doc.blocks().get(1).kind(), line);
            ArticleOutlet p = ANALYZER.analyze(doc, List.of()).publisher();
            assertEquals("BBC", p.name(), line);
            assertTrue(p.evidence().startsWith("the byline names the outlet"), p.evidence());
        }
        // a story sentence that mentions a posting is still the story
        TextDocument doc = DocumentBuilder.standard().build("Title here\n\nPosted notices warned drivers of the closure, police said.",
                ArticleMeta.empty());
        assertEquals(BlockKind.BODY, doc.blocks().get(1).kind());
    }

    @Test
    void aSiteNameTheRegistryDoesNotHoldStillNamesThePublisherWithNoFacts() {
        TextDocument doc = DocumentBuilder.standard().build("Storm knocks out power\n\nA storm brought down power lines overnight.",
                new ArticleMeta(null, null, null, null, "Metro Daily", null));
        ArticleOutlet p = ANALYZER.analyze(doc, List.of()).publisher();
        assertEquals("Metro Daily", p.name());
        assertEquals(null, p.outlet()); // no registry entry: no model, never "independent"
        assertTrue(p.evidence().contains("The page names its site \"Metro Daily\""), p.evidence());
    }

    @Test
    void publisherFromTheArticleAddress() {
        TextDocument doc = DocumentBuilder.standard().build("Some title\n\nBody text about nothing in particular.",
                new ArticleMeta(null, null, null, "https://www.presstv.ir/Detail/2017/11/23/543396/Russia", null, null));
        ArticleOutlet p = ANALYZER.analyze(doc, List.of()).publisher();
        assertEquals("Press TV", p.name());
        assertEquals(0.95, p.confidence());
        assertTrue(p.evidence().contains("www.presstv.ir"), p.evidence());
    }

    @Test
    void userEntriesWinOverShippedOnesAndThePublisherCanBeOverridden() {
        Outlet mine = new Outlet("sana", "SANA", List.of("Syrian Arab News Agency"), List.of("sana.sy"), "Syria",
                "Transitional government", Typology.ISM, "state-managed", 2025, "https://example.org/my-source",
                "my note", "user");
        OutletAnalyzer a = new OutletAnalyzer(OutletRegistry.shipped().withOverlay(List.of(mine)));
        OutletAnalyzer.Result r = a.analyze(Samples.doc(Samples.S004), List.of(),
                OutletAnalyzer.userPublisher("Rudaw", OutletRegistry.shipped().byId("rudaw")));
        CitedOutlet sana = r.cited().stream().filter(c -> c.how().equals("name")).findFirst().orElseThrow();
        assertEquals("user", sana.outlet().origin());
        assertEquals(Typology.ISM, sana.outlet().typology());
        assertEquals("Set by you.", r.publisher().evidence());
        assertEquals(1.0, r.publisher().confidence());
        assertEquals(Typology.SC, OutletRegistry.shipped().byId("sana").typology(), "the shipped registry is unchanged");
    }
}
