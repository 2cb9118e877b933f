package org.sourcelight.ui.task;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the FX thread and applies its result back on it. Copy the input on the FX thread, compute in
 * {@code work}, apply in {@code onDone}. Work submitted under a key makes any earlier, unfinished work under the
 * same key stale: a stale result is dropped, never applied.
 */
public interface TaskRunner {
    <T> void submit(String key, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Like {@link #submit} with no result. */
    default void run(String key, Runnable work, Runnable onDone, Consumer<Throwable> onError) {
        submit(key, () -> {
            work.run();
            return Boolean.TRUE;
        }, r -> onDone.run(), onError);
    }
}
