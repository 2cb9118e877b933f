package org.sourcelight.ui.classroom;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.classroom.ClassSummary;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonPackException;
import org.sourcelight.classroom.StudentWork;
import org.sourcelight.classroom.StudentWorkFile;
import org.sourcelight.report.LessonReport;
import org.sourcelight.ui.task.TaskRunner;

/** "Class summary…": the teacher opens several students' work files on one lesson and sees how the class did. */
public final class ClassSummaryViewModel {
    private final ClassroomService service;
    private final TaskRunner tasks;
    private final ObservableList<StudentWork> works = FXCollections.observableArrayList();
    private final ObjectProperty<ClassSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("Open the work files your students gave you.");

    public ClassSummaryViewModel(ClassroomService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public ObservableList<StudentWork> works() { return works; }

    public ObjectProperty<ClassSummary> summaryProperty() { return summary; }

    public StringProperty messageProperty() { return message; }

    private record Loaded(Lesson lesson, List<StudentWork> works) {}

    /** Adds work files; a student's newer file replaces their older one. All files must be on the same lesson. */
    public void addFiles(List<Path> files) {
        List<StudentWork> current = List.copyOf(works);
        tasks.submit("class-summary", () -> {
            List<StudentWork> all = new ArrayList<>(current);
            try {
                for (StudentWork w : StudentWorkFile.readAll(files)) {
                    all.removeIf(x -> x.student().equalsIgnoreCase(w.student()));
                    all.add(w);
                }
            } catch (LessonPackException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            if (all.isEmpty()) return new Loaded(null, all);
            StudentWork first = all.get(0);
            Lesson lesson = service.lesson(first.lessonId()).orElseThrow(() -> new IllegalStateException(
                    "This library does not know the lesson “" + first.lessonTitle() + "”: open its lesson pack first."));
            ClassSummary.of(lesson, all); // refuses work on another lesson with a plain message
            return new Loaded(lesson, all);
        }, l -> {
            works.setAll(l.works());
            summary.set(l.lesson() == null ? null : ClassSummary.of(l.lesson(), l.works()));
            message.set(works.size() + (works.size() == 1 ? " student" : " students") + " on “"
                    + (l.lesson() == null ? "" : l.lesson().title()) + "”.");
        }, e -> message.set(e.getMessage()));
    }

    public void clear() {
        works.clear();
        summary.set(null);
    }

    /** Writes the printable class summary. */
    public void print(Path file) {
        ClassSummary s = summary.get();
        if (s == null) return;
        tasks.submit("class-summary-print", () -> {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                LessonReport.standard().writeClassSummary(s, out);
            } catch (IOException e) {
                throw new IllegalStateException("The summary could not be saved to " + file + " (" + e.getMessage() + ").", e);
            }
            return file;
        }, f -> message.set("Saved the printable summary to " + f.getFileName() + "."), e -> message.set(e.getMessage()));
    }
}
