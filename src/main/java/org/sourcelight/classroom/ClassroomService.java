package org.sourcelight.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.library.LibraryService;
import org.sourcelight.store.ClassroomRepository;
import org.sourcelight.store.StoredArticle;

/**
 * The classroom workflow over the library: draft a lesson from library articles, export and import packs, keep
 * students' work. An imported lesson's articles are added through the library's own deduplicating path, so nothing
 * in the library is overwritten; a pack whose lesson id is already known updates that lesson. Thread-safe (the
 * database serialises access); call it off the FX thread.
 */
public final class ClassroomService {
    private final LibraryService library;
    private final ClassroomRepository repo;
    private final LessonPack pack;

    public ClassroomService(LibraryService library, LessonPack pack) {
        this.library = library;
        this.repo = new ClassroomRepository(library.database());
        this.pack = pack;
    }

    public static ClassroomService standard(LibraryService library) {
        return new ClassroomService(library, LessonPack.standard());
    }

    public LibraryService library() { return library; }

    public ClassroomRepository repository() { return repo; }

    /** A lesson that was imported; {@code existed} when this library already knew its id (it was updated). */
    public record Imported(Lesson lesson, boolean existed, List<Long> articleIds) {}

    /** A lesson article drafted from a library article, with every finding of its analysis proposed as kept. */
    public LessonArticle draft(long articleId) {
        StoredArticle a = library.find(articleId)
                .orElseThrow(() -> new IllegalArgumentException("The article is no longer in the library."));
        ArticleAnalysis analysis = library.analyze(articleId).orElseThrow();
        return new LessonArticle(a.title(), a.originalText(), a.meta(), KeyItems.fromAnalysis(analysis));
    }

    /** Writes the pack and remembers the lesson in this library (so the teacher can open students' work on it). */
    public void export(Lesson lesson, Path file) throws LessonPackException {
        pack.write(lesson, file);
        remember(lesson);
    }

    public Imported importPack(Path file) throws LessonPackException {
        return remember(pack.read(file));
    }

    private Imported remember(Lesson lesson) {
        List<Long> ids = new ArrayList<>();
        for (LessonArticle a : lesson.articles()) {
            ids.add(library.add(new ImportedArticle(a.originalText(), a.meta().withTitle(a.title()), Map.of(), "UTF-8")).id());
        }
        boolean existed = repo.saveLesson(lesson.id(), lesson.title(), lesson.appVersion(), toJson(lesson), ids);
        return new Imported(lesson, existed, ids);
    }

    public Optional<Lesson> lesson(String id) {
        return repo.findLesson(id).map(r -> fromJson(r.json()));
    }

    public List<ClassroomRepository.LessonRow> lessons() {
        return repo.lessons();
    }

    /** Saves the work with the current time and returns it as saved. */
    public StudentWork save(StudentWork w) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<ClassroomRepository.MarkRow> marks = new ArrayList<>();
        for (Mark m : w.marks()) marks.add(new ClassroomRepository.MarkRow(m.article(), m.category().name(), m.start(), m.end(), m.note()));
        List<ClassroomRepository.AnswerRow> answers = new ArrayList<>();
        for (Answer a : w.answers()) answers.add(new ClassroomRepository.AnswerRow(a.question(), a.text()));
        repo.saveWork(new ClassroomRepository.WorkRow(w.lessonId(), w.student(), marks, answers, now));
        return new StudentWork(w.lessonId(), w.lessonTitle(), w.student(), w.marks(), w.answers(), now);
    }

    /** The saved work of a student on a lesson, if any. */
    public Optional<StudentWork> work(Lesson lesson, String student) {
        return repo.findWork(lesson.id(), student.strip()).map(r -> {
            List<Mark> marks = new ArrayList<>();
            for (ClassroomRepository.MarkRow m : r.marks()) {
                marks.add(new Mark(m.article(), Category.valueOf(m.category()), m.start(), m.end(), m.note()));
            }
            List<Answer> answers = new ArrayList<>();
            for (ClassroomRepository.AnswerRow a : r.answers()) answers.add(new Answer(a.question(), a.answer()));
            return new StudentWork(r.lessonId(), lesson.title(), r.student(), marks, answers, r.updatedAt());
        });
    }

    static String toJson(Lesson l) {
        try {
            return LessonPack.JSON.writeValueAsString(l);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lesson fromJson(String json) {
        try {
            return LessonPack.JSON.readValue(json, Lesson.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
