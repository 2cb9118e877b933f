package org.sourcelight.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sourcelight.testsupport.CorpusAssumptions;

/**
 * A looser extraction attempt run on the tree of the last one, with what that one's cleaning removed put back
 * ({@link ArticleExtractor#findAgain}), gives exactly what the attempt gives on a new parse of the page: the same
 * elements with the same markup after cleaning, the same byline and the same effects. (Issue 15: a deeply nested page
 * was parsed once per attempt.)
 */
class RepeatedAttemptTest {
    private static final String P = "The council voted on Tuesday to close the old bridge, which has carried traffic since 1931, "
            + "after engineers found cracks in two of its piers, officials said.";

    @Test
    void shortArticleWithLinkListsAndImageStripsAgreesWithANewParse() {
        String html = "<html><head><title>Bridge closes</title></head><body><div id=\"page\">"
                + "<div class=\"story\"><h1>Bridge closes</h1><p>" + P + "</p><p>Repairs take a year.</p>"
                + "<div><a href=\"/a\">One</a> <a href=\"/b\">Two</a> <a href=\"/c\">Three</a></div>"
                + "<div><img src=\"a.jpg\"><img src=\"b.jpg\"><img src=\"c.jpg\"></div>"
                + "<ul><li><a href=\"/x\">More</a></li><li>Less</li></ul>"
                + "<table><tr><td>a</td><td>b</td></tr></table><div></div><div>Tiny</div></div>"
                + "<div class=\"byline\">By A. Writer</div></div></body></html>";
        int compared = assertAttemptsAgree(html);
        assertTrue(compared >= 1, "the page should need a looser attempt, compared " + compared);
    }

    @Test
    void deeplyNestedUnclosedPageAgreesWithANewParse() {
        String html = "<html><body>" + "<div><span><b>".repeat(3_000) + "x said.";
        assertEquals(3, assertAttemptsAgree(html)); // every looser attempt runs (the first cleans the text away)
    }

    @Test
    void nestedTablesAndBlockquotesAgreeWithANewParse() {
        assertAttemptsAgree("<html><body>" + "<table><tr><td>".repeat(500) + P + "</td></tr></table>");
        assertAttemptsAgree("<html><body>" + "<blockquote>".repeat(500) + P);
        assertAttemptsAgree("<html><body><div><p>" + P + "</p></div>" + "<div><a href=\"/l\">link</a></div>".repeat(200));
    }

    @Test
    void importerFixturesAgreeWithANewParse() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/importer"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertAttemptsAgree(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void everyReadabilityTestPageAgreesWithANewParse() throws IOException {
        Path dir = CorpusAssumptions.require("readability/test/test-pages");
        int pages = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("source.html")).sorted().toList()) {
                assertAttemptsAgree(Files.readString(f, StandardCharsets.UTF_8));
                pages++;
            }
        }
        assertTrue(pages > 100, "Readability should hold over 100 test pages, found " + pages);
    }

    /** Runs the attempts the importer runs and compares each one made on the restored tree with a new parse. */
    private static int assertAttemptsAgree(String html) {
        Document doc = Jsoup.parse(html, "");
        String title = HtmlMetadata.read(doc).title();
        ArticleExtractor.Result last = ArticleExtractor.find(doc, ArticleExtractor.ALL, title);
        int compared = 0;
        for (int i = 1; i < ArticleExtractor.ATTEMPTS.length && ArticleExtractor.canFindAgain(last); i++) {
            int flags = ArticleExtractor.ATTEMPTS[i];
            ArticleExtractor.Result again = ArticleExtractor.findAgain(last, flags);
            Document fresh = Jsoup.parse(html, "");
            HtmlMetadata.read(fresh);
            ArticleExtractor.Result anew = ArticleExtractor.find(fresh, flags, title);
            assertEquals(markup(anew), markup(again), "attempt " + flags);
            assertEquals(anew.byline(), again.byline(), "attempt " + flags);
            assertEquals(anew.effects().weighted, again.effects().weighted, "attempt " + flags);
            assertEquals(anew.effects().cleaned, again.effects().cleaned, "attempt " + flags);
            for (Element e : again.elements()) assertEquals(textLength(anew, fresh, e, doc), again.textLength(e));
            last = again;
            compared++;
        }
        return compared;
    }

    private static List<String> markup(ArticleExtractor.Result r) {
        List<String> out = new ArrayList<>();
        for (Element e : r.elements()) out.add(e.outerHtml());
        return out;
    }

    /** The measured text length of the element at the same place in the other parse. */
    private static int textLength(ArticleExtractor.Result anew, Document fresh, Element e, Document doc) {
        Element same = fresh.body();
        List<Integer> path = new ArrayList<>();
        for (Element a = e; a != null && a != doc.body(); a = a.parent()) path.add(0, a.elementSiblingIndex());
        for (int i : path) same = same.child(i);
        return anew.textLength(same);
    }
}
