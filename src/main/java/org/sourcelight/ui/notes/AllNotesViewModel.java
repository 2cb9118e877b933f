package org.sourcelight.ui.notes;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.library.NoteService;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.LibraryNote;
import org.sourcelight.ui.task.TaskRunner;

/**
 * The library-wide notes view: every annotation of every article, searchable by note, quote and tag (all words must
 * occur), most recently changed first. Opening one opens its article at the passage. Properties only.
 */
public final class AllNotesViewModel {
    /** Opens an article of the library and reveals a range of it (the host's {@code openArticle}). */
    @FunctionalInterface
    public interface Opener {
        void open(long articleId, int start, int end);
    }

    private final NoteService notes;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<LibraryNote> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public AllNotesViewModel(NoteService notes, TaskRunner tasks) {
        this.notes = notes;
        this.tasks = tasks;
        query.addListener((o, a, b) -> refresh());
    }

    public StringProperty queryProperty() { return query; }

    public ObservableList<LibraryNote> results() { return results; }

    /** "3 notes in 2 articles", or what the search found. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Runs the search again (after notes changed elsewhere). */
    public void refresh() {
        String q = query.get();
        tasks.submit("all-notes", () -> notes.search(q), r -> {
            results.setAll(r);
            error.set(null);
            long articles = r.stream().mapToLong(n -> n.annotation().articleId()).distinct().count();
            String notes = r.size() == 1 ? "1 note" : r.size() + " notes";
            if (r.isEmpty()) summary.set(q == null || q.isBlank() ? "No notes yet." : "No notes match \"" + q.strip() + "\".");
            else summary.set(notes + " in " + (articles == 1 ? "1 article" : articles + " articles") + ".");
        }, e -> error.set("Could not search the notes: " + e.getMessage()));
    }

    /** Opens the note's article at its passage (at the top for an orphan, whose passage is gone). */
    public void open(LibraryNote note, Opener opener) {
        Annotation a = note.annotation();
        if (a.orphan()) opener.open(a.articleId(), 0, 0);
        else opener.open(a.articleId(), a.start(), a.end());
    }
}
