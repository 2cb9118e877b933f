package org.sourcelight.report;

import java.io.PrintWriter;
import java.util.List;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;

/** A plain-text report for the terminal: one section per article, one line per finding. */
public final class TextReport {

    public void write(List<JsonReport.Entry> entries, PrintWriter out) {
        for (JsonReport.Entry e : entries) {
            ArticleAnalysis a = e.analysis();
            String text = a.document().text();
            out.println("== " + a.document().title() + "  [" + e.file() + "]");
            ArticleOutlet o = a.outlet();
            out.println("Published by: " + (o == null ? "unknown" : o.name() + " — " + ReportText.outletLabel(o.outlet())
                    + (o.evidence().isEmpty() ? "" : " (evidence: " + o.evidence() + ")")));
            out.println();
            out.println("Sources (" + a.sources().size() + "):");
            for (Source s : a.sources()) {
                out.println("  - " + s.speaker() + (s.role().isEmpty() ? "" : ", " + s.role()) + " [" + s.kind().code() + "] "
                        + s.mentions().size() + (s.mentions().size() == 1 ? " mention" : " mentions"));
                for (Mention m : s.mentions()) {
                    out.println("      " + (m.direct() ? "quote" : "reported") + " via \"" + m.cue() + "\" @" + m.start() + ": "
                            + ReportText.clip(text.substring(m.contentStart(), m.contentEnd()), 90));
                }
            }
            out.println();
            out.println("Outlets cited (" + a.citedOutlets().size() + "):");
            for (CitedOutlet c : a.citedOutlets()) {
                out.println("  - " + c.name() + " — " + ReportText.outletLabel(c.outlet()) + " (" + c.how() + ", @" + c.start() + ")");
            }
            for (StateCue c : a.stateCues()) out.println("  ! \"" + c.cue() + "\" @" + c.start() + ": " + c.explanation());
            out.println();
            out.println("Duplicated passages (" + a.duplicates().size() + "):");
            for (Duplicate d : a.duplicates()) {
                out.println("  - " + d.kind().code() + " " + Math.round(d.similarity() * 100) + "% @" + d.start() + "-" + d.end()
                        + (d.withinArticle() ? " repeats @" + d.otherStart() : " also in " + d.otherFile() + " @" + d.otherStart())
                        + ": " + ReportText.clip(text.substring(d.start(), d.end()), 80));
            }
            out.println();
            out.println("Unsupported assertions (" + a.assertions().size() + "):");
            for (Assertion x : a.assertions()) {
                out.println("  - [" + x.severity().name().toLowerCase() + "] " + String.join(", ", x.reasons()) + " @" + x.start()
                        + ": " + ReportText.clip(text.substring(x.start(), x.end()), 90));
                out.println("      why: " + x.explanation());
                out.println("      ask: " + x.question());
            }
            out.println();
        }
        out.flush();
    }
}
