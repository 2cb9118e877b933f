package org.sourcelight.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.ClassSummary;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.LessonPack;
import org.sourcelight.classroom.LessonPackException;
import org.sourcelight.classroom.Mark;
import org.sourcelight.classroom.StudentWork;
import org.sourcelight.classroom.WorkChecker;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Sentence;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Classroom costs on a lesson of all sample articles with one key item per body sentence (every category in turn):
 * exporting and reading back a pack, checking one student's work, and a class summary of 30 students.
 */
public final class ClassroomBench {
    private ClassroomBench() {}

    public static void run(PrintStream out) {
        List<LessonArticle> articles = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        int keys = 0;
        for (String t : Bench.sampleTexts()) {
            TextDocument d = DocumentBuilder.standard().build(t, ArticleMeta.empty());
            List<KeyItem> items = new ArrayList<>();
            List<Sentence> body = d.bodySentences();
            for (int i = 0; i < body.size(); i++) {
                Sentence s = body.get(i);
                if (s.end() <= s.start()) continue;
                Category c = Category.values()[i % Category.values().length];
                items.add(new KeyItem(c, s.start(), s.end(), "sentence " + i, "Benchmark item.", KeyItem.Origin.TEACHER, true));
                if (i % 2 == 0) marks.add(new Mark(articles.size(), c, s.start(), Math.min(s.end(), s.start() + 12), ""));
            }
            keys += items.size();
            articles.add(new LessonArticle(d.title(), t, ArticleMeta.empty(), items));
        }
        Lesson lesson = Lesson.create("Benchmark", "", articles, List.of());
        List<StudentWork> works = new ArrayList<>();
        for (int i = 0; i < 30; i++) works.add(new StudentWork(lesson.id(), lesson.title(), "student " + i, marks, List.of(), ""));
        out.println("classroom: lesson of " + articles.size() + " articles, " + keys + " key items, " + marks.size() + " marks per student");
        try {
            Path file = Files.createTempFile("sourcelight-bench", LessonPack.EXTENSION);
            try {
                LessonPack pack = LessonPack.standard();
                out.printf("  export + read back a lesson pack: %.2f ms%n", msPerOp(() -> {
                    try {
                        pack.write(lesson, file);
                        pack.read(file);
                    } catch (LessonPackException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf("  check one student's work: %.2f ms%n", msPerOp(() -> WorkChecker.check(lesson, marks)));
        out.printf("  class summary of 30 students: %.2f ms%n", msPerOp(() -> ClassSummary.of(lesson, works)));
    }

    private static double msPerOp(Runnable r) {
        long end = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < end) r.run();
        long start = System.nanoTime();
        int n = 0;
        long now;
        do {
            r.run();
            n++;
            now = System.nanoTime();
        } while (now - start < 3_000_000_000L);
        return (now - start) / 1e6 / n;
    }
}
