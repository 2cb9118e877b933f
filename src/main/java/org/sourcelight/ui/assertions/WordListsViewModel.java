package org.sourcelight.ui.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.analysis.assertions.Lexicons;
import org.sourcelight.analysis.assertions.Term;
import org.sourcelight.library.WordListEdits;
import org.sourcelight.text.LexiconEdit;
import org.sourcelight.ui.task.TaskRunner;

/**
 * State of the "Word lists…" dialog: the reader picks a list, adds terms to it or removes terms from it (shipped
 * terms can be restored), and saves. Edits stay pending until {@link #save}, which stores them in the library
 * through the {@link TaskRunner} and hands back the new word lists.
 */
public final class WordListsViewModel {
    /** A term as shown in the dialog; {@code removed} marks a shipped term the reader took out. */
    public record TermRow(String term, String note, boolean shipped, boolean removed) {
        public String display() {
            String s = removed ? term + "  (removed)" : shipped ? term : term + "  (added by you)";
            return note.isEmpty() ? s : s + " — " + note;
        }
    }

    private final TaskRunner tasks;
    private final WordListEdits edits;
    private final Lexicons base;
    private final ObservableList<Lexicons.Info> lists = FXCollections.observableArrayList(Lexicons.INFO);
    private final ObjectProperty<Lexicons.Info> selected = new SimpleObjectProperty<>(Lexicons.INFO.get(0));
    private final ObservableList<TermRow> terms = FXCollections.observableArrayList();
    private final ObservableList<LexiconEdit> pending = FXCollections.observableArrayList();
    private final StringProperty newTerm = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    /** @param base the word lists in use when the dialog opens */
    public WordListsViewModel(TaskRunner tasks, WordListEdits edits, Lexicons base) {
        this.tasks = tasks;
        this.edits = edits;
        this.base = base;
        selected.addListener((o, a, b) -> refresh());
        pending.addListener((javafx.collections.ListChangeListener<LexiconEdit>) c -> refresh());
        refresh();
    }

    public ObservableList<Lexicons.Info> lists() { return lists; }

    public ObjectProperty<Lexicons.Info> selectedProperty() { return selected; }

    /** The terms of the selected list with the pending edits applied; removed shipped terms are listed last. */
    public ObservableList<TermRow> terms() { return terms; }

    public ObservableList<LexiconEdit> pending() { return pending; }

    public StringProperty newTermProperty() { return newTerm; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /** The word lists as they will be once the pending edits are saved. */
    public Lexicons preview() { return base.with(pending); }

    /** Adds the typed term to the selected list. */
    public void add() {
        String t = newTerm.get() == null ? "" : newTerm.get().strip();
        String list = selected.get().name();
        if (t.isEmpty()) {
            message.set("Type a word or phrase first.");
            return;
        }
        if (t.contains("|")) {
            message.set("A term cannot contain \"|\".");
            return;
        }
        if (contains(preview().terms(list), t)) {
            message.set("\"" + t + "\" is already in " + selected.get().label() + ".");
            return;
        }
        pending.add(LexiconEdit.added(list, t));
        newTerm.set("");
        message.set("Added \"" + t + "\" (not saved yet).");
    }

    /** Takes a term out of the selected list, or puts a removed shipped term back. */
    public void toggle(TermRow row) {
        String list = selected.get().name();
        if (row.removed()) {
            pending.add(LexiconEdit.added(list, row.term()));
            message.set("Restored \"" + row.term() + "\" (not saved yet).");
        } else {
            pending.add(LexiconEdit.removed(list, row.term()));
            message.set("Removed \"" + row.term() + "\" (not saved yet).");
        }
    }

    /**
     * Stores the pending edits, then calls {@code onSaved} with the new word lists (on the FX thread). Nothing is
     * stored when there is no library.
     */
    public void save(Consumer<Lexicons> onSaved) {
        if (edits == null) {
            message.set("There is no library to save your word lists in.");
            return;
        }
        if (pending.isEmpty()) {
            onSaved.accept(base);
            return;
        }
        List<LexiconEdit> changes = List.copyOf(pending);
        saving.set(true);
        tasks.submit("assertions:save-lexicons", () -> edits.save(changes), saved -> {
            saving.set(false);
            pending.clear();
            message.set("Saved.");
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            message.set("Could not save your word lists: " + e.getMessage());
        });
    }

    private void refresh() {
        String list = selected.get().name();
        Lexicons now = preview();
        List<TermRow> out = new ArrayList<>();
        for (Term t : now.terms(list)) out.add(new TermRow(t.text(), t.note(), now.isShipped(list, t.text()), false));
        for (Term t : now.shippedTerms(list)) {
            if (!contains(now.terms(list), t.text())) out.add(new TermRow(t.text(), t.note(), true, true));
        }
        terms.setAll(out);
    }

    private static boolean contains(List<Term> terms, String term) {
        String k = term.strip().toLowerCase(Locale.ROOT);
        for (Term t : terms) if (t.text().toLowerCase(Locale.ROOT).equals(k)) return true;
        return false;
    }
}
