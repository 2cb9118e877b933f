package org.sourcelight.report;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcelight.Samples;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.report.WebAnnotationCodec.Skipped;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;

class AnnotationExchangeTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private Database db;
    private AnnotationRepository repo;
    private long rudaw, presstv;
    private String rudawText;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        repo = new AnnotationRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        rudaw = articles.add("Syria wants US troops to leave", Samples.text(Samples.S004), Map.of(),
                new ArticleMeta(null, null, null, "https://www.rudaw.net/english/middleeast/syria/syria-troops", "Rudaw", null)).id();
        presstv = articles.add("Russian envoy", Samples.text(Samples.S002), Map.of(), ArticleMeta.empty()).id();
        rudawText = Samples.doc(Samples.S004).text();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Annotation save(long article, String text, String quote, AnnotationColour c, String note, String... tags) {
        int i = text.indexOf(quote);
        assertTrue(i >= 0, quote);
        return repo.save(Annotation.create(article, text, i, i + quote.length(), c, note, List.of(tags), T0));
    }

    @Test
    void exportIsW3cWebAnnotationJsonLd() throws Exception {
        Annotation a = save(rudaw, rudawText, "act of aggression", AnnotationColour.ORANGE, "Strong words", "loaded");
        save(rudaw, rudawText, "Rudaw English", AnnotationColour.SKY_BLUE, "");
        JsonNode root = new ObjectMapper().readTree(new AnnotationExchange(db).exportArticle(rudaw));
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").asText());
        assertEquals("AnnotationCollection", root.get("type").asText());
        assertEquals(2, root.get("total").asInt());
        JsonNode first = root.get("first").get("items").get(0);
        assertEquals("urn:uuid:" + a.uuid(), first.get("id").asText());
        assertEquals("Annotation", first.get("type").asText());
        assertEquals("commenting", first.get("motivation").asText());
        assertEquals("TextualBody", first.get("body").get(0).get("type").asText());
        assertEquals("Strong words", first.get("body").get(0).get("value").asText());
        assertEquals("commenting", first.get("body").get(0).get("purpose").asText());
        assertEquals("loaded", first.get("body").get(1).get("value").asText());
        assertEquals("tagging", first.get("body").get(1).get("purpose").asText());
        JsonNode target = first.get("target");
        assertEquals("https://www.rudaw.net/english/middleeast/syria/syria-troops", target.get("source").asText());
        assertEquals("sourcelight-orange", target.get("styleClass").asText());
        JsonNode quote = target.get("selector").get(0);
        assertEquals("TextQuoteSelector", quote.get("type").asText());
        assertEquals("act of aggression", quote.get("exact").asText());
        assertEquals(a.anchor().prefix(), quote.get("prefix").asText());
        JsonNode pos = target.get("selector").get(1);
        assertEquals("TextPositionSelector", pos.get("type").asText());
        assertEquals(a.start(), pos.get("start").asInt()); // no characters outside the BMP before it
        assertEquals(a.end(), pos.get("end").asInt());
        JsonNode second = root.get("first").get("items").get(1);
        assertEquals("highlighting", second.get("motivation").asText());
        assertFalse(second.has("body"));
    }

    @Test
    void roundTripIntoAnotherLibraryAndNoDuplicatesOnReimport() {
        String presstvText = Samples.doc(Samples.S002).text();
        save(rudaw, rudawText, "act of aggression", AnnotationColour.ORANGE, "Strong words\nsecond line", "loaded", "Q");
        save(presstv, presstvText, "Bogdanov", AnnotationColour.REDDISH_PURPLE, "", "russia");
        String json = new AnnotationExchange(db).exportAll();

        try (Database other = Database.inMemory()) {
            ArticleRepository articles = new ArticleRepository(other);
            // the same Press TV text (found by its hash), the Rudaw article by its address, in another order
            long p2 = articles.add("Envoy", Samples.text(Samples.S002), Map.of(), ArticleMeta.empty()).id();
            long r2 = articles.add("Rudaw", Samples.text(Samples.S004), Map.of(),
                    new ArticleMeta(null, null, null, "https://www.rudaw.net/english/middleeast/syria/syria-troops", null, null)).id();
            AnnotationExchange ex = new AnnotationExchange(other);
            AnnotationExchange.ImportReport r = ex.importJson(json, NOW);
            assertEquals(2, r.imported());
            assertEquals(0, r.alreadyPresent());
            assertEquals(List.of(), r.skipped());
            assertEquals(repo.all().stream().map(a -> a.withId(0)).toList().size(), new AnnotationRepository(other).all().size());
            Annotation got = new AnnotationRepository(other).forArticle(r2).get(0);
            Annotation orig = repo.forArticle(rudaw).get(0);
            assertEquals(orig.uuid(), got.uuid());
            assertEquals(orig.anchor(), got.anchor());
            assertEquals("Strong words\nsecond line", got.note());
            assertEquals(List.of("loaded", "Q"), got.tags());
            assertEquals(AnnotationColour.ORANGE, got.colour());
            assertEquals(T0, got.created());
            assertEquals(AnnotationColour.REDDISH_PURPLE, new AnnotationRepository(other).forArticle(p2).get(0).colour());

            AnnotationExchange.ImportReport again = ex.importJson(json, NOW);
            assertEquals(0, again.imported());
            assertEquals(2, again.alreadyPresent());
            assertEquals(2, new AnnotationRepository(other).all().size());
            assertEquals("Imported 0 annotations (2 already there).", again.summary());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sourcelight.Samples#names")
    void everySentenceOfEverySampleSurvivesExportImportAndPrints(String name) {
        org.sourcelight.text.TextDocument doc = Samples.doc(name);
        String text = doc.text();
        long id;
        try (Database a = Database.inMemory(); Database b = Database.inMemory()) {
            id = new ArticleRepository(a).add(name, Samples.text(name), Map.of(), ArticleMeta.empty()).id();
            AnnotationRepository ra = new AnnotationRepository(a);
            AnnotationColour[] colours = AnnotationColour.values();
            int k = 0;
            for (var s : doc.sentences()) {
                ra.save(Annotation.create(id, text, s.start(), s.end(), colours[k % colours.length], "note " + k, List.of("s" + k), T0));
                k++;
            }
            assertTrue(k >= 5, name + " has " + k + " sentences");
            String json = new AnnotationExchange(a).exportArticle(id);
            long idB = new ArticleRepository(b).add(name, Samples.text(name), Map.of(), ArticleMeta.empty()).id();
            AnnotationExchange.ImportReport r = new AnnotationExchange(b).importJson(json, NOW);
            assertEquals(k, r.imported(), r.details());
            assertEquals(0, r.orphans());
            List<Annotation> before = ra.forArticle(id), after = new AnnotationRepository(b).forArticle(idB);
            assertEquals(before.stream().map(Annotation::anchor).toList(), after.stream().map(Annotation::anchor).toList());
            String html = ArticleNotesExport.html(name, null, text, before);
            assertEquals(k, html.split("<li id=\"note-").length - 1);
            assertFalse(html.contains("Notes whose passage is no longer in the text"));
        }
    }

    @Test
    void malformedFileIsReportedNotThrown() {
        AnnotationExchange ex = new AnnotationExchange(db);
        AnnotationExchange.ImportReport r = ex.importJson("{\"type\": \"Annotation\", \"target\": ", NOW);
        assertEquals(0, r.imported());
        assertEquals(1, r.skipped().size());
        assertEquals("the file", r.skipped().get(0).item());
        assertTrue(r.skipped().get(0).reason().startsWith("it is not valid JSON ("), r.skipped().get(0).reason());
        assertEquals("it is empty", ex.importJson("  ", NOW).skipped().get(0).reason());
        assertEquals("it holds a single number, not annotations", ex.importJson("42", NOW).skipped().get(0).reason());
        assertEquals("it is not a Web Annotation file (type 'Person', no annotations inside)",
                ex.importJson("{\"@context\": \"https://schema.org\", \"type\": \"Person\", \"name\": \"Ada\"}", NOW)
                        .skipped().get(0).reason());
    }

    @Test
    void foreignItemsAreImportedOrSkippedEachWithItsReason() {
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
                  "just a string",
                  {"id": "https://example.org/anno/1", "type": "Person"},
                  {"id": "https://example.org/anno/2", "type": "Annotation"},
                  {"id": "https://example.org/anno/3", "type": "Annotation", "target": "https://example.org/page"},
                  {"id": "https://example.org/anno/4", "type": "Annotation",
                   "target": {"source": "https://www.rudaw.net/english/middleeast/syria/syria-troops",
                              "selector": {"type": "CssSelector", "value": "#p3"}}},
                  {"id": "https://example.org/anno/5", "type": "Annotation",
                   "target": {"source": "https://elsewhere.example/story",
                              "selector": {"type": "TextQuoteSelector", "exact": "something"}}},
                  {"id": "https://hypothes.is/a/abc123", "type": "Annotation", "motivation": "commenting",
                   "bodyValue": "Who counted these?",
                   "target": {"source": "https://www.rudaw.net/english/middleeast/syria/syria-troops",
                              "selector": [{"type": "TextQuoteSelector", "exact": "50,442 square-kilometers",
                                            "prefix": "from some ", "suffix": " of Syrian"}]}}
                ]}""";
        AnnotationExchange.ImportReport r = new AnnotationExchange(db).importJson(json, NOW);
        assertEquals(1, r.imported());
        assertEquals(List.of(
                new Skipped("item 1", "it is not a JSON object"),
                new Skipped("item 2 (https://example.org/anno/1)", "its type is 'Person', not Annotation"),
                new Skipped("item 3 (https://example.org/anno/2)", "it has no target (what it annotates)"),
                new Skipped("item 4 (https://example.org/anno/3)",
                        "its target is only an address (https://example.org/page), with no selector saying which text"),
                new Skipped("item 5 (https://example.org/anno/4)", "its target has no TextQuoteSelector with an exact"
                        + " quote, which Sourcelight needs to find the passage"),
                new Skipped("annotation on \"something\"",
                        "no article in this library matches its source https://elsewhere.example/story")), r.skipped());
        Annotation a = repo.forArticle(rudaw).get(0);
        assertEquals("Who counted these?", a.note());
        assertEquals(rudawText.indexOf("50,442 square-kilometers"), a.start()); // placed by quote: no position given
        assertFalse(a.orphan());
        assertEquals(AnnotationColour.YELLOW, a.colour());
        assertEquals(NOW, a.created());
        // the same foreign file again: the derived ids make it a no-op
        assertEquals(1, new AnnotationExchange(db).importJson(json, NOW).alreadyPresent());
        assertTrue(r.details().contains("Skipped item 2 (https://example.org/anno/1): its type is 'Person', not Annotation."));
    }
}
