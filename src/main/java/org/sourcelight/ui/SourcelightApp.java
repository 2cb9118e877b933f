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

/**
 * The desktop reader. Arguments: {@code --db FILE} to use another library file. On first launch the library is
 * created and the sample articles imported (off the FX thread).
 */
public final class SourcelightApp extends Application {
    private FxTaskRunner tasks;
    private Database db;
    private MainWindow window;

    public static void launchApp(String[] args) {
        Application.launch(SourcelightApp.class, args);
    }

    /** The panels beside the article, in tab order. */
    public static List<Function<PanelHost, AnalysisPanel>> panelFactories(javafx.application.HostServices hostServices) {
        List<Function<PanelHost, AnalysisPanel>> f = new ArrayList<>();
        f.add(org.sourcelight.ui.sources.SourcesPanel::new);
        f.add(h -> new org.sourcelight.ui.outlets.OutletsPanel(h, hostServices));
        f.add(org.sourcelight.ui.duplicates.DuplicatesPanel::new);
        f.add(org.sourcelight.ui.assertions.AssertionsPanel::new);
        f.add(org.sourcelight.ui.notes.NotesPanel::new);
        return f;
    }

    static Path dbPath(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db") && i + 1 < args.size()) return Path.of(args.get(i + 1));
            if (a.startsWith("--db=")) return Path.of(a.substring(5));
        }
        String prop = System.getProperty("sourcelight.db");
        return prop != null ? Path.of(prop) : Database.defaultPath();
    }

    @Override
    public void start(Stage stage) {
        Path path = dbPath(getParameters().getRaw());
        try {
            db = Database.open(path);
        } catch (StoreException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText("Sourcelight cannot open its library");
            a.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxTaskRunner();
        LibraryService library = LibraryService.standard(db);
        ReaderViewModel vm = new ReaderViewModel(library, tasks);
        window = new MainWindow(stage, vm, panelFactories(getHostServices()));
        stage.setTitle("Sourcelight");
        stage.setScene(window.scene());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        window.restore(library.settings());
        stage.setOnCloseRequest(e -> saveState(library));
        stage.show();
        reportStartupWhenFirstArticleShows(vm);
        long last = library.settings().get("last.article").map(SourcelightApp::parseId).orElse(-1L);
        Path samples = LibraryService.locateSamples();
        vm.busyProperty().set(true);
        vm.statusProperty().set("Opening the library…");
        tasks.submit("startup", () -> {
            List<String> errors = library.importSamplesOnFirstLaunch(samples);
            library.refreshStale();
            long open = last;
            if (open < 0 || library.find(open).isEmpty()) {
                open = library.list("").stream().findFirst().map(s -> s.id()).orElse(-1L);
            }
            return new Startup(errors, open);
        }, r -> {
            vm.busyProperty().set(false);
            vm.statusProperty().set("");
            if (!r.errors().isEmpty()) vm.errorProperty().set(String.join("\n", r.errors()));
            vm.refreshLibrary();
            if (r.open() >= 0) vm.open(r.open());
        }, t -> {
            vm.busyProperty().set(false);
            vm.errorProperty().set(t.getMessage());
        });
    }

    /**
     * With {@code -Dsourcelight.timing=true} prints the time from JVM start to the first article shown (for the
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
                    long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    if (timing) System.err.println("sourcelight: first article shown " + ms + " ms after JVM start");
                    if (exit) Platform.exit();
                });
            }
        });
    }

    private record Startup(List<String> errors, long open) {}

    private static long parseId(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
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
        if (tasks != null) tasks.close();
        if (db != null) db.close();
    }
}
