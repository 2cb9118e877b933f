package org.sourcelight.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.cli.Cli;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;

/** Extraction rules of issue 14 and the hostile HTML and decoding cases of issue 15. */
class ArticleExtractionTest {
    private final ArticleImporter importer = ArticleImporter.standard();

    @TempDir
    Path tmp;

    private static final String P1 = "The city council voted on Tuesday to close the old bridge, which has carried traffic over the river "
            + "since 1931, after engineers found cracks in two of its piers, officials said.";
    private static final String P2 = "\u201CWe cannot take risks with people\u2019s lives,\u201D the mayor told reporters, adding that a "
            + "temporary crossing would open within six weeks, and that repairs could take a year.";
    private static final String P3 = "Shop owners on both banks said the closure would cost them customers, and several asked the council "
            + "for help with rents while the work goes on.";

    /** Hang guard only (the quadratic scorer took minutes); the figures come from {@code bench import}. */
    private static final Duration GUARD = Duration.ofSeconds(60);

    @Test
    void articleWithTagAndSidebarClassWordsKeepsItsText() throws Exception {
        String html = "<html><head><title>Council closes old bridge | City News</title></head><body>"
                + "<div class=\"site content-with-sidebar-wrp modal-enabled\">"
                + "<article class=\"post type-post status-publish tag-sidebar tag-comments category-related sidebar\">"
                + "<h1>Council closes old bridge</h1>"
                + "<div class=\"url-breadcrumb entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div class=\"share-bar\"><a href=\"/s\">Share on Facebook</a> <a href=\"/t\">Tweet</a></div>"
                + "</article>"
                + "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Another story about the weather</a></li>"
                + "<li><a href=\"/b\">A story about a football match, with a comma</a></li></ul></div>"
                + "<div id=\"comments\"><p>Great article, I agree with the mayor, and so does my neighbour, who lives near it.</p></div>"
                + "</div></body></html>";
        ImportedArticle a = importer.importBytes(html.getBytes(StandardCharsets.UTF_8), "bridge.html", null);
        assertEquals(String.join("\n\n", "Council closes old bridge", P1, P2, P3), a.originalText());
        assertEquals(Map.of(0, BlockKind.TITLE, 1, BlockKind.BODY, 2, BlockKind.BODY, 3, BlockKind.BODY), a.blockHints());
        assertEquals("Council closes old bridge", a.meta().title());
    }

    @Test
    void classWordsAreWholeWordsWithTaxonomyAndStateTokensSkipped() {
        assertEquals(List.of("related", "posts"), ClassWords.split("relatedPosts-2"));
        assertTrue(ClassWords.isUnlikely(List.of("sidebar")));
        assertTrue(ClassWords.isUnlikely(elementWithClass("social-share")));
        assertTrue(ClassWords.isUnlikely(elementWithClass("newsletter-box")));
        assertFalse(ClassWords.isUnlikely(elementWithClass("tag-sidebar")), "WordPress taxonomy class");
        assertFalse(ClassWords.isUnlikely(elementWithClass("modal-enabled")), "a state, not a modal");
        assertFalse(ClassWords.isUnlikely(elementWithClass("content-with-sidebar-wrp")), "content, next to a sidebar");
        assertFalse(ClassWords.isUnlikely(elementWithClass("paywall")), "the article behind a paywall is still the article");
        assertFalse(ClassWords.isUnlikely(elementWithClass("leader")), "no substring matches: leader is not ad");
    }

    private static org.jsoup.nodes.Element elementWithClass(String c) {
        return org.jsoup.Jsoup.parse("<div class=\"" + c + "\"></div>").selectFirst("div");
    }

    @Test
    void navigationRelatedCarouselNewsletterAndCaptionsAreHandled() throws Exception {
        String html = "<html><head><meta property=\"og:title\" content=\"Council closes old bridge\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><main><h1>Council closes old bridge</h1>"
                + "<p class=\"byline\">By Ann Smith</p>"
                + "<figure><img src=\"b.jpg\"><figcaption>The bridge in 2019. (Photo: City archive)</figcaption></figure>"
                + "<p>" + P1 + "</p><div class=\"newsletter-signup\"><p>Get our newsletter every morning, it is free, sign up now, "
                + "and never miss a story, or a deal, or an event.</p></div><p>" + P2 + "</p>"
                + "<div class=\"video-carousel\"><p>Watch: the bridge from above, filmed by a drone last year, in four minutes.</p></div>"
                + "<div class=\"related-stories\"><a href=\"/x\">Bridge repairs in the next town took two years</a></div>"
                + "<p>" + P3 + "</p></main></body></html>";
        ImportedArticle a = importer.importBytes(html.getBytes(StandardCharsets.UTF_8), "bridge.html", null);
        assertEquals(String.join("\n\n", "Council closes old bridge", "By Ann Smith", "The bridge in 2019. (Photo: City archive)",
                P1, P2, P3), a.originalText());
        assertEquals(BlockKind.BYLINE, a.blockHints().get(1));
        assertEquals(BlockKind.CAPTION, a.blockHints().get(2));
        assertEquals("Ann Smith", a.meta().byline(), "the byline in the text counts when the metadata names nobody");
    }

    @Test
    void jsonLdNewsArticleGivesTheMetadata() throws Exception {
        String html = "<html lang=\"en-GB\"><head><title>Bridge | City News</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Council closes old bridge\",\"datePublished\":\"2024-03-05T09:00:00+00:00\","
                + "\"dateModified\":\"2024-03-06T10:15:00+00:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Smith\"},"
                + "{\"@type\":\"Person\",\"name\":\"Raj Patel\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"City News\"}}]}"
                + "</script><link rel=\"canonical\" href=\"https://news.example.org/bridge\"></head><body><article><p>" + P1 + "</p><p>"
                + P2 + "</p></article></body></html>";
        ArticleMeta m = importer.importBytes(html.getBytes(StandardCharsets.UTF_8), "bridge.html", null).meta();
        assertEquals(new ArticleMeta("Council closes old bridge", "Ann Smith, Raj Patel", "2024-03-05T09:00:00Z",
                "https://news.example.org/bridge", "City News", "bridge.html", "2024-03-06T10:15:00Z", "en-GB"), m);
    }

    @Test
    void theSameBytesAlwaysGiveTheSameArticle() throws Exception {
        // Two equal-scoring candidates: the earlier one in the page wins, every time.
        String block = "<div><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        byte[] html = ("<html><body>" + block + block.replace("council", "committee") + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ImportedArticle first = importer.importBytes(html, "tie.html", null);
        for (int i = 0; i < 20; i++) assertEquals(first, importer.importBytes(html, "tie.html", null));
        assertTrue(first.originalText().contains("council"));
    }

    @Test
    void fallsBackToTheTextThereIsRatherThanNothing() throws Exception {
        String html = "<html><body><div class=\"sidebar\"><div class=\"comments\">" + P1 + "<br><br>" + P2 + "</div></div></body></html>";
        ImportedArticle a = importer.importBytes(html.getBytes(StandardCharsets.UTF_8), "odd.html", null);
        assertEquals(P1 + "\n\n" + P2, a.originalText());
    }

    @Test
    void hundredThousandUnclosedInlineLevels() {
        String html = "<html><body>" + "<div><span><b>".repeat(100_000) + "x said.";
        ImportedArticle a = assertTimeoutPreemptively(GUARD, () -> importer.importText(html));
        assertEquals("x said.", a.originalText());
    }

    @Test
    void thirtyThousandNestedTableCells() {
        String html = "<html><body>" + "<table><tr><td>".repeat(30_000) + P1 + "</td></tr></table>".repeat(30_000) + "</body></html>";
        ImportedArticle a = assertTimeoutPreemptively(GUARD, () -> importer.importText(html));
        assertEquals(P1, a.originalText());
    }

    @Test
    void twentyThousandUnclosedBlockquotes() {
        String html = "<html><body>" + "<blockquote>".repeat(20_000) + P1;
        ImportedArticle a = assertTimeoutPreemptively(GUARD, () -> importer.importText(html));
        assertEquals(P1, a.originalText());
        assertEquals(BlockKind.BODY, a.blockHints().get(0));
    }

    @Test
    void deepPageDoesNotCostTheOtherFileItsReport() throws Exception {
        Path deep = Files.writeString(tmp.resolve("deep.html"), "<html><body>" + "<div><span><b>".repeat(100_000) + "x said.");
        Path good = Files.writeString(tmp.resolve("good.txt"), "Council closes old bridge\n\n" + P1 + "\n\n" + P2 + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(GUARD, () -> Cli.run(new String[] {"analyze", deep.toString(), good.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(json.contains("\"title\":\"Council closes old bridge\""), json.substring(0, Math.min(400, json.length())));
        assertTrue(json.contains("the mayor"), "the good file's text is in the report");
        assertTrue(json.contains("x said."), "the deep file's text too");
    }

    @Test
    void utf8BytesWinOverADeclaredGb2312() throws Exception {
        String html = "<html><head><meta charset=\"gb2312\"><title>\u4EBA\u5DE5\u667A\u80FD\u8FC8\u4E0A\u65B0\u53F0\u9636</title></head>"
                + "<body><p>DeepMind\u65B0\u7535\u8111\u5DF2\u53EF\u5229\u7528\u8BB0\u5FC6\u81EA\u5B66\uFF0C\u4EBA\u5DE5\u667A\u80FD\u8FC8\u4E0A"
                + "\u65B0\u53F0\u9636\u3002</p></body></html>";
        ImportedArticle a = importer.importBytes(html.getBytes(StandardCharsets.UTF_8), "qq.html", null);
        assertEquals("UTF-8", a.detectedEncoding());
        assertTrue(a.originalText().contains("DeepMind\u65B0\u7535\u8111"), a.originalText());
        assertEquals("qq.html: It says its text is in GB2312, but its bytes are UTF-8, so it was read as UTF-8.", a.note());
    }

    @Test
    void aByteOrderMarkWinsOverTheDeclaredCharsetAndSaysSo() throws Exception {
        byte[] body = ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + P2 + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[body.length + 3];
        data[0] = (byte) 0xEF;
        data[1] = (byte) 0xBB;
        data[2] = (byte) 0xBF;
        System.arraycopy(body, 0, data, 3, body.length);
        ImportedArticle a = importer.importBytes(data, "bom.html", null);
        assertTrue(a.originalText().contains("\u201CWe cannot"), a.originalText());
        assertEquals("bom.html: It says its text is in windows-1252, but it starts with a UTF-8 byte-order mark, so it was read as UTF-8.", a.note());
    }

    @Test
    void mostlyUtf8WithAFewBadBytesStaysUtf8() throws Exception {
        byte[] good = ("Caf\u00E9 talks\n\n" + P2 + " \u2014 r\u00E9sum\u00E9, na\u00EFve, \u00FCber.").getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[good.length + 2];
        System.arraycopy(good, 0, data, 0, 20);
        data[20] = (byte) 0xFF;
        data[21] = (byte) 0xC3; // a lead byte without its continuation
        System.arraycopy(good, 20, data, 22, good.length - 20);
        Path f = Files.write(tmp.resolve("mixed.txt"), data);
        ImportedArticle a = importer.importFile(f);
        assertEquals("UTF-8", a.detectedEncoding());
        assertTrue(a.originalText().startsWith("Caf\u00E9 talks"), a.originalText());
        assertTrue(a.originalText().contains("\uFFFD"));
        assertTrue(a.originalText().contains("r\u00E9sum\u00E9, na\u00EFve"));
        assertEquals(f + ": It was read as UTF-8; 2 bytes that are not valid UTF-8 were replaced by \uFFFD.", a.note());
        Path latin = Files.write(tmp.resolve("latin.txt"), ("Caf\u00E9 talks, r\u00E9sum\u00E9").getBytes(Charset.forName("windows-1252")));
        ImportedArticle b = importer.importFile(latin);
        assertEquals("windows-1252", b.detectedEncoding());
        assertEquals("Caf\u00E9 talks, r\u00E9sum\u00E9", b.originalText());
        assertNull(b.note());
    }

    @Test
    void fileOneByteTooLargeSaysExactSizes() throws Exception {
        Path f = tmp.resolve("big.txt");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(16L * 1024 * 1024 + 1); // sparse: no 16 MB written
        }
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(f));
        assertEquals(f + " is 16,777,217 bytes; the largest article Sourcelight opens is 16,777,216 bytes (16 MB).", e.getMessage());
    }
}
