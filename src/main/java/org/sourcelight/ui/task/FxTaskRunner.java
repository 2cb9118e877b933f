package org.sourcelight.ui.task;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The app's one task runner: a small pool of daemon threads; results are applied on the FX thread unless a newer
 * task with the same key was submitted meanwhile. {@link #runningProperty()} counts tasks in flight (for a busy
 * indicator).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool;
    private final Map<String, Long> latest = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

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
        long id = sequence.incrementAndGet();
        latest.put(key, id);
        running.set(running.get() + 1);
        pool.execute(() -> {
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
                if (latest.getOrDefault(key, -1L) != id) return; // stale
                if (error != null) onError.accept(error);
                else onDone.accept(result);
            });
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
