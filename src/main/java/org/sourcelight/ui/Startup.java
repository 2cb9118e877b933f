package org.sourcelight.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sourcelight.library.LibraryService;
import org.sourcelight.store.Database;
import org.sourcelight.ui.panel.LoadedArticle;

/**
 * Start-up work that needs no toolkit, begun before JavaFX starts so it runs on the second core while the toolkit
 * initialises: open the library, build the analysis pipeline, import the samples on first launch, refresh stale
 * counts and analyse the article the reader will see first. The window waits only for the library itself.
 */
final class Startup {
    /** The library, opened. */
    record Services(Database db, LibraryService library) {}

    /** What the window shows first. {@code first} is null for an empty library. */
    record Ready(List<String> errors, LoadedArticle first) {}

    private static CompletableFuture<Services> services;
    private static CompletableFuture<Ready> ready;

    private Startup() {}

    /** Starts the work once per process; later calls return the work already under way. */
    static synchronized void begin(Path dbPath) {
        if (services != null) return;
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sourcelight-startup");
            t.setDaemon(true);
            return t;
        });
        services = CompletableFuture.supplyAsync(() -> {
            // the default library's folder is made on first launch; a path the user gave must exist (a typo is an error)
            Database db = dbPath.toAbsolutePath().equals(Database.defaultPath().toAbsolutePath())
                    ? Database.openCreatingFolders(dbPath) : Database.open(dbPath);
            return new Services(db, LibraryService.standard(db));
        }, pool);
        ready = services.thenApplyAsync(s -> prepare(s.library()), pool);
        ready.whenComplete((r, t) -> pool.shutdown());
        preloadClasses();
    }

    static synchronized CompletableFuture<Services> services() { return services; }

    static synchronized CompletableFuture<Ready> ready() { return ready; }

    /** Forgets the work (the next {@link #begin} starts afresh): for tests that start the app more than once. */
    static synchronized void reset() {
        services = null;
        ready = null;
    }

    private static Ready prepare(LibraryService library) {
        List<String> errors = library.importSamplesOnFirstLaunch(LibraryService.locateSamples());
        library.refreshStale();
        long open = library.settings().get("last.article").map(Startup::parseId).orElse(-1L);
        if (open < 0 || library.find(open).isEmpty()) {
            open = library.list("").stream().findFirst().map(s -> s.id()).orElse(-1L);
        }
        final long id = open;
        LoadedArticle first = id < 0 ? null : library.analyze(id).map(a -> new LoadedArticle(id, a)).orElse(null);
        return new Ready(errors, first);
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Loads (without initialising) the heaviest UI classes on a spare thread, so the FX thread finds them ready. */
    private static void preloadClasses() {
        Thread t = new Thread(() -> {
            ClassLoader cl = Startup.class.getClassLoader();
            for (String name : List.of("org.fxmisc.richtext.StyleClassedTextArea", "org.fxmisc.richtext.GenericStyledArea",
                    "org.fxmisc.richtext.ParagraphText", "org.fxmisc.flowless.VirtualFlow", "org.fxmisc.flowless.VirtualizedScrollPane",
                    "org.fxmisc.richtext.model.StyleSpansBuilder", "org.fxmisc.richtext.model.GenericEditableStyledDocumentBase",
                    "org.reactfx.EventStreams", "org.reactfx.value.Val", "javafx.scene.control.TreeView", "javafx.scene.control.ListView",
                    "javafx.scene.control.TabPane", "javafx.scene.control.skin.TabPaneSkin", "javafx.scene.control.skin.TreeViewSkin",
                    "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.VirtualFlow",
                    "javafx.scene.control.skin.ComboBoxListViewSkin", "javafx.scene.control.MenuBar",
                    "javafx.scene.control.skin.MenuBarSkin", "org.sourcelight.ui.reader.MainWindow",
                    "org.sourcelight.ui.sources.SourcesPanel", "org.sourcelight.ui.outlets.OutletsPanel",
                    "org.sourcelight.ui.duplicates.DuplicatesPanel", "org.sourcelight.ui.assertions.AssertionsPanel",
                    "org.sourcelight.ui.notes.NotesPanel", "org.sourcelight.ui.classroom.ClassroomMenu")) {
                try {
                    Class.forName(name, false, cl);
                } catch (ClassNotFoundException | LinkageError ignored) {
                    // only a warm-up: the class is loaded again when it is needed
                }
            }
        }, "sourcelight-preload");
        t.setDaemon(true);
        t.start();
    }
}
