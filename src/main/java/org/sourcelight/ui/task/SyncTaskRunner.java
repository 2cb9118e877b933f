package org.sourcelight.ui.task;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The synchronous twin of {@link FxTaskRunner}, for ViewModel tests: runs everything on the calling thread. */
public final class SyncTaskRunner implements TaskRunner {
    @Override
    public <T> void submit(String key, Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        T r;
        try {
            r = work.get();
        } catch (RuntimeException | Error e) {
            onError.accept(e);
            return;
        }
        onDone.accept(r);
    }
}
