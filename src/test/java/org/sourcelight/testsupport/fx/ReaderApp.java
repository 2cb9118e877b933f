package org.sourcelight.testsupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.ui.SourcelightApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real reader window on a scratch library (the first launch imports the samples), for TestFX tests. */
public final class ReaderApp {
    public final Path dir;
    public final Path db;
    private final Application app;

    private ReaderApp(Path dir, Application app) {
        this.dir = dir;
        this.db = dir.resolve("library.db");
        this.app = app;
    }

    /** Launches the reader on a new library in a temporary folder and waits for the five samples. */
    @SuppressWarnings("unchecked")
    public static ReaderApp launch() throws Exception {
        Path dir = Files.createTempDirectory("sourcelight-ui");
        System.setProperty("sourcelight.db", dir.resolve("library.db").toString());
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(SourcelightApp::new);
        FxToolkit.showStage();
        ReaderApp r = new ReaderApp(dir, app);
        ListView<ArticleSummary> table = new FxRobot().lookup("#libraryTable").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        return r;
    }

    /** Stops the reader and closes every window it left open. */
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide)).get();
        System.clearProperty("sourcelight.db");
    }
}
