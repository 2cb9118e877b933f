package org.sourcelight.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.report.HtmlReport;
import org.sourcelight.report.JsonReport;
import org.sourcelight.report.TextReport;

/**
 * Fuzz target: the three report writers over the analysis of any text (with the text also as the file name and the
 * title). The JSON must parse back and give the file name unchanged; the HTML must carry no tag the text brought
 * (every element is one the report writes); no writer may throw.
 */
class ReportWriterFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "10m")
    void reports(byte[] data) throws Exception {
        String text = new String(data, StandardCharsets.UTF_8);
        String name = text.length() > 80 ? text.substring(0, 80) : text;
        ArticleAnalysis a = PIPELINE.analyze(PIPELINE.builder().build(text,
                new ArticleMeta(name, name, null, null, name, null)));
        List<JsonReport.Entry> entries = List.of(new JsonReport.Entry(name, a));

        StringWriter json = new StringWriter();
        new JsonReport(false).write(entries, json);
        JsonNode root = JSON.readTree(json.toString());
        FuzzChecks.require(root.get("articles").size() == 1, "one article in the JSON");
        FuzzChecks.require(name.equals(root.get("articles").get(0).get("file").asText()), "file name kept in the JSON");

        StringWriter text0 = new StringWriter();
        new TextReport().write(entries, new PrintWriter(text0));

        StringWriter html = new StringWriter();
        new HtmlReport().write(entries, new PrintWriter(html));
        // every element in the page is one the report writes itself: nothing from the input became markup
        for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parse(html.toString()).getAllElements()) {
            FuzzChecks.require(REPORT_TAGS.contains(e.tagName()), "an element from the input is in the HTML: <" + e.tagName() + ">");
        }
    }

    /** The elements {@link HtmlReport} writes (its source, plus those jsoup adds around them). */
    private static final java.util.Set<String> REPORT_TAGS = java.util.Set.of("#root", "html", "head", "body", "meta", "title",
            "style", "article", "section", "footer", "div", "h1", "h2", "p", "br", "span", "b", "i", "small", "sup", "ol",
            "ul", "li");

}
