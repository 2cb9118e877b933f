package org.sourcelight.ui.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.classroom.Answer;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.CheckResult;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonPackException;
import org.sourcelight.classroom.Mark;
import org.sourcelight.classroom.StudentWork;
import org.sourcelight.classroom.StudentWorkFile;
import org.sourcelight.classroom.WorkChecker;
import org.sourcelight.model.Span;
import org.sourcelight.text.TextDocument;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.task.TaskRunner;

/**
 * Practice mode: a student reads a lesson's articles with the analysis hidden, marks what they find, answers the
 * questions, then checks their work against the key. Properties only; I/O runs through the task runner.
 */
public final class PracticeViewModel {
    private final ClassroomService service;
    private final TaskRunner tasks;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final List<TextDocument> documents = new ArrayList<>();
    private final IntegerProperty article = new SimpleIntegerProperty(0);
    private final ObjectProperty<TextDocument> document = new SimpleObjectProperty<>();
    private final StringProperty student = new SimpleStringProperty("");
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();
    private final ObservableList<String> answers = FXCollections.observableArrayList();
    private final ObjectProperty<CheckResult> result = new SimpleObjectProperty<>();
    private final ObservableList<String> resultLines = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public PracticeViewModel(ClassroomService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        article.addListener((o, a, b) -> document.set(documents.isEmpty() ? null : documents.get(b.intValue())));
        marks.addListener((javafx.collections.ListChangeListener<Mark>) c -> result.set(null));
    }

    public ObjectProperty<Lesson> lessonProperty() { return lesson; }

    public IntegerProperty articleProperty() { return article; }

    public ObjectProperty<TextDocument> documentProperty() { return document; }

    public StringProperty studentProperty() { return student; }

    public ObservableList<Mark> marks() { return marks; }

    public ObservableList<String> answers() { return answers; }

    public ObjectProperty<CheckResult> resultProperty() { return result; }

    public ObservableList<String> resultLines() { return resultLines; }

    public StringProperty messageProperty() { return message; }

    /** Imports a pack (into the library and the lesson list) and starts practising it. */
    public void openPack(Path file) {
        tasks.submit("practice-open", () -> {
            try {
                return service.importPack(file).lesson();
            } catch (LessonPackException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, this::open, e -> message.set(e.getMessage()));
    }

    /** Starts practising a lesson with empty work. */
    public void open(Lesson l) {
        documents.clear();
        for (var a : l.articles()) documents.add(a.document());
        marks.clear();
        answers.setAll(new ArrayList<>(java.util.Collections.nCopies(l.questions().size(), "")));
        result.set(null);
        resultLines.clear();
        lesson.set(l);
        article.set(0);
        document.set(documents.get(0));
        message.set("Mark what you find: select words, then press S (source), M (state media), D (duplicated) or A (assertion).");
    }

    /** Marks the selection in the current article. Returns false (with a message) when nothing is selected. */
    public boolean mark(Category c, Span selection, String note) {
        if (lesson.get() == null) return false;
        if (selection == null || selection.isEmpty()) {
            message.set("Select some words in the article first, then mark them.");
            return false;
        }
        marks.add(new Mark(article.get(), c, selection.start(), selection.end(), note));
        message.set("Marked as " + c.label().toLowerCase() + ": “" + quote(article.get(), selection) + "”");
        return true;
    }

    public void setAnswer(int question, String text) {
        if (question >= 0 && question < answers.size()) answers.set(question, text == null ? "" : text);
    }

    /** Compares the marks with the lesson's key and fills the result lines. */
    public void check() {
        Lesson l = lesson.get();
        if (l == null) return;
        CheckResult r = WorkChecker.check(l, List.copyOf(documents), List.copyOf(marks));
        List<String> lines = new ArrayList<>();
        lines.add("You found " + r.found() + " of " + (r.found() + r.missed()) + " (" + r.percent() + "%); "
                + r.extra() + (r.extra() == 1 ? " mark is" : " marks are") + " not in the key.");
        for (CheckResult.PerCategory p : r.categories()) {
            lines.add(p.category().label() + ": found " + p.found().size() + ", missed " + p.missed().size() + ", extra " + p.extra().size());
            for (CheckResult.Missed m : p.missed()) {
                lines.add("  Missed in article " + (m.article() + 1) + ": “" + clip(quote(m.article(), m.key().span())) + "” — "
                        + m.key().explanation());
            }
        }
        resultLines.setAll(lines);
        result.set(r);
    }

    /** The current article's highlights: the student's marks and, after a check, the key items they missed. */
    public List<Highlight> highlights() {
        List<Highlight> out = new ArrayList<>();
        for (Mark m : marks) {
            if (m.article() == article.get()) out.add(new Highlight(m.start(), m.end(), "mark-" + m.category().code(),
                    "Your mark: " + m.category().label() + (m.note().isBlank() ? "" : " — " + m.note())));
        }
        CheckResult r = result.get();
        if (r != null) {
            for (CheckResult.PerCategory p : r.categories()) {
                for (CheckResult.Missed m : p.missed()) {
                    KeyItem k = m.key();
                    if (m.article() == article.get()) out.add(new Highlight(k.start(), k.end(), "key-missed",
                            "Missed " + k.category().label().toLowerCase() + ": " + k.explanation()));
                }
            }
        }
        return out;
    }

    public StudentWork work() {
        Lesson l = lesson.get();
        List<Answer> as = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) if (!answers.get(i).isBlank()) as.add(new Answer(i, answers.get(i)));
        return new StudentWork(l.id(), l.title(), student.get(), List.copyOf(marks), as, "");
    }

    /** Saves the work in the library under the student's name. */
    public void save() {
        if (!ready()) return;
        StudentWork w = work();
        tasks.submit("practice-save", () -> service.save(w), s -> message.set("Saved " + s.student() + "'s work."),
                e -> message.set(e.getMessage()));
    }

    /** Loads what this student saved before on this lesson, if anything. */
    public void resume() {
        if (!ready()) return;
        Lesson l = lesson.get();
        String name = student.get();
        tasks.submit("practice-resume", () -> service.work(l, name), found -> {
            if (found.isEmpty()) {
                message.set("No saved work for " + name.strip() + " yet.");
                return;
            }
            marks.setAll(found.get().marks());
            for (int i = 0; i < answers.size(); i++) answers.set(i, found.get().answer(i));
            message.set("Loaded " + found.get().student() + "'s work saved " + found.get().updated() + ".");
        }, e -> message.set(e.getMessage()));
    }

    /** The file name the export dialog offers: the student's name and the lesson's title. */
    public String suggestedFileName() {
        Lesson l = lesson.get();
        String who = student.get() == null ? "" : student.get().strip();
        String what = l == null ? "" : l.title();
        return FileNames.suggested(who.isEmpty() ? what : what.isEmpty() ? who : who + " - " + what, "my work",
                StudentWorkFile.EXTENSION);
    }

    /** Writes the work as a file for the teacher; ".slwork" is added to the name when missing. */
    public void export(Path chosen) {
        if (!ready()) return;
        Path file = FileNames.withExtension(chosen, StudentWorkFile.EXTENSION);
        StudentWork w = work();
        tasks.submit("practice-export", () -> {
            try {
                StudentWorkFile.write(service.save(w), file);
                return file;
            } catch (LessonPackException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, f -> message.set("Saved the work to " + f.getFileName() + "; give this file to your teacher."), e -> message.set(e.getMessage()));
    }

    private boolean ready() {
        if (lesson.get() == null) return false;
        if (student.get() == null || student.get().isBlank()) {
            message.set("Type your name first.");
            return false;
        }
        return true;
    }

    private String quote(int articleIndex, Span s) {
        String t = documents.get(articleIndex).text();
        return clip(t.substring(Math.min(s.start(), t.length()), Math.min(s.end(), t.length())));
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }
}
