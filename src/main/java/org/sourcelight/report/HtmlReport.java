package org.sourcelight.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Mention;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.ProvenanceLink;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;
import org.sourcelight.text.StyledRanges;

/**
 * A printable, self-contained HTML report of articles with their highlights and panels. Readable on paper in black
 * and white: quotes are underlined, unsupported assertions get a wavy underline and a numbered marker, duplicated
 * passages a side bar; each marker refers to a numbered finding below the text. All text is escaped; the page has
 * no scripts and loads nothing.
 */
public final class HtmlReport {
    /** A note of the reader's, to print beside the article. */
    public record Note(int start, int end, String quote, String text, List<String> tags) {}

    public void write(List<JsonReport.Entry> entries, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        out.println("<title>" + esc(entries.size() == 1 ? entries.get(0).analysis().document().title() : "Sourcelight report") + "</title>");
        out.println("<style>" + CSS + "</style></head><body>");
        for (JsonReport.Entry e : entries) article(e, List.of(), out);
        out.println("<footer class=\"gen\">Made with Sourcelight. Highlights point to how the article is built; "
                + "they are questions to ask, not verdicts.</footer>");
        out.println("</body></html>");
        out.flush();
    }

    /** One article with the reader's notes. */
    public void writeArticle(JsonReport.Entry e, List<Note> notes, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        out.println("<title>" + esc(e.analysis().document().title()) + "</title>");
        out.println("<style>" + CSS + "</style></head><body>");
        article(e, notes, out);
        out.println("</body></html>");
        out.flush();
    }

    private void article(JsonReport.Entry e, List<Note> notes, PrintWriter out) {
        ArticleAnalysis a = e.analysis();
        String text = a.document().text();
        out.println("<article>");
        out.println("<h1>" + esc(a.document().title()) + "</h1>");
        out.println("<p class=\"meta\">File: " + esc(e.file()) + "<br>Published by: " + esc(publisher(a.outlet())) + "</p>");
        out.println("<p class=\"legend\"><span class=\"q\">underlined</span> = quoted words · "
                + "<span class=\"as\">wavy underline</span> = unsupported assertion [A] · "
                + "<span class=\"dup\">side bar</span> = duplicated passage [D] · <span class=\"note\">boxed</span> = your note [N]</p>");
        // markers
        List<StyledRanges.Range> ranges = new ArrayList<>();
        for (Block b : a.document().blocks()) ranges.add(new StyledRanges.Range(b.start(), b.end(), "b-" + b.kind().name().toLowerCase()));
        for (Source s : a.sources()) for (Mention m : s.mentions()) {
            if (m.direct()) ranges.add(new StyledRanges.Range(m.contentStart(), m.contentEnd(), "q"));
            ranges.add(new StyledRanges.Range(m.speakerStart(), m.speakerEnd(), "sp"));
        }
        for (Assertion x : a.assertions()) ranges.add(new StyledRanges.Range(x.start(), x.end(), "as"));
        for (Duplicate d : a.duplicates()) ranges.add(new StyledRanges.Range(d.start(), d.end(), "dup"));
        for (Note n : notes) ranges.add(new StyledRanges.Range(n.start(), n.end(), "note"));
        List<int[]> markerAt = new ArrayList<>(); // offset, kind(0=A,1=D,2=N), number
        for (int i = 0; i < a.assertions().size(); i++) markerAt.add(new int[]{a.assertions().get(i).end(), 0, i + 1});
        for (int i = 0; i < a.duplicates().size(); i++) markerAt.add(new int[]{a.duplicates().get(i).end(), 1, i + 1});
        for (int i = 0; i < notes.size(); i++) markerAt.add(new int[]{notes.get(i).end(), 2, i + 1});
        markerAt.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        out.print("<div class=\"text\"><p>");
        int mi = 0;
        for (StyledRanges.Segment s : StyledRanges.segments(ranges, text.length())) {
            String chunk = text.substring(s.start(), s.end());
            String cls = String.join(" ", s.styles());
            String[] paras = chunk.split("\n\n", -1);
            for (int p = 0; p < paras.length; p++) {
                if (p > 0) out.print("</p>\n<p>");
                if (!paras[p].isEmpty()) {
                    out.print(cls.isEmpty() ? esc(paras[p]) : "<span class=\"" + cls + "\">" + esc(paras[p]) + "</span>");
                }
            }
            while (mi < markerAt.size() && markerAt.get(mi)[0] <= s.end()) {
                int[] m = markerAt.get(mi++);
                out.print("<sup class=\"mk\">[" + "ADN".charAt(m[1]) + m[2] + "]</sup>");
            }
        }
        out.println("</p></div>");
        sections(a, notes, text, out);
        out.println("</article>");
    }

    private static String reasonWords(Assertion x) {
        java.util.List<String> l = new java.util.ArrayList<>();
        for (String r : x.reasons()) l.add(org.sourcelight.analysis.assertions.Reason.ofCode(r).label());
        return String.join(", ", l);
    }

    private static void sections(ArticleAnalysis a, List<Note> notes, String text, PrintWriter out) {
        out.println("<section><h2>Sources (" + a.sources().size() + ")</h2>");
        if (a.sources().isEmpty()) out.println("<p>No attributed source was found: everything is said in the outlet's own voice.</p>");
        out.println("<ul>");
        for (Source s : a.sources()) {
            out.println("<li><b>" + esc(s.speaker()) + "</b>" + (s.role().isEmpty() ? "" : ", " + esc(s.role()))
                    + (s.organization().isEmpty() ? "" : " (" + esc(s.organization()) + ")") + " — <i>" + esc(s.kind().label())
                    + "</i>, " + s.mentions().size() + (s.mentions().size() == 1 ? " mention" : " mentions")
                    + (s.explanation().isEmpty() ? "" : "<br><small>" + esc(s.explanation()) + "</small>") + "</li>");
        }
        out.println("</ul></section>");
        out.println("<section><h2>Provenance</h2><p>Published by: " + esc(publisher(a.outlet())) + "</p><ul>");
        for (CitedOutlet c : a.citedOutlets()) out.println("<li>" + esc(c.name()) + " — " + esc(ReportText.citedLabel(c)) + " <small>(" + esc(ReportText.how(c.how())) + ")</small></li>");
        for (StateCue c : a.stateCues()) out.println("<li>“" + esc(c.cue()) + "”: " + esc(c.explanation()) + "</li>");
        for (ProvenanceChain ch : a.provenance()) {
            StringBuilder sb = new StringBuilder();
            for (ProvenanceLink l : ch.links()) {
                if (sb.length() > 0) sb.append(" → ");
                sb.append(l.name()).append(l.label().isEmpty() ? "" : " (" + l.label() + ")");
            }
            out.println("<li>Chain: " + esc(sb.toString()) + "</li>");
        }
        out.println("</ul></section>");
        out.println("<section><h2>" + ReportText.ASSERTIONS_HEADING + " (" + a.assertions().size() + ")</h2><ol class=\"find\">");
        for (int i = 0; i < a.assertions().size(); i++) {
            Assertion x = a.assertions().get(i);
            out.println("<li value=\"" + (i + 1) + "\"><b>[A" + (i + 1) + "] " + esc(reasonWords(x)) + "</b> ("
                    + x.severity().name().toLowerCase() + "): “" + esc(ReportText.clip(text.substring(x.start(), x.end()), 160)) + "”<br>"
                    + esc(x.explanation()) + "<br><i>Ask: " + esc(x.question()) + "</i></li>");
        }
        out.println("</ol></section>");
        out.println("<section><h2>Duplicated passages (" + a.duplicates().size() + ")</h2><ol class=\"find\">");
        for (int i = 0; i < a.duplicates().size(); i++) {
            Duplicate d = a.duplicates().get(i);
            out.println("<li><b>[D" + (i + 1) + "] " + esc(d.kind().label()) + "</b>, " + Math.round(d.similarity() * 100) + "% alike, "
                    + (d.withinArticle() ? "repeated in this article" : "also in " + esc(d.otherFile())) + ": “"
                    + esc(ReportText.clip(text.substring(d.start(), d.end()), 160)) + "”</li>");
        }
        out.println("</ol></section>");
        if (!notes.isEmpty()) {
            out.println("<section><h2>My notes (" + notes.size() + ")</h2><ol class=\"find\">");
            for (int i = 0; i < notes.size(); i++) {
                Note n = notes.get(i);
                out.println("<li><b>[N" + (i + 1) + "]</b> “" + esc(ReportText.clip(n.quote(), 160)) + "”"
                        + (n.text() == null || n.text().isBlank() ? "" : "<br>" + esc(n.text()))
                        + (n.tags().isEmpty() ? "" : "<br><small>Tags: " + esc(String.join(", ", n.tags())) + "</small>") + "</li>");
            }
            out.println("</ol></section>");
        }
    }

    private static String publisher(ArticleOutlet o) {
        if (o == null) return "not recognised";
        return o.name() + " — " + ReportText.outletLabel(o.outlet()) + (o.evidence().isEmpty() ? "" : ". How it was recognised: " + o.evidence());
    }

    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            body{font-family:Georgia,'DejaVu Serif',serif;max-width:44em;margin:2em auto;color:#000;background:#fff;line-height:1.55;padding:0 1em}
            h1{font-family:'DejaVu Sans',Arial,sans-serif;font-size:1.6em}h2{font-family:'DejaVu Sans',Arial,sans-serif;font-size:1.15em;border-bottom:1px solid #000;margin-top:1.6em}
            .meta,.legend{font-family:'DejaVu Sans',Arial,sans-serif;font-size:.85em}
            .q{text-decoration:underline}.sp{font-weight:bold}.as{text-decoration:underline wavy;text-decoration-thickness:1px}
            .dup{border-left:3px double #000;padding-left:2px}.note{outline:1px solid #000}
            .b-caption,.b-breadcrumb,.b-footer,.b-dateline{font-style:italic;font-size:.85em;color:#333}.b-title{display:none}
            .b-subheading{font-weight:bold}.mk{font-family:'DejaVu Sans',Arial,sans-serif;font-size:.7em;font-weight:bold}
            .find li{margin-bottom:.6em}.gen{margin-top:3em;font-size:.8em;border-top:1px solid #000}
            article{page-break-after:always}@media print{body{margin:0}}
            """;
}
