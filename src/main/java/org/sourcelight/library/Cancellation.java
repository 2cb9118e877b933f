package org.sourcelight.library;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag the reader sets to stop long work (a batch import, a re-analysis); the work checks it between articles. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token nobody cancels. */
    public static Cancellation none() { return new Cancellation(); }

    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }
}
