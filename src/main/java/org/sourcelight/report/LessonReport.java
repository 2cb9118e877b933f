package org.sourcelight.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.ClassSummary;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.Question;
import org.sourcelight.model.Block;
import org.sourcelight.text.StyledRanges;
import org.sourcelight.text.TextDocument;

/**
 * Printable classroom pages, readable on paper in black and white: a lesson sheet for students (articles and
 * questions), the teacher's answer key (each key item marked in the text with a category letter and number, then
 * listed with its explanation, and each detector's measured accuracy), and a class summary. Self-contained HTML with
 * every text escaped, no scripts, nothing loaded.
 */
public final class LessonReport {
    private final Calibration calibration;

    public LessonReport(Calibration calibration) {
        this.calibration = calibration;
    }

    public static LessonReport standard() { return new LessonReport(Calibration.standard()); }

    /** The students' sheet ({@code withKey} false) or the answer key ({@code withKey} true). */
    public void writeLesson(Lesson lesson, boolean withKey, PrintWriter out) {
        head(lesson.title() + (withKey ? " — answer key" : ""), out);
        out.println("<h1>" + HtmlReport.esc(lesson.title()) + (withKey ? " <small>(answer key)</small>" : "") + "</h1>");
        if (withKey && !lesson.teacherNotes().isBlank()) out.println("<p class=\"notes\">" + HtmlReport.esc(lesson.teacherNotes()) + "</p>");
        if (withKey) {
            out.println("<p class=\"legend\">" + legend() + "</p>");
        } else {
            out.println("<p class=\"legend\">Find and mark: sources, links to state media, duplicated passages and unsupported assertions.</p>");
        }
        for (int i = 0; i < lesson.articles().size(); i++) article(i, lesson.articles().get(i), withKey, out);
        if (!lesson.questions().isEmpty()) {
            out.println("<section><h2>Questions</h2><ol>");
            for (Question q : lesson.questions()) {
                out.println("<li>" + HtmlReport.esc(q.text()) + (withKey && !q.expectedAnswer().isBlank()
                        ? "<br><i>Expected: " + HtmlReport.esc(q.expectedAnswer()) + "</i>" : "<div class=\"answer\"></div>") + "</li>");
            }
            out.println("</ol></section>");
        }
        if (withKey) trust(out);
        tail(lesson.appVersion(), out);
    }

    public void writeClassSummary(ClassSummary s, PrintWriter out) {
        head(s.lesson().title() + " — class summary", out);
        out.println("<h1>" + HtmlReport.esc(s.lesson().title()) + " <small>(class summary, " + s.students().size()
                + (s.students().size() == 1 ? " student" : " students") + ")</small></h1>");
        out.println("<section><h2>By category</h2><table><tr><th>Category</th><th>Found</th><th>Missed</th><th>Extra marks</th></tr>");
        for (ClassSummary.Totals t : s.categories()) {
            out.println("<tr><td>" + HtmlReport.esc(t.category().label()) + "</td><td>" + t.found() + "</td><td>" + t.missed()
                    + "</td><td>" + t.extra() + "</td></tr>");
        }
        out.println("</table></section>");
        out.println("<section><h2>By student</h2><table><tr><th>Student</th><th>Found</th><th>Score</th><th>Extra marks</th></tr>");
        for (ClassSummary.StudentScore st : s.students()) {
            out.println("<tr><td>" + HtmlReport.esc(st.student()) + "</td><td>" + st.found() + " of " + st.keySize() + "</td><td>"
                    + st.percent() + "%</td><td>" + st.extra() + "</td></tr>");
        }
        out.println("</table></section>");
        out.println("<section><h2>Most often missed</h2><ol>");
        for (ClassSummary.MissedItem m : s.mostMissed()) {
            LessonArticle a = s.lesson().articles().get(m.article());
            String quote = a.document().text().substring(m.key().start(), m.key().end());
            out.println("<li><b>" + HtmlReport.esc(m.key().category().label()) + "</b>, missed by " + m.missedBy() + ": “"
                    + HtmlReport.esc(ReportText.clip(quote, 140)) + "” <small>(" + HtmlReport.esc(a.title()) + ")</small><br>"
                    + HtmlReport.esc(m.key().explanation()) + "</li>");
        }
        out.println("</ol></section>");
        if (!s.answers().isEmpty()) {
            out.println("<section><h2>Written answers</h2><ol>");
            for (ClassSummary.Answers q : s.answers()) {
                out.println("<li>" + HtmlReport.esc(q.question().text()) + (q.question().expectedAnswer().isBlank() ? ""
                        : "<br><i>Expected: " + HtmlReport.esc(q.question().expectedAnswer()) + "</i>") + "<ul>");
                if (q.written().isEmpty()) out.println("<li>No student answered.</li>");
                for (ClassSummary.Written w : q.written()) {
                    out.println("<li><b>" + HtmlReport.esc(w.student()) + ":</b> " + HtmlReport.esc(w.text()) + "</li>");
                }
                out.println("</ul></li>");
            }
            out.println("</ol></section>");
        }
        tail(s.lesson().appVersion(), out);
    }

    private void article(int index, LessonArticle a, boolean withKey, PrintWriter out) {
        TextDocument d = a.document();
        String text = d.text();
        List<KeyItem> key = withKey ? a.key() : List.of();
        out.println("<article><h2>Article " + (index + 1) + ": " + HtmlReport.esc(a.title()) + "</h2>");
        List<StyledRanges.Range> ranges = new ArrayList<>();
        for (Block b : d.blocks()) ranges.add(new StyledRanges.Range(b.start(), b.end(), "b-" + b.kind().name().toLowerCase()));
        for (KeyItem k : key) ranges.add(new StyledRanges.Range(k.start(), k.end(), "k-" + k.category().code()));
        List<KeyItem> byEnd = new ArrayList<>(key);
        byEnd.sort((p, q) -> Integer.compare(p.end(), q.end()));
        out.print("<div class=\"text\"><p>");
        int mi = 0;
        for (StyledRanges.Segment s : StyledRanges.segments(ranges, text.length())) {
            String[] paras = text.substring(s.start(), s.start() + s.length()).split("\n\n", -1);
            String cls = String.join(" ", s.styles());
            for (int p = 0; p < paras.length; p++) {
                if (p > 0) out.print("</p>\n<p>");
                if (!paras[p].isEmpty()) out.print(cls.isEmpty() ? HtmlReport.esc(paras[p]) : "<span class=\"" + cls + "\">" + HtmlReport.esc(paras[p]) + "</span>");
            }
            while (mi < byEnd.size() && byEnd.get(mi).end() <= s.start() + s.length()) {
                KeyItem k = byEnd.get(mi++);
                out.print("<sup class=\"mk\">[" + marker(key, k) + "]</sup>");
            }
        }
        out.println("</p></div>");
        if (withKey) {
            out.println("<ol class=\"find\">");
            for (KeyItem k : key) {
                out.println("<li><b>[" + marker(key, k) + "] " + HtmlReport.esc(k.category().label()) + "</b>"
                        + (k.label().isBlank() ? "" : ": " + HtmlReport.esc(k.label()))
                        + (k.origin() == KeyItem.Origin.TEACHER ? " <small>(teacher)</small>" : "") + " — “"
                        + HtmlReport.esc(ReportText.clip(text.substring(k.start(), k.end()), 140)) + "”<br>" + HtmlReport.esc(k.explanation()) + "</li>");
            }
            out.println("</ol>");
        }
        out.println("</article>");
    }

    /** "S2": the category letter and the item's number among the key items of its category in this article. */
    private static String marker(List<KeyItem> key, KeyItem k) {
        int n = 0;
        for (KeyItem x : key) {
            if (x.category() == k.category()) n++;
            if (x == k) break;
        }
        return String.valueOf(k.category().letter()) + n;
    }

    private static String legend() {
        return "<span class=\"k-source\">solid underline</span> = source [S] · <span class=\"k-state-media\">boxed</span> = "
                + "state media [M] · <span class=\"k-duplicate\">side bar</span> = duplicated passage [D] · "
                + "<span class=\"k-assertion\">wavy underline</span> = unsupported assertion [A]";
    }

    private void trust(PrintWriter out) {
        out.println("<section><h2>How far to trust the tool</h2><ul>");
        for (Category c : Category.values()) {
            out.println("<li><b>" + HtmlReport.esc(c.label()) + ":</b> " + HtmlReport.esc(calibration.line(c.panelId())) + "</li>");
        }
        out.println("</ul></section>");
    }

    private static void head(String title, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        out.println("<title>" + HtmlReport.esc(title) + "</title>");
        out.println("<style>" + CSS + "</style></head><body>");
    }

    private static void tail(String appVersion, PrintWriter out) {
        out.println("<footer class=\"gen\">Made with " + HtmlReport.esc(appVersion.isBlank() ? "Sourcelight" : appVersion)
                + ". Highlights point to how an article is built; they are questions to ask, not verdicts.</footer>");
        out.println("</body></html>");
        out.flush();
    }

    private static final String CSS = """
            body{font-family:Georgia,'DejaVu Serif',serif;max-width:44em;margin:2em auto;color:#000;background:#fff;line-height:1.55;padding:0 1em}
            h1,h2{font-family:'DejaVu Sans',Arial,sans-serif}h1{font-size:1.6em}h2{font-size:1.15em;border-bottom:1px solid #000;margin-top:1.6em}
            .legend,.notes{font-family:'DejaVu Sans',Arial,sans-serif;font-size:.85em}
            .k-source{text-decoration:underline solid;text-decoration-thickness:2px}.k-state-media{outline:1px solid #000}
            .k-duplicate{border-left:3px double #000;padding-left:2px}.k-assertion{text-decoration:underline wavy;text-decoration-thickness:1px}
            .b-caption,.b-breadcrumb,.b-footer,.b-dateline{font-style:italic;font-size:.85em}.b-title{display:none}.b-subheading{font-weight:bold}
            .mk{font-family:'DejaVu Sans',Arial,sans-serif;font-size:.7em;font-weight:bold}.find li{margin-bottom:.6em}
            .answer{border-bottom:1px solid #000;height:4em}table{border-collapse:collapse}td,th{border:1px solid #000;padding:.2em .6em;text-align:left}
            .gen{margin-top:3em;font-size:.8em;border-top:1px solid #000}article{page-break-after:always}@media print{body{margin:0}}
            """;
}
