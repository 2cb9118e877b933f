package org.sourcelight.testsupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import javafx.stage.Window;
import org.sourcelight.store.Database;
import org.sourcelight.ui.task.FxTaskRunner;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library file in a temporary folder and the toolkit started for a window test (classroom windows): the primary
 * stage registered, the light theme as user-agent stylesheet, one FX task runner. {@link #close()} hides every window
 * the test left open and closes the runner and the library.
 */
public final class FxLibrary implements AutoCloseable {
    private final Path dir;
    private final Database db;
    private final FxTaskRunner tasks;

    private FxLibrary(Path dir, Database db, FxTaskRunner tasks) {
        this.dir = dir;
        this.db = db;
        this.tasks = tasks;
    }

    public static FxLibrary open(String prefix) throws Exception {
        Path dir = Files.createTempDirectory(prefix);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        return new FxLibrary(dir, Database.open(dir.resolve("library.db")), new FxTaskRunner());
    }

    public Path dir() { return dir; }

    public Database db() { return db; }

    public FxTaskRunner tasks() { return tasks; }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide)).get();
        tasks.close();
        db.close();
    }
}
