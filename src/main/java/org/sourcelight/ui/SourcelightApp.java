package org.sourcelight.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.sourcelight.library.LibraryService;
import org.sourcelight.store.Database;
import org.sourcelight.store.StoreException;
import org.sourcelight.ui.panel.AnalysisPanel;
import org.sourcelight.ui.panel.PanelHost;
import org.sourcelight.ui.reader.MainWindow;
import org.sourcelight.ui.reader.ReaderViewModel;
import org.sourcelight.ui.task.FxTaskRunner;
import org.sourcelight.ui.task.TaskRunner;

/**
 * The desktop reader. Arguments: {@code --db FILE} to use another library file. On first launch the library is
 * created and the sample articles imported (off the FX thread).
 */
public final class SourcelightApp extends Application {
    private FxTaskRunner tasks;
    private Database db;
    private MainWindow window;
    private SingleInstance instance;

    /**
     * JavaFX's own logger ("javafx"), quiet while the toolkit starts: from a plain jar JavaFX always warns
     * "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'", which a newcomer reads as a
     * failure, though the supported way to ship a non-modular app (a launcher class) is exactly this. The level is
     * restored in {@link #start}, so later warnings (CSS, layout) still show.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    public static void launchApp(String[] args) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Startup.begin(dbPath(List.of(args))); // on the second core while the toolkit starts
        Application.launch(SourcelightApp.class, args);
    }

    /**
     * The panels beside the article, in tab order. This is where the services are wired: each ViewModel receives the
     * ones it needs through its constructor, and no View sees the {@link Database}.
     */
    public static List<Function<PanelHost, AnalysisPanel>> panelFactories(javafx.application.HostServices hostServices,
                                                                         LibraryService library, TaskRunner tasks) {
        Database db = library.database();
        List<Function<PanelHost, AnalysisPanel>> f = new ArrayList<>();
        f.add(org.sourcelight.ui.sources.SourcesPanel::new);
        f.add(h -> new org.sourcelight.ui.outlets.OutletsPanel(h, new org.sourcelight.ui.outlets.OutletsViewModel(tasks,
                new org.sourcelight.library.OutletCorrections(db), org.sourcelight.analysis.outlets.OutletRegistry.shipped()), hostServices));
        org.sourcelight.store.LibraryDuplicates duplicates = org.sourcelight.store.LibraryDuplicates.of(db);
        org.sourcelight.ui.duplicates.DuplicatesViewModel.Lookup lookup = a -> duplicates.find(a.id(), a.analysis().document(),
                org.sourcelight.store.LibraryDuplicates.group(a.analysis().outlet() == null ? null : a.analysis().outlet().name(),
                        a.analysis().document()));
        f.add(h -> new org.sourcelight.ui.duplicates.DuplicatesPanel(h, org.sourcelight.ui.duplicates.DuplicatesViewModel.forHost(h, lookup)));
        org.sourcelight.library.WordListEdits wordLists = new org.sourcelight.library.WordListEdits(db);
        f.add(h -> new org.sourcelight.ui.assertions.AssertionsPanel(h,
                new org.sourcelight.ui.assertions.AssertionsViewModel(tasks, wordLists), wordLists));
        f.add(h -> new org.sourcelight.ui.notes.NotesPanel(h, new org.sourcelight.ui.notes.NotesViewModel(
                new org.sourcelight.library.NoteService(db), tasks, java.time.Instant::now),
                new org.sourcelight.report.AnnotationExchange(db)));
        return f;
    }

    /** The "All notes" tab, with its ViewModel over the library's notes. */
    public static Function<PanelHost, org.sourcelight.ui.notes.AllNotesView> allNotes(LibraryService library, TaskRunner tasks) {
        return h -> new org.sourcelight.ui.notes.AllNotesView(h, new org.sourcelight.ui.notes.AllNotesViewModel(
                new org.sourcelight.library.NoteService(library.database()), tasks));
    }

    /** The library file: {@code --db FILE}, {@code -Dsourcelight.db}, or the user's default library. */
    public static Path dbPath(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db") && i + 1 < args.size()) return Path.of(args.get(i + 1));
            if (a.startsWith("--db=")) return Path.of(a.substring(5));
        }
        String prop = System.getProperty("sourcelight.db");
        return prop != null ? Path.of(prop) : Database.defaultPath();
    }

    /** True for a lesson pack's file name ({@code .sllesson}), as the desktop passes it on a double-click. */
    public static boolean isLessonFile(String arg) {
        return arg.toLowerCase(java.util.Locale.ROOT).endsWith(".sllesson") && !arg.startsWith("-");
    }

    /** The lesson packs among the arguments, as absolute paths (a running reader may have another folder). */
    public static List<String> lessonFiles(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) {
                i++;
                continue;
            }
            if (isLessonFile(a)) out.add(Path.of(a).toAbsolutePath().normalize().toString());
        }
        return out;
    }

    /** When the user launched the reader: this JVM's start, or the launcher's when it started this JVM for a fast start. */
    private static long launchedAt() {
        return Long.getLong("sourcelight.launchedAt", java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private static void mark(String what) {
        if (Boolean.getBoolean("sourcelight.timing")) {
            System.err.println("sourcelight: " + what + " at " + (System.currentTimeMillis() - launchedAt()) + " ms");
        }
    }

    @Override
    public void start(Stage stage) {
        JAVAFX_LOG.setLevel(null); // back to the default after the start-up warning
        mark("start()");
        Startup.begin(dbPath(getParameters().getRaw())); // no-op when launchApp began it already
        Startup.Services services = openedLibrary();
        if (services == null) return;
        db = services.db();
        mark("library opened");
        tasks = new FxTaskRunner();
        LibraryService library = services.library();
        ReaderViewModel vm = new ReaderViewModel(library, tasks);
        window = new MainWindow(stage, vm, panelFactories(getHostServices(), library, tasks), allNotes(library, tasks));
        mark("window built");
        stage.setTitle("Sourcelight");
        stage.getIcons().addAll(AppIcons.window());
        stage.setScene(window.scene());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        window.restore(library.settings());
        stage.setOnCloseRequest(e -> saveState(library));
        reportStartupWhenFirstArticleShows(vm);
        vm.busyProperty().set(true);
        vm.statusProperty().set("Opening the library…");
        Startup.ready().whenComplete((r, t) -> Platform.runLater(() -> whenReady(stage, library, vm, r, t)));
        Path libraryFile = dbPath(getParameters().getRaw());
        instance = SingleInstance.listen(libraryFile, args -> Platform.runLater(() -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
            openLessons(stage, library, lessonFiles(args));
        }));
        stage.show();
        mark("window shown");
    }

    /** The library Startup opened, or null after telling the reader why it could not be opened (the app then quits). */
    private static Startup.Services openedLibrary() {
        try {
            return Startup.services().join();
        } catch (java.util.concurrent.CompletionException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getCause() instanceof StoreException ? e.getCause().getMessage()
                    : "Sourcelight could not start: " + e.getCause());
            a.setHeaderText("Sourcelight cannot open its library");
            a.showAndWait();
            Startup.reset();
            Platform.exit();
            return null;
        }
    }

    /** The start-up work is done ({@code t} is its failure, or null): show the first article and the lessons asked for. */
    private void whenReady(Stage stage, LibraryService library, ReaderViewModel vm, Startup.Ready r, Throwable t) {
        mark("library ready");
        vm.busyProperty().set(false);
        vm.statusProperty().set("");
        if (t != null) {
            vm.errorProperty().set(t.getCause() != null ? t.getCause().getMessage() : t.getMessage());
            return;
        }
        if (!r.errors().isEmpty()) vm.errorProperty().set(String.join("\n", r.errors()));
        vm.refreshLibrary();
        if (r.first() != null) vm.show(r.first());
        openLessons(stage, library, lessonFiles(getParameters().getRaw()));
    }

    /**
     * With {@code -Dsourcelight.timing=true} prints the time from launch to the first article shown (for the
     * startup benchmark); with {@code -Dsourcelight.exitAfterFirstArticle=true} the app then quits by itself.
     */
    private static void reportStartupWhenFirstArticleShows(ReaderViewModel vm) {
        boolean timing = Boolean.getBoolean("sourcelight.timing");
        boolean exit = Boolean.getBoolean("sourcelight.exitAfterFirstArticle");
        if (!timing && !exit) return;
        vm.articleProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.sourcelight.ui.panel.LoadedArticle> o,
                                org.sourcelight.ui.panel.LoadedArticle a, org.sourcelight.ui.panel.LoadedArticle b) {
                if (b == null) return;
                vm.articleProperty().removeListener(this);
                Platform.runLater(() -> {
                    long ms = System.currentTimeMillis() - launchedAt();
                    if (timing) System.err.println("sourcelight: first article shown " + ms + " ms after launch");
                    if (exit) Platform.exit();
                });
            }
        });
    }

    /** Opens each lesson pack in practice mode (a pack that cannot be read says why in its own window). */
    private void openLessons(Stage stage, LibraryService library, List<String> lessons) {
        for (String l : lessons) {
            org.sourcelight.ui.classroom.ClassroomMenu.openLesson(stage, library, tasks, Path.of(l));
            mark("lesson opened");
        }
    }

    private void saveState(LibraryService library) {
        if (window == null) return;
        Map<String, String> state = window.snapshotState();
        try {
            for (Map.Entry<String, String> e : state.entrySet()) library.settings().put(e.getKey(), e.getValue());
        } catch (StoreException ignored) {
            // a read-only library cannot remember the layout; nothing else is lost
        }
    }

    @Override
    public void stop() {
        if (instance != null) instance.close();
        if (tasks != null) tasks.close();
        if (db != null) db.close();
        Startup.reset();
    }
}
