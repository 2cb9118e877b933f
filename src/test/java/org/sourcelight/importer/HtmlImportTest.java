package org.sourcelight.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

class HtmlImportTest {
    private final ArticleImporter importer = ArticleImporter.standard();

    @TempDir
    Path tmp;

    @Test
    void newsPageKeepsOnlyTheArticleText() throws Exception {
        Path f = fixture("news-page.html");
        ImportedArticle a = importer.importFile(f);
        String expected = String.join("\n\n",
                "Syria wants US troops to leave",
                "By Jane Doe",
                "5 January 2024",
                "US troops patrol near Hasakah in 2023. (Photo by AFP)",
                "ERBIL, Kurdistan Region \u2013 US troops in Syria supporting the Kurdish-led forces should leave the country, the Syrian foreign minister said on Friday.",
                "\"The presence of American forces on Syrian soil is illegal,\" the minister told reporters in Damascus, adding that the government would \u201Cuse every means\u201D to end it.",
                "Reaction in Washington",
                "A Pentagon spokesman said the mission against Daesh remains unchanged.",
                "We are there to make sure the group does not return.",
                "About 900 US troops are in Syria.",
                "Most are in the northeast.",
                "Reporting by Jane Doe; editing by John Roe.");
        assertEquals(expected, a.originalText());
        for (String gone : List.of("MUST-NOT-APPEAR", "must not appear", "cookies", "Politics", "Share on", "Related", "Sidebar",
                "newsletter", "All rights reserved", "injected", "tracker")) {
            assertFalse(a.originalText().contains(gone), gone);
        }
        assertEquals("UTF-8", a.detectedEncoding());
    }

    @Test
    void newsPageMetadata() throws Exception {
        Path f = fixture("news-page.html");
        ArticleMeta m = importer.importFile(f).meta();
        assertEquals(new ArticleMeta("Syria wants US troops to leave", "Jane Doe", "2024-01-05T10:30:00+03:00",
                "https://news.example.org/world/syria-us-troops-leave", "Example News", f.toString(), null, "en"), m);
    }

    @Test
    void newsPageHintsMatchDocumentBuilderParagraphs() throws Exception {
        ImportedArticle a = importer.importFile(fixture("news-page.html"));
        Map<Integer, BlockKind> expected = Map.ofEntries(
                Map.entry(0, BlockKind.TITLE), Map.entry(1, BlockKind.BYLINE), Map.entry(2, BlockKind.BYLINE),
                Map.entry(3, BlockKind.CAPTION), Map.entry(4, BlockKind.BODY), Map.entry(5, BlockKind.BODY),
                Map.entry(6, BlockKind.SUBHEADING), Map.entry(7, BlockKind.BODY), Map.entry(8, BlockKind.BODY),
                Map.entry(9, BlockKind.BODY), Map.entry(10, BlockKind.BODY), Map.entry(11, BlockKind.FOOTER));
        assertEquals(expected, a.blockHints());
        TextDocument d = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
        assertEquals(12, d.paragraphs().size());
        assertEquals("Syria wants US troops to leave", d.title());
        assertEquals(List.of("Reaction in Washington"), slices(d, BlockKind.SUBHEADING));
        assertEquals(List.of("US troops patrol near Hasakah in 2023. (Photo by AFP)"), slices(d, BlockKind.CAPTION));
        assertEquals(List.of("Reporting by Jane Doe; editing by John Roe."), slices(d, BlockKind.FOOTER));
        assertEquals(List.of("ERBIL, Kurdistan Region \u2013 "), slices(d, BlockKind.DATELINE));
        assertEquals(List.of("By Jane Doe", "5 January 2024"), slices(d, BlockKind.BYLINE));
    }

    @Test
    void malformedHtmlGivesBestEffortText() throws Exception {
        ImportedArticle a = importer.importFile(fixture("malformed.html"));
        assertEquals(String.join("\n\n",
                "Broken page - Example",
                "Ministers meet in Baghdad",
                "The foreign ministers of Iraq and Iran met on Sunday",
                "They discussed border security and water sharing, officials said",
                "A second paragraph without a closing tag, and an unclosed link",
                "Cell text that is part of the article body, with commas, and more"), a.originalText());
        assertEquals("Broken page - Example", a.meta().title(), "the <title> (too short to lose a site part) is the title");
        assertEquals(BlockKind.TITLE, a.blockHints().get(0));
        assertEquals(BlockKind.SUBHEADING, a.blockHints().get(1), "an h1 that is not the title stays as a heading");
        assertEquals(BlockKind.BODY, a.blockHints().get(2));
        assertFalse(a.originalText().contains("SCRIPT"));
    }

    @Test
    void pageWithoutSemanticTagsIsScoredAndSplitOnDoubleBreaks() throws Exception {
        ImportedArticle a = importer.importFile(fixture("div-soup.html"));
        assertEquals(String.join("\n\n",
                "Iraq and Iran sign water deal",
                "BAGHDAD - Iraq and Iran signed an agreement on Tuesday to share the water of the rivers that cross their border, officials said.",
                "The deal, which took two years to negotiate, sets out how much water each side may take in summer.",
                "\"This is a day for farmers on both sides,\" the Iraqi water minister told reporters, according to the state news agency."),
                a.originalText());
        assertEquals(new ArticleMeta("Iraq and Iran sign water deal", null, "2023-03-14", null, "Gulf Daily", fixture("div-soup.html").toString()), a.meta());
        assertEquals(Map.of(0, BlockKind.TITLE), a.blockHints(), "text straight in a div is left for DocumentBuilder to classify");
        TextDocument d = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
        assertEquals(List.of("BAGHDAD - "), slices(d, BlockKind.DATELINE));
    }

    @Test
    void pageWithNoArticleTextIsRefused() throws Exception {
        Path f = fixture("no-article.html");
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(f));
        assertEquals("No article text was found in " + f + ".", e.getMessage());
    }

    @Test
    void charsetDeclaredInMetaIsUsed() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><article><h1>Caf\u00E9 talks</h1>"
                + "<p>\u201CWe agree,\u201D the minister said of the caf\u00E9 talks in the capital, which lasted for most of the day and ended late.</p>"
                + "<p>Both sides will meet again next month, according to the statement released after the meeting.</p></article></body></html>";
        Path f = Files.write(tmp.resolve("cp1252.htm"), html.getBytes(TextDecoder.WINDOWS_1252));
        ImportedArticle a = importer.importFile(f);
        assertEquals("windows-1252", a.detectedEncoding());
        assertTrue(a.originalText().startsWith("T\n\nCaf\u00E9 talks\n\n\u201CWe agree,\u201D the minister said of the caf\u00E9 talks"), a.originalText());
        assertNull(a.note());
    }

    @Test
    void htmlInATxtFileIsSniffed() throws Exception {
        Path f = Files.write(tmp.resolve("saved.txt"), ("<!DOCTYPE html><html><head><title>Iraq votes on Sunday | Site</title></head><body>"
                + "<p>One paragraph of article text that is long enough to be an article.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        ImportedArticle a = importer.importFile(f);
        assertEquals("Iraq votes on Sunday\n\nOne paragraph of article text that is long enough to be an article.", a.originalText());
        assertEquals(Map.of(0, BlockKind.TITLE, 1, BlockKind.BODY), a.blockHints());
    }

    @Test
    void pastedHtmlIsExtractedAndPastedTextIsNot() throws Exception {
        ImportedArticle a = importer.importText("<p>Pasted <b>paragraph</b> one.</p><script>alert('x')</script><p>Paragraph two.</p>");
        assertEquals("Pasted paragraph one.\n\nParagraph two.", a.originalText());
        assertEquals(ArticleImporter.PASTED, a.meta().origin());
        ImportedArticle b = importer.importText("Use <b> for bold, the guide says.");
        assertEquals("Use <b> for bold, the guide says.", b.originalText());
    }

    @Test
    void contentTypeDecidesForBytes() throws Exception {
        byte[] html = "<p>First.</p><p>Second.</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("First.\n\nSecond.", importer.importBytes(html, "https://example.org/a", "text/html; charset=utf-8").originalText());
        byte[] text = "<p>tags</p> shown as typed".getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>tags</p> shown as typed", importer.importBytes(text, "notes", "text/plain").originalText());
        assertEquals("tags\n\nshown as typed", importer.importBytes(text, "notes.txt", null).originalText(), "undeclared: sniffed");
        byte[] page = "<!DOCTYPE html><p>A whole page.</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("A whole page.", importer.importBytes(page, "mislabelled", "text/plain").originalText());
    }

    @Test
    void deeplyNestedPageDoesNotExhaustTheStack() throws Exception {
        String html = "<html><body>" + "<div>".repeat(20_000) + "<p>Deep text, nested twenty thousand levels down.</p>"
                + "</div>".repeat(20_000) + "</body></html>";
        ImportedArticle a = importer.importText(html);
        assertEquals("Deep text, nested twenty thousand levels down.", a.originalText());
        assertEquals(Map.of(0, BlockKind.BODY), a.blockHints());
    }

    /** Whatever the tag soup, hints index exactly the paragraphs DocumentBuilder finds, and failures are ImportExceptions. */
    @Test
    void hintsAlwaysIndexDocumentBuilderParagraphs() {
        String[] pieces = {"<p>", "</p>", "<div class=share>", "</div>", "<b>", "<a href=x>", "<h1>", "</h2>", "<h3>", "<!--", "-->",
            "<table><td>", "<li>", "&amp;", "&#x110000;", "words, more words. ", "<br>", "<br><br>", "<pre>", "line\r\nline",
            "<figcaption>", "<footer>", "<article>", "</article>", "\u00A0", "\u200B", "\u2028", "\u0085", "\u0090", "<", ">", "\""};
        java.util.Random random = new java.util.Random(42);
        int imported = 0;
        for (int round = 0; round < 150; round++) {
            StringBuilder b = new StringBuilder("<html><body>");
            int n = 5 + random.nextInt(200);
            for (int i = 0; i < n; i++) b.append(pieces[random.nextInt(pieces.length)]);
            ImportedArticle a;
            try {
                a = importer.importText(b.toString());
            } catch (ImportException e) {
                assertTrue(e.getMessage().startsWith("No article text was found in pasted text"), e.getMessage());
                continue;
            }
            imported++;
            TextDocument d = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
            assertEquals(a.originalText().split("\n\n", -1).length, d.paragraphs().size(), b.toString());
            for (int k : a.blockHints().keySet()) assertTrue(k >= 0 && k < d.paragraphs().size(), b.toString());
        }
        assertTrue(imported > 100, "most soups have some text: " + imported);
    }

    @Test
    void titlesLoseTheirSiteSuffix() {
        assertEquals("US military presence in Syria", HtmlMetadata.stripSite("US military presence in Syria | Press TV", null, true));
        assertEquals("US military presence in Syria", HtmlMetadata.stripSite("Press TV - US military presence in Syria", "Press TV", false));
        assertEquals("Russia: US must leave", HtmlMetadata.stripSite("Russia: US must leave", null, true));
        assertEquals("Syria - the war", HtmlMetadata.stripSite("Syria - the war", null, true), "too short to be a title plus a site");
    }

    @Test
    void datesBecomeIsoWherePossible() {
        assertEquals("2024-01-05T07:30:00Z", HtmlMetadata.iso("2024-01-05T07:30:00Z"));
        assertEquals("2024-01-05T07:30:00+03:00", HtmlMetadata.iso("2024-01-05T07:30:00+0300"));
        assertEquals("2017-11-24T10:00:00", HtmlMetadata.iso("2017-11-24 10:00:00"));
        assertEquals("2017-11-24", HtmlMetadata.iso("24 November 2017"));
        assertEquals("2017-11-24", HtmlMetadata.iso("Nov 24, 2017"));
        assertEquals("2017-11-24T10:00:00Z", HtmlMetadata.iso("Fri, 24 Nov 2017 10:00:00 GMT"));
        assertEquals("last Friday", HtmlMetadata.iso(" last Friday "));
    }

    private static List<String> slices(TextDocument d, BlockKind k) {
        return d.blocks().stream().filter(b -> b.kind() == k).map(b -> d.slice(b.span())).toList();
    }

    private Path fixture(String name) {
        Path target = tmp.resolve(name);
        if (Files.exists(target)) return target;
        try (InputStream in = getClass().getResourceAsStream("/importer/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
