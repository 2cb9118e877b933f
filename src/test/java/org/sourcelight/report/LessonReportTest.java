package org.sourcelight.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.ClassSummary;
import org.sourcelight.classroom.Fixtures;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.Mark;
import org.sourcelight.classroom.StudentWork;

class LessonReportTest {
    private final LessonReport report = new LessonReport(new Calibration(props("sources", "Found 9 of 10 <on samples>.")));

    private static Properties props(String k, String v) {
        Properties p = new Properties();
        p.setProperty(k, v);
        return p;
    }

    @Test
    void answerKeyMarksEachItemAndExplainsIt() {
        Lesson l = Fixtures.lesson();
        StringWriter w = new StringWriter();
        report.writeLesson(l, true, new PrintWriter(w));
        String html = w.toString();
        // article 2: two sources [S1] [S2] and two state-media items [M1] [M2], in text order
        LessonArticle b = l.articles().get(1);
        KeyItem sana = b.key().stream().filter(k -> k.label().equals("SANA")).findFirst().orElseThrow();
        assertTrue(html.contains("<span class=\"b-body k-state-media\">SANA</span><sup class=\"mk\">[M2]</sup>"), html);
        assertTrue(html.contains("<li><b>[M2] State media</b>: SANA — “SANA”<br>" + HtmlReport.esc(sana.explanation()) + "</li>"));
        assertTrue(html.contains("<i>Expected: Press TV, Iranian state media</i>"));
        assertTrue(html.contains("<li><b>Source:</b> Found 9 of 10 &lt;on samples&gt;.</li>"));
        assertTrue(html.contains("<li><b>Duplicated passage:</b> Not yet measured on the sample set.</li>"));
        assertTrue(html.contains("Compare the two outlets."));
        assertFalse(html.contains("<script"));

        StringWriter s = new StringWriter();
        report.writeLesson(l, false, new PrintWriter(s));
        String sheet = s.toString();
        assertFalse(sheet.contains("[M2]"), "the students' sheet has no key");
        assertFalse(sheet.contains("Iranian state media"), "nor the expected answers");
        assertTrue(sheet.contains("<div class=\"answer\"></div>"));
    }

    @Test
    void classSummaryListsCategoriesStudentsAndMostMissed() {
        Lesson l = Fixtures.lesson();
        KeyItem first = l.articles().get(0).key().get(0);
        ClassSummary cs = ClassSummary.of(l, List.of(
                new StudentWork(l.id(), l.title(), "Ada <3", List.of(new Mark(0, first.category(), first.start(), first.end(), "")), List.of(), ""),
                new StudentWork(l.id(), l.title(), "Ben", List.of(), List.of(), "")));
        StringWriter w = new StringWriter();
        report.writeClassSummary(cs, new PrintWriter(w));
        String html = w.toString();
        int key = l.keySize();
        assertTrue(html.contains("(class summary, 2 students)"));
        assertTrue(html.contains("<tr><td>Ada &lt;3</td><td>1 of " + key + "</td><td>" + Math.round(100f / key) + "%</td><td>0</td></tr>"), html);
        assertEquals(Category.ASSERTION, first.category(), "the first key item of article 1 is the assertion in its lead");
        assertTrue(html.contains("<tr><td>Unsupported assertion</td><td>1</td><td>1</td><td>0</td></tr>"), html);
        assertTrue(html.contains("<tr><td>Source</td><td>0</td><td>10</td><td>0</td></tr>"), html);
        assertTrue(html.contains("missed by 2"));
    }
}
