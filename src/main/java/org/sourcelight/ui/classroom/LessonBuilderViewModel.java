package org.sourcelight.ui.classroom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.classroom.KeyItem;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.LessonPack;
import org.sourcelight.classroom.LessonPackException;
import org.sourcelight.classroom.Question;
import org.sourcelight.model.AppVersion;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.model.Span;
import org.sourcelight.text.Plural;
import org.sourcelight.ui.task.TaskRunner;

/**
 * "Make lesson…": the teacher picks library articles, reviews the findings (keep or dismiss each), adds key items of
 * their own and questions, then exports a pack. The lesson id is fixed for the life of the builder, so exporting
 * twice gives the same lesson.
 */
public final class LessonBuilderViewModel {
    /** One finding under review; {@code kept} is bound to its checkbox. */
    public static final class Row {
        private final int article;
        private final KeyItem item;
        private final String quote;
        private final BooleanProperty kept;

        Row(int article, KeyItem item, String quote) {
            this.article = article;
            this.item = item;
            this.quote = quote;
            this.kept = new SimpleBooleanProperty(item.kept());
        }

        public int article() { return article; }

        public KeyItem item() { return item; }

        public String quote() { return quote; }

        public BooleanProperty keptProperty() { return kept; }

        @Override
        public String toString() {
            return item.category().label() + (item.label().isBlank() ? "" : " (" + item.label() + ")") + ": “" + quote + "”";
        }
    }

    private final ClassroomService service;
    private final TaskRunner tasks;
    private final String lessonId = UUID.randomUUID().toString();
    private final ObservableList<ArticleSummary> library = FXCollections.observableArrayList();
    private final ObservableList<LessonArticle> articles = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty unexported = new SimpleBooleanProperty(false);

    public LessonBuilderViewModel(ClassroomService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        javafx.beans.InvalidationListener changed = o -> unexported.set(!articles.isEmpty());
        title.addListener(changed);
        notes.addListener(changed);
        articles.addListener(changed);
        questions.addListener(changed);
        rows.addListener((javafx.collections.ListChangeListener<Row>) c -> {
            while (c.next()) for (Row r : c.getAddedSubList()) r.keptProperty().addListener(changed);
            changed.invalidated(rows);
        });
    }

    /** True when the lesson has articles and has changed since it was last exported. */
    public javafx.beans.property.ReadOnlyBooleanProperty unexportedProperty() { return unexported; }

    /** The file name the export dialog offers: the lesson's title. */
    public String suggestedFileName() {
        return FileNames.suggested(title.get(), "lesson", LessonPack.EXTENSION);
    }

    public ObservableList<ArticleSummary> library() { return library; }

    public ObservableList<LessonArticle> articles() { return articles; }

    public ObservableList<Row> rows() { return rows; }

    public ObservableList<Question> questions() { return questions; }

    public StringProperty titleProperty() { return title; }

    public StringProperty notesProperty() { return notes; }

    public StringProperty messageProperty() { return message; }

    public void loadLibrary() {
        tasks.submit("lesson-library", () -> service.library().list(null), library::setAll, e -> message.set(e.getMessage()));
    }

    /** Adds a library article with its findings proposed as the key. */
    public void addArticle(long id) {
        tasks.submit("lesson-add-" + id, () -> service.draft(id), a -> {
            if (articles.stream().anyMatch(x -> x.originalText().equals(a.originalText()))) {
                message.set("“" + a.title() + "” is already in the lesson.");
                return;
            }
            int index = articles.size();
            articles.add(a);
            String text = a.document().text();
            for (KeyItem k : a.keyItems()) rows.add(new Row(index, k, clip(text.substring(k.start(), k.end()))));
            if (title.get().isBlank()) title.set(a.title());
            message.set("Added “" + a.title() + "” with " + Plural.of(a.keyItems().size(), "finding", "findings") + " to review.");
        }, e -> message.set(e.getMessage()));
    }

    /** Adds the teacher's own key item on a selection of article {@code article}. */
    public boolean addTeacherItem(int article, Category c, Span span, String label, String explanation) {
        if (article < 0 || article >= articles.size() || span == null || span.isEmpty()) {
            message.set("Select some words in an article first.");
            return false;
        }
        String text = articles.get(article).document().text();
        if (span.end() > text.length()) return false;
        KeyItem k = new KeyItem(c, span.start(), span.end(), label, explanation, KeyItem.Origin.TEACHER, true);
        rows.add(new Row(article, k, clip(text.substring(span.start(), span.end()))));
        return true;
    }

    public boolean addQuestion(String text, String expected) {
        if (text == null || text.isBlank()) {
            message.set("Type the question first.");
            return false;
        }
        questions.add(new Question(text.strip(), expected == null ? "" : expected.strip()));
        return true;
    }

    /** The lesson as it stands: every finding with its keep/dismiss choice. */
    public Lesson lesson() {
        List<LessonArticle> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<KeyItem> items = new ArrayList<>();
            for (Row r : rows) if (r.article() == i) items.add(r.item().withKept(r.keptProperty().get()));
            items.sort((p, q) -> Integer.compare(p.start(), q.start()));
            out.add(articles.get(i).withKeyItems(items));
        }
        return new Lesson(lessonId, title.get(), notes.get(), AppVersion.current(), out, List.copyOf(questions));
    }

    /** Exports the lesson pack; ".sllesson" is added to the name when missing, so Open lesson lists the file. */
    public void export(Path chosen) {
        Path file = FileNames.withExtension(chosen, LessonPack.EXTENSION);
        if (articles.isEmpty()) {
            message.set("Add at least one article to the lesson first.");
            return;
        }
        Lesson l = lesson();
        tasks.submit("lesson-export", () -> {
            try {
                service.export(l, file);
                return l;
            } catch (LessonPackException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, x -> {
            unexported.set(false);
            message.set("Saved the lesson “" + x.title() + "” (" + Plural.of(x.keySize(), "key item", "key items") + ", "
                    + Plural.of(x.questions().size(), "question", "questions") + ") to " + file.getFileName() + ".");
        }, e -> message.set(e.getMessage()));
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 90 ? one : one.substring(0, 89) + "…";
    }
}
