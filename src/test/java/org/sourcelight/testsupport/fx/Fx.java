package org.sourcelight.testsupport.fx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.sourcelight.ui.article.Styles;

/** The FX helpers UI tests share: start the toolkit once, run code on the FX thread, a styled scene. */
public final class Fx {
    private Fx() {}

    /** Starts the JavaFX toolkit (headless under Monocle in the build) unless it runs already. */
    public static void start() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        assertTrue(up.await(10, TimeUnit.SECONDS), "the FX toolkit did not start");
    }

    /** Runs {@code work} on the FX thread and returns its result; its exception fails the test. */
    public static <T> T on(Callable<T> work) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Throwable> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(work.call());
            } catch (Throwable t) {
                err.set(t);
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(20, TimeUnit.SECONDS), "the FX thread did not answer");
        if (err.get() != null) throw new AssertionError(err.get());
        return out.get();
    }

    /** Runs {@code work} on the FX thread and waits for it. */
    public static void run(Runnable work) throws Exception {
        on(() -> {
            work.run();
            return null;
        });
    }

    /**
     * A scene with the app's theme and stylesheets, laid out, as the reader shows it: the theme defines the
     * {@code -color-*} variables the stylesheets use, so no CSS lookup is left unresolved.
     */
    public static Scene styledScene(Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(Styles.sheets());
        root.applyCss();
        root.layout();
        return scene;
    }
}
