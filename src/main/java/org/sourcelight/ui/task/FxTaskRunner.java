package org.sourcelight.ui.task;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The app's one task runner: a small pool of daemon threads; results are applied on the FX thread unless a newer
 * task with the same key was submitted meanwhile. {@link #runningProperty()} counts tasks in flight (for a busy
 * indicator). Once {@link #close() closed} (the window is going away), new tasks are dropped and results still in
 * flight are not applied: a result that arrives while the app quits must not start new work on a stopped pool.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool;
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private volatile boolean closed;

    public FxTaskRunner() {
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sourcelight-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public ReadOnlyIntegerProperty runningProperty() { return running.getReadOnlyProperty(); }

    @Override
    public void post(Runnable update) {
        javafx.application.Platform.runLater(update);
    }

    @Override
    public <T> void submit(String key, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (closed) return;
        long id = sequence.incrementAndGet();
        latest.put(key, id);
        running.set(running.get() + 1);
        try {
            pool.execute(task(key, id, work, onDone, onError));
        } catch (RejectedExecutionException stopped) {
            running.set(running.get() - 1); // closed between the check and the call
        }
    }

    private <T> Runnable task(String key, long id, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return () -> {
            T r = null;
            Throwable err = null;
            try {
                r = work.get();
            } catch (Throwable t) {
                err = t;
            }
            final T result = r;
            final Throwable error = err;
            Platform.runLater(() -> {
                running.set(running.get() - 1);
                if (closed || latest.getOrDefault(key, -1L) != id) return; // closed or stale
                if (error != null) onError.accept(error);
                else onDone.accept(result);
            });
        };
    }

    /** Whether {@link #close()} has been called: submitted work is then dropped. */
    public boolean isClosed() { return closed; }

    @Override
    public void close() {
        closed = true;
        pool.shutdownNow();
    }
}
