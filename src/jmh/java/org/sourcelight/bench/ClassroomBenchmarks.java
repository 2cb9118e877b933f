package org.sourcelight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.ClassSummary;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.LessonPack;
import org.sourcelight.classroom.Mark;
import org.sourcelight.classroom.StudentWork;
import org.sourcelight.classroom.WorkChecker;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Sentence;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Classroom costs on a lesson of the five samples with one key item per body sentence: exporting and reading back
 * a lesson pack, checking one student's work, and a class summary of 30 students.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassroomBenchmarks {
    Lesson lesson;
    List<Mark> marks;
    List<StudentWork> works;
    Path file;
    final LessonPack pack = LessonPack.standard();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<LessonArticle> articles = new ArrayList<>();
        marks = new ArrayList<>();
        for (String t : Texts.samples()) {
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
            articles.add(new LessonArticle(d.title(), t, ArticleMeta.empty(), items));
        }
        lesson = Lesson.create("Benchmark", "", articles, List.of());
        works = new ArrayList<>();
        for (int i = 0; i < 30; i++) works.add(new StudentWork(lesson.id(), lesson.title(), "student " + i, marks, List.of(), ""));
        file = Files.createTempFile("sourcelight-jmh", LessonPack.EXTENSION);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Lesson exportAndReadBackALessonPack() throws Exception {
        pack.write(lesson, file);
        return pack.read(file);
    }

    @Benchmark
    public Object checkOneStudentsWork() {
        return WorkChecker.check(lesson, marks);
    }

    @Benchmark
    public Object classSummaryOfThirtyStudents() {
        return ClassSummary.of(lesson, works);
    }
}
