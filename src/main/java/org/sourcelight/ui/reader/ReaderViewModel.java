package org.sourcelight.ui.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sourcelight.importer.ImportException;
import org.sourcelight.library.LibraryService;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.text.Plural;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.task.TaskRunner;

/**
 * State of the reader window: the library list and its search, the open article and its analysis, the status line.
 * No Nodes; all work goes through the {@link TaskRunner} (copy input here, compute there, apply back).
 */
public final class ReaderViewModel {
    public static final int MIN_FONT = 11;
    public static final int MAX_FONT = 28;
    /** The text size of a new reader, and of View → Normal text size. */
    public static final int NORMAL_FONT = 16;

    private final LibraryService library;
    private final TaskRunner tasks;

    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LoadedArticle> article = new SimpleObjectProperty<>();
    private final LongProperty openId = new SimpleLongProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty fontSize = new SimpleIntegerProperty(NORMAL_FONT);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    public ReaderViewModel(LibraryService library, TaskRunner tasks) {
        this.library = library;
        this.tasks = tasks;
        query.addListener((o, a, b) -> refreshLibrary());
    }

    public ObservableList<ArticleSummary> articles() { return articles; }

    public StringProperty queryProperty() { return query; }

    public ObjectProperty<LoadedArticle> articleProperty() { return article; }

    public LongProperty openIdProperty() { return openId; }

    public StringProperty statusProperty() { return status; }

    /** The last error, as a sentence for the reader (empty when none). */
    public StringProperty errorProperty() { return error; }

    public BooleanProperty busyProperty() { return busy; }

    public IntegerProperty fontSizeProperty() { return fontSize; }

    public BooleanProperty darkProperty() { return dark; }

    public LibraryService library() { return library; }

    public TaskRunner tasks() { return tasks; }

    public void refreshLibrary() {
        String q = query.get();
        tasks.submit("library", () -> library.list(q), list -> articles.setAll(list), this::fail);
    }

    /** Opens (and analyses) an article of the library. */
    public void open(long id) {
        open(id, null);
    }

    /** Opens an article; {@code statusAfter} replaces the usual summary in the status line (e.g. an import result). */
    private void open(long id, String statusAfter) {
        if (id < 0) return;
        openId.set(id);
        busy.set(true);
        status.set("Analysing…");
        tasks.submit("open", () -> library.analyze(id).map(a -> new LoadedArticle(id, a)).orElse(null), loaded -> {
            busy.set(false);
            if (loaded == null) {
                status.set("That article is no longer in the library.");
                return;
            }
            article.set(loaded);
            status.set(statusAfter != null ? statusAfter : describe(loaded));
            refreshLibrary();
        }, this::fail);
    }

    /** Shows an article analysed elsewhere (at start-up), without analysing it again. */
    public void show(LoadedArticle loaded) {
        openId.set(loaded.id());
        article.set(loaded);
        status.set(describe(loaded));
    }

    /** Re-runs the analysis of the open article (after a lexicon or registry edit). */
    public void reanalyze() {
        LoadedArticle a = article.get();
        tasks.run("reload", library::reloadPipeline, () -> {
            if (a != null && a.id() >= 0) open(a.id());
        }, this::fail);
    }

    /** The status line for an open article: the same counts, in the same words, as its library card. */
    static String describe(LoadedArticle a) {
        var r = a.analysis();
        return r.document().title() + " — " + Plural.of(r.sources().size(), "source", "sources") + ", "
                + Plural.of(r.distinctOutletsCited(), "outlet cited", "outlets cited") + ", "
                + Plural.of(r.copiedPassages(), "copied passage", "copied passages") + ", "
                + Plural.of(r.claimsWithNoSource(), "claim with no source", "claims with no source");
    }

    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private volatile boolean cancelImport;

    /** How far a bulk import is, 0..1, or -1 when none runs (the status bar's progress). */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return progress; }

    /** True while files are being imported (the status bar then offers Cancel). */
    public javafx.beans.property.ReadOnlyBooleanProperty importingProperty() { return importing; }

    /** Stops a bulk import after the file being imported; what was imported stays. */
    public void cancelImport() { cancelImport = true; }

    /** Imports files (a drop or the file chooser); reports each failure and keeps going; can be cancelled. */
    public void importFiles(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        busy.set(true);
        cancelImport = false;
        importing.set(true);
        progress.set(0);
        tasks.submit("import", () -> {
            List<String> errors = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            long lastId = -1;
            int added = 0, existing = 0, done = 0;
            for (Path p : copy) {
                if (cancelImport) {
                    errors.add("Import cancelled: " + Plural.of(copy.size() - done, "file was", "files were") + " not imported.");
                    break;
                }
                double f = (double) done / copy.size();
                tasks.post(() -> progress.set(f));
                done++;
                try {
                    LibraryService.Imported r = library.importFile(p);
                    lastId = r.id();
                    if (r.note() != null) notes.add(r.note());
                    if (r.existed()) existing++;
                    else added++;
                } catch (ImportException e) {
                    errors.add(e.getMessage());
                } catch (RuntimeException e) {
                    errors.add("Could not import " + p + ": " + e.getMessage());
                }
            }
            return new ImportSummary(lastId, added, existing, errors, notes);
        }, this::applyImport, this::fail);
    }

    public void importText(String text) {
        importOne(() -> library.importText(text));
    }

    public void importUrl(String url) {
        status.set("Fetching " + url + " …");
        importOne(() -> library.importUrl(url));
    }

    /** One import that may fail with a message for the reader. */
    @FunctionalInterface
    private interface OneImport {
        LibraryService.Imported run() throws ImportException;
    }

    private void importOne(OneImport work) {
        busy.set(true);
        tasks.submit("import", () -> {
            try {
                LibraryService.Imported r = work.run();
                return new ImportSummary(r.id(), r.existed() ? 0 : 1, r.existed() ? 1 : 0, List.of(), r.note() == null ? List.of() : List.of(r.note()));
            } catch (ImportException e) {
                return new ImportSummary(-1, 0, 0, List.of(e.getMessage()), List.of());
            }
        }, this::applyImport, this::fail);
    }

    /** What an import did; notes say how files were read when the reader should know (charset overruled …). */
    public record ImportSummary(long lastId, int added, int existing, List<String> errors, List<String> notes) {}

    private void applyImport(ImportSummary s) {
        busy.set(false);
        importing.set(false);
        progress.set(-1);
        StringBuilder msg = new StringBuilder();
        if (s.added() > 0) msg.append("Imported ").append(s.added()).append(s.added() == 1 ? " article." : " articles.");
        if (s.existing() > 0) msg.append(msg.length() > 0 ? " " : "").append(s.existing())
                .append(s.existing() == 1 ? " was already in the library." : " were already in the library.");
        for (String n : s.notes()) msg.append(msg.length() > 0 ? " " : "").append(n);
        status.set(msg.toString());
        error.set(String.join("\n", s.errors()));
        refreshLibrary();
        if (s.lastId() >= 0) open(s.lastId(), msg.toString());
    }

    public void delete(long id) {
        tasks.submit("delete", () -> library.delete(id), removed -> {
            if (openId.get() == id) {
                openId.set(-1);
                article.set(null);
            }
            status.set(removed ? "Article deleted." : "");
            refreshLibrary();
        }, this::fail);
    }

    public void biggerFont() { fontSize.set(Math.min(MAX_FONT, fontSize.get() + 1)); }

    public void smallerFont() { fontSize.set(Math.max(MIN_FONT, fontSize.get() - 1)); }

    public void resetFont() { fontSize.set(NORMAL_FONT); }

    private void fail(Throwable t) {
        busy.set(false);
        importing.set(false);
        progress.set(-1);
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        error.set(m);
        status.set("");
    }
}
