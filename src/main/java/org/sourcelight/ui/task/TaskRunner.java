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

    /**
     * Runs {@code update} where results are applied (the FX thread), for progress reported from inside running
     * work. Updates are small and may be coalesced by the caller; by default they run at once.
     */
    default void post(Runnable update) {
        update.run();
    }

    /** Like {@link #submit} with no result. */
    default void run(String key, Runnable work, Runnable onDone, Consumer<Throwable> onError) {
        submit(key, () -> {
            work.run();
            return Boolean.TRUE;
        }, r -> onDone.run(), onError);
    }
}
