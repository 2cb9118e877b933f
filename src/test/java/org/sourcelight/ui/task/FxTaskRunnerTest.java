package org.sourcelight.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.testsupport.fx.Fx;
import org.testfx.api.FxToolkit;

/** The task runner while the window closes: a result arriving after close starts no work and throws nothing. */
class FxTaskRunnerTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // as the window tests start it, so they share one toolkit
    }

    @Test
    void appliesAResultOnTheFxThread() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean onFx = new AtomicBoolean();
        runner.submit("k", () -> 42, r -> {
            onFx.set(javafx.application.Platform.isFxApplicationThread() && r == 42);
            done.countDown();
        }, e -> {});
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(onFx.get());
        runner.close();
    }

    @Test
    void workSubmittedAfterCloseIsDroppedQuietly() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        runner.submit("k", () -> { ran.set(true); return 1; }, r -> ran.set(true), e -> ran.set(true));
        Fx.run(() -> {}); // let any queued FX update run
        assertFalse(ran.get());
        assertEquals(0, runner.runningProperty().get());
        assertTrue(runner.isClosed());
    }

    @Test
    void aResultInFlightWhenClosedIsNotApplied() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean applied = new AtomicBoolean();
        runner.submit("k", () -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }, r -> {
            applied.set(true);
            runner.submit("k2", () -> 2, x -> {}, e -> {}); // what a panel does with a result: more work
        }, e -> applied.set(true));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        runner.close();
        release.countDown();
        Thread.sleep(100); // the worker posts its (dropped) result
        Fx.run(() -> {});
        assertFalse(applied.get());
    }
}
