package org.sourcelight.ui.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.sourcelight.library.NoteService;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.AnnotationColour;
import org.sourcelight.model.Reanchoring;
import org.sourcelight.model.Span;
import org.sourcelight.ui.panel.Highlight;
import org.sourcelight.ui.task.TaskRunner;

/**
 * The Notes panel's state: the open article's annotations in text order (orphans last), search and filters, a small
 * editor for the selected one, and every change saved at once.
 * <p>
 * Changes show immediately and are queued by uuid (the latest change to an annotation wins) and written in order by
 * one background flush at a time. A change that cannot be written (read-only library, full disk) stays in the list,
 * marked unsaved, with the reason in {@link #errorProperty()}; {@link #retry()} writes it again. A delete can be
 * undone. Properties only, no Nodes; all methods are called on the FX thread.
 */
public final class NotesViewModel {
    /** What the reader reads when a save fails on a full disk (issue 15). */
    public static final String DISK_FULL =
            "The disk is full; your note was not saved and is kept for retry. Free some space, then press Retry.";

    private final NoteService notes;
    private final TaskRunner tasks;
    private final NoteWriteQueue writes;
    private final Supplier<Instant> clock;

    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final FilteredList<Annotation> visible = new FilteredList<>(annotations);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<AnnotationColour> colourFilter = new SimpleObjectProperty<>(this, "colourFilter");
    private final StringProperty tagFilter = new SimpleStringProperty(this, "tagFilter", "");
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty editNote = new SimpleStringProperty(this, "editNote", "");
    private final StringProperty editTags = new SimpleStringProperty(this, "editTags", "");
    private final ObjectProperty<AnnotationColour> editColour = new SimpleObjectProperty<>(this, "editColour", AnnotationColour.YELLOW);
    private final ReadOnlyObjectWrapper<Annotation> lastDeleted = new ReadOnlyObjectWrapper<>(this, "lastDeleted");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);

    private long articleId = -1;
    private String text = "";

    public NotesViewModel(NoteService notes, TaskRunner tasks, Supplier<Instant> clock) {
        this.notes = notes;
        this.tasks = tasks;
        this.clock = clock;
        this.writes = new NoteWriteQueue(notes, tasks, error, this::showSaved);
        search.addListener((o, a, b) -> refilter());
        colourFilter.addListener((o, a, b) -> refilter());
        tagFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> {
            if (a != null && b != null && a.uuid().equals(b.uuid())) return; // same annotation, newer version: keep the editor
            editNote.set(b == null ? "" : b.note());
            editTags.set(b == null ? "" : String.join(", ", b.tags()));
            editColour.set(b == null ? AnnotationColour.YELLOW : b.colour());
        });
    }

    // ---- properties

    /** All annotations of the open article, in text order, orphans last. */
    public ObservableList<Annotation> annotations() { return FXCollections.unmodifiableObservableList(annotations); }

    /** The ones passing search and filters: what the list shows and the article highlights. */
    public ObservableList<Annotation> visible() { return visible; }

    /** The article's tags, for the tag filter. */
    public ObservableList<String> tags() { return tags; }

    public StringProperty searchProperty() { return search; }

    /** Only this colour; null for all. */
    public ObjectProperty<AnnotationColour> colourFilterProperty() { return colourFilter; }

    /** Only annotations with this tag (any case); blank for all. */
    public StringProperty tagFilterProperty() { return tagFilter; }

    public ObjectProperty<Annotation> selectedProperty() { return selected; }

    public StringProperty editNoteProperty() { return editNote; }

    /** Tags as typed: "a, b" or "#a #b". */
    public StringProperty editTagsProperty() { return editTags; }

    public ObjectProperty<AnnotationColour> editColourProperty() { return editColour; }

    /** The last deleted annotation while its delete can be undone, else null. */
    public ReadOnlyObjectProperty<Annotation> lastDeletedProperty() { return lastDeleted.getReadOnlyProperty(); }

    /** Why the last write failed, for the reader; null when everything is saved. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** A short line about the last action or load (moved/orphaned annotations, why annotating is off). */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** True when an article from the library is open, so annotations can be saved. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    /** Uuids of annotations whose latest change is not written yet. */
    public ObservableSet<String> unsaved() { return FXCollections.unmodifiableObservableSet(writes.unsaved()); }

    public BooleanBinding hasUnsavedProperty() { return Bindings.isNotEmpty(writes.unsaved()); }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public boolean isUnsaved(Annotation a) { return writes.unsaved().contains(a.uuid()); }

    public long articleId() { return articleId; }

    public String text() { return text; }

    // ---- opening an article

    /** Shows an article's annotations, anchored to its current text (those that moved are saved at their new place). */
    public void open(long id, String articleText) {
        articleId = id;
        text = articleText == null ? "" : articleText;
        selected.set(null);
        lastDeleted.set(null);
        annotations.clear();
        refreshTags();
        if (id <= 0) {
            available.set(false);
            status.set("This article is not in the library, so notes cannot be saved. Add it to the library to annotate it.");
            return;
        }
        available.set(true);
        status.set("");
        loading.set(true);
        final long requested = id;
        final String t = text;
        tasks.submit("notes-load", () -> notes.anchor(requested, t), r -> {
            loading.set(false);
            if (requested == articleId) apply(r);
        }, e -> {
            loading.set(false);
            error.set("Could not load the notes: " + e.getMessage());
        });
    }

    /** Reloads the open article's annotations (after an import). */
    public void reload() {
        open(articleId, text);
    }

    private void apply(Reanchoring r) {
        Map<String, Annotation> byUuid = new LinkedHashMap<>();
        for (Annotation a : r.annotations()) byUuid.put(a.uuid(), a);
        for (NoteWriteQueue.Change c : writes.pending()) { // unsaved changes of this article win over what is stored
            if (c.annotation().articleId() != articleId) continue;
            if (c.delete()) byUuid.remove(c.annotation().uuid());
            else byUuid.put(c.annotation().uuid(), c.annotation());
        }
        List<Annotation> list = new ArrayList<>(byUuid.values());
        list.sort(Annotation.TEXT_ORDER);
        annotations.setAll(list);
        refreshTags();
        List<String> parts = new ArrayList<>();
        if (r.moved() > 0) parts.add(r.moved() + (r.moved() == 1 ? " note was" : " notes were") + " moved to follow changes in the text");
        if (!r.orphans().isEmpty()) parts.add(r.orphans().size() + (r.orphans().size() == 1 ? " note's" : " notes'")
                + " passage is no longer in the text (listed at the end with its quote)");
        status.set(parts.isEmpty() ? "" : String.join("; ", parts) + ".");
    }

    // ---- actions

    /**
     * Highlights {@code selection} of the open article (surrounding spaces trimmed) with a colour, note and tags;
     * returns the new annotation (selected), or null when nothing can be annotated there.
     */
    public Annotation create(Span selection, AnnotationColour colour, String note, List<String> newTags) {
        if (!available.get()) return null;
        if (selection == null || selection.end() > text.length()) {
            status.set("Select some text in the article first.");
            return null;
        }
        int s = selection.start(), e = selection.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (s == e) {
            status.set("Select some text in the article first.");
            return null;
        }
        Annotation a = Annotation.create(articleId, text, s, e, colour, note, newTags, clock.get());
        put(a);
        selected.set(a);
        status.set("");
        writes.enqueue(new NoteWriteQueue.Change(a, false));
        return a;
    }

    /** Saves the editor's colour, note and tags into the selected annotation. */
    public void saveEdit() {
        Annotation a = selected.get();
        if (a == null) return;
        edit(a, editColour.get(), editNote.get(), Annotation.parseTags(editTags.get()));
    }

    public void edit(Annotation a, AnnotationColour colour, String note, List<String> newTags) {
        Annotation current = find(a.uuid());
        if (current == null) return;
        Annotation edited = current.edited(colour, note, newTags, clock.get());
        if (edited.colour() == current.colour() && edited.note().equals(current.note()) && edited.tags().equals(current.tags())) return;
        put(edited);
        selected.set(edited);
        writes.enqueue(new NoteWriteQueue.Change(edited, false));
    }

    /** Deletes an annotation; {@link #undoDelete()} brings it back. */
    public void delete(Annotation a) {
        Annotation current = find(a.uuid());
        if (current == null) return;
        annotations.remove(current);
        if (selected.get() != null && selected.get().uuid().equals(a.uuid())) selected.set(null);
        refreshTags();
        lastDeleted.set(current);
        status.set("Deleted the note on \"" + shorten(current.exact()) + "\".");
        if (writes.dropUnsent(current)) return; // never reached the library: nothing to delete there
        writes.enqueue(new NoteWriteQueue.Change(current, true));
    }

    public void undoDelete() {
        Annotation a = lastDeleted.get();
        if (a == null) return;
        lastDeleted.set(null);
        put(a);
        selected.set(a);
        status.set("");
        writes.enqueue(new NoteWriteQueue.Change(a, false));
    }

    /** Writes every change that is not saved yet again. */
    public void retry() {
        writes.flush();
    }

    /** The article's highlight layer: the visible, placed annotations, one style class per colour. */
    public List<Highlight> highlights() {
        List<Highlight> out = new ArrayList<>();
        for (Annotation a : visible) {
            if (a.orphan() || a.end() > text.length() || a.start() == a.end()) continue;
            out.add(new Highlight(a.start(), a.end(), styleClass(a.colour()), tooltip(a)));
        }
        return out;
    }

    /** The article style class of a colour (resources/css/notes.css). */
    public static String styleClass(AnnotationColour c) {
        return "note-" + c.id();
    }

    static String tooltip(Annotation a) {
        StringBuilder sb = new StringBuilder(a.colour().label()).append(" highlight");
        if (a.hasNote()) sb.append(": ").append(a.note());
        if (!a.tags().isEmpty()) sb.append("\nTags: ").append(String.join(", ", a.tags()));
        return sb.toString();
    }

    /** A written note as the library now has it (with its id), unless a newer change of it is shown. */
    private void showSaved(Annotation saved, boolean latest) {
        Annotation shown = find(saved.uuid());
        if (latest && shown != null) put(saved);
        else if (shown != null && !shown.isSaved()) put(shown.withId(saved.id()));
        if (selected.get() != null && selected.get().uuid().equals(saved.uuid()) && latest) selected.set(find(saved.uuid()));
    }

    // ---- list upkeep

    private Annotation find(String uuid) {
        for (Annotation a : annotations) if (a.uuid().equals(uuid)) return a;
        return null;
    }

    /** Inserts or replaces (by uuid) an annotation of the open article, keeping text order. */
    private void put(Annotation a) {
        if (a.articleId() != articleId) return;
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).uuid().equals(a.uuid())) {
                if (Annotation.TEXT_ORDER.compare(annotations.get(i), a) == 0) {
                    annotations.set(i, a);
                    refreshTags();
                    return;
                }
                annotations.remove(i);
                break;
            }
        }
        int at = 0;
        while (at < annotations.size() && Annotation.TEXT_ORDER.compare(annotations.get(at), a) <= 0) at++;
        annotations.add(at, a);
        refreshTags();
    }

    private void refreshTags() {
        TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Annotation a : annotations) all.addAll(a.tags());
        tags.setAll(all);
    }

    private void refilter() {
        String[] words = search.get() == null ? new String[0] : search.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        AnnotationColour colour = colourFilter.get();
        String tag = tagFilter.get() == null ? "" : tagFilter.get().strip();
        visible.setPredicate(a -> {
            if (colour != null && a.colour() != colour) return false;
            if (!tag.isEmpty() && a.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag))) return false;
            String hay = (a.exact() + "\n" + a.note() + "\n" + String.join("\n", a.tags())).toLowerCase(Locale.ROOT);
            for (String w : words) if (!w.isEmpty() && !hay.contains(w)) return false;
            return true;
        });
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}
