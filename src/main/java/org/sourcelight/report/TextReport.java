package org.sourcelight.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.DuplicateKind;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;
import org.sourcelight.text.Plural;

/**
 * A plain-text report for the terminal: per article a one-line summary (the counts the reader's library shows) and
 * one line per finding in plain words, then a summary of the run. No offsets (the JSON report has them); quotes
 * are shortened at a word boundary; a passage shared with several articles, or repeated inside the article, is
 * listed once.
 */
public final class TextReport {
    private static final int QUOTE = 90;

    public void write(List<JsonReport.Entry> entries, PrintWriter out) {
        int sources = 0, copied = 0, claims = 0;
        java.util.Set<String> outlets = new java.util.HashSet<>(); // an outlet cited by several articles counts once
        for (JsonReport.Entry e : entries) {
            ArticleAnalysis a = e.analysis();
            article(e, out);
            sources += a.sources().size();
            outlets.addAll(a.outletsCitedKeys());
            copied += a.copiedPassages();
            claims += a.claimsWithNoSource();
        }
        if (entries.size() > 1) {
            out.println("== All " + entries.size() + " articles: " + counts(sources, outlets.size(), copied, claims) + ".");
        }
        out.flush();
    }

    static String counts(int sources, int outlets, int copied, int claims) {
        return Plural.of(sources, "source", "sources") + ", " + Plural.of(outlets, "outlet cited", "outlets cited") + ", "
                + Plural.of(copied, "copied passage", "copied passages") + ", "
                + Plural.of(claims, "claim with no source", "claims with no source");
    }

    private void article(JsonReport.Entry e, PrintWriter out) {
        ArticleAnalysis a = e.analysis();
        String text = a.document().text();
        out.println("== " + a.document().title() + "  [" + e.file() + "]");
        ArticleOutlet o = a.outlet();
        out.println("Published by: " + (o == null ? "not recognised" : o.name() + " — " + ReportText.outletLabel(o.outlet())
                + (o.evidence().isEmpty() ? "" : ". How it was recognised: " + o.evidence())));
        out.println("In short: " + counts(a.sources().size(), a.distinctOutletsCited(), a.copiedPassages(), a.claimsWithNoSource()) + ".");
        for (String p : a.problems()) out.println("Problem: " + p);
        out.println();

        out.println("Sources (" + a.sources().size() + "):");
        for (Source s : a.sources()) {
            out.println("  - " + s.speaker() + (s.role().isEmpty() ? "" : ", " + s.role()) + " (" + s.kind().label().toLowerCase()
                    + "), " + Plural.of(s.mentions().size(), "mention", "mentions"));
            for (Mention m : s.mentions()) {
                String how = m.kind() == org.sourcelight.model.MentionKind.BELIEF ? m.kind().label()
                        : m.direct() ? "quoted" : "reported";
                if (m.hedged()) how += ", as it seemed to the writer";
                String cue = m.cue().isBlank() ? "" : " (\u201C" + m.cue() + "\u201D)";
                String content = text.substring(m.contentStart(), m.contentEnd()).strip();
                out.println("      " + how + cue + (content.isEmpty() ? "" : ": " + ReportText.quote(content, QUOTE)));
            }
        }
        out.println();

        out.println("Outlets named (" + a.distinctOutletsCited() + " cited, photo credits apart):");
        java.util.Map<String, List<CitedOutlet>> byOutlet = new java.util.LinkedHashMap<>();
        for (CitedOutlet c : a.citedOutlets()) {
            String key = c.outlet() != null ? "id:" + c.outlet().id() : "name:" + c.name().toLowerCase(java.util.Locale.ROOT);
            byOutlet.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        for (List<CitedOutlet> cs : byOutlet.values()) {
            CitedOutlet c = cs.get(0);
            Set<String> hows = new java.util.LinkedHashSet<>();
            for (CitedOutlet x : cs) hows.add(ReportText.how(x.how()));
            out.println("  - " + (c.outlet() != null ? c.outlet().name() : c.name()) + " — " + ReportText.citedLabel(c)
                    + " (" + String.join("; ", hows) + (cs.size() > 1 ? ", " + cs.size() + " times" : "") + ")");
        }
        for (StateCue c : a.stateCues()) out.println("  - \u201C" + c.cue() + "\u201D: " + c.explanation());
        out.println();

        List<String> dupLines = duplicates(a, text);
        out.println("Copied and repeated passages (" + dupLines.size() + "):");
        for (String l : dupLines) out.println("  - " + l);
        out.println();

        out.println(ReportText.ASSERTIONS_HEADING + " (" + a.assertions().size() + "):");
        for (Assertion x : a.assertions()) {
            List<String> labels = new ArrayList<>();
            for (String r : x.reasons()) labels.add(Reason.ofCode(r).label());
            out.println("  - " + String.join(", ", labels) + " (" + x.severity().name().toLowerCase() + "): "
                    + ReportText.quote(text.substring(x.start(), x.end()), QUOTE));
            out.println("      why: " + x.explanation());
            out.println("      ask: " + x.question());
        }
        out.println();
    }

    /** One line per passage: where else it stands (every other article named once), boilerplate and footers marked. */
    private static List<String> duplicates(ArticleAnalysis a, String text) {
        List<String> lines = new ArrayList<>();
        List<Duplicate> ds = new ArrayList<>(a.duplicates());
        ds.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(y.end(), x.end()));
        int i = 0;
        while (i < ds.size()) {
            Duplicate first = ds.get(i);
            int end = first.end();
            List<String> where = new ArrayList<>();
            boolean repeated = false, boilerplate = false;
            int j = i;
            for (; j < ds.size() && ds.get(j).start() < end; j++) {
                Duplicate d = ds.get(j);
                end = Math.max(end, d.end());
                boilerplate |= d.kind() == DuplicateKind.BOILERPLATE;
                if (d.withinArticle()) repeated = true;
                else if (!where.contains(d.otherFile())) where.add(d.otherFile().isEmpty() ? "another article" : d.otherFile());
            }
            var block = a.document().blockAt(first.start());
            boolean footer = block != null && block.kind() == BlockKind.FOOTER;
            StringBuilder l = new StringBuilder();
            l.append(footer ? "Site footer" : boilerplate ? "Boilerplate" : first.kind().label());
            if (!footer && !boilerplate) l.append(" (").append(Math.round(first.similarity() * 100)).append("% alike)");
            List<String> parts = new ArrayList<>();
            if (repeated) parts.add("repeated in this article");
            if (!where.isEmpty()) parts.add("also in " + String.join("; ", where));
            if (!parts.isEmpty()) l.append(", ").append(String.join(", ", parts));
            l.append(": ").append(ReportText.quote(text.substring(first.start(), end), QUOTE - 10));
            lines.add(l.toString());
            i = j;
        }
        return lines;
    }
}
