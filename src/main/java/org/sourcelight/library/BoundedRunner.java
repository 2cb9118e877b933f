package org.sourcelight.library;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.sourcelight.analysis.AnalysisCancelledException;

/**
 * Runs one piece of work per input on a few threads, each under a time budget, and hands the results back in input
 * order as they complete (so a consumer can store or print them while later inputs are still being analysed). A
 * piece that throws, runs out of memory or out of time becomes a {@link Failure} for that input only; the others go
 * on. A piece that overruns is interrupted (the pipeline stops between steps) and, if it does not stop, abandoned on
 * its daemon thread while a fresh thread takes its place.
 */
final class BoundedRunner {
    /** Why one input has no result. */
    enum Failure {
        TIME("took too long to analyse (a very long or malformed file can do this)"),
        MEMORY("needed more memory than this run has; it may be malformed (or give Java more memory with -Xmx)"),
        CANCELLED("was not analysed: cancelled"),
        ERROR("could not be analysed");

        final String line;

        Failure(String line) { this.line = line; }
    }

    /** The result for one input: a value, or a failure with the exception when there was one. */
    record Outcome<O>(O value, Failure failure, Throwable cause) {
        boolean ok() { return failure == null; }
    }

    /** Receives each outcome in input order. */
    interface Sink<I, O> {
        void accept(int index, I input, Outcome<O> outcome);
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int threads;
    private final Duration budget;

    BoundedRunner(int threads, Duration budget) {
        this.threads = Math.max(1, threads);
        this.budget = budget;
    }

    /** The default number of threads: one per core. */
    static int cores() { return Runtime.getRuntime().availableProcessors(); }

    <I, O> void run(List<I> inputs, Function<I, O> work, Sink<I, O> sink, Cancellation cancel) {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sourcelight-analysis-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore permits = new Semaphore(threads);
        Deque<Task<O>> window = new ArrayDeque<>();
        int next = 0;
        int window_ = threads * 4;
        try {
            for (int done = 0; done < inputs.size(); ) {
                while (next < inputs.size() && window.size() < window_) {
                    Task<O> t = new Task<>(next);
                    I in = inputs.get(next);
                    t.future = pool.submit(() -> t.call(permits, () -> work.apply(in)));
                    window.addLast(t);
                    next++;
                }
                Task<O> head = window.peekFirst();
                Outcome<O> o = cancel.isCancelled() ? new Outcome<>(null, Failure.CANCELLED, null) : await(head, permits);
                if (o == null) continue;
                window.removeFirst();
                if (o.failure() == Failure.CANCELLED) head.future.cancel(true);
                sink.accept(head.index, inputs.get(head.index), o);
                done++;
            }
        } finally {
            for (Task<O> t : window) t.future.cancel(true);
            pool.shutdownNow();
        }
    }

    /** The head task's outcome, or null when it is still within its budget (call again). */
    private <O> Outcome<O> await(Task<O> t, Semaphore permits) {
        try {
            return new Outcome<>(t.future.get(50, TimeUnit.MILLISECONDS), null, null);
        } catch (TimeoutException e) {
            long started = t.startedAt.get();
            if (started != 0 && System.nanoTime() - started > budget.toNanos()) {
                t.future.cancel(true);
                t.release(permits); // a fresh thread takes the place of one that does not stop
                return new Outcome<>(null, Failure.TIME, null);
            }
            return null;
        } catch (CancellationException e) {
            return new Outcome<>(null, Failure.CANCELLED, null);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof OutOfMemoryError) return new Outcome<>(null, Failure.MEMORY, null);
            if (c instanceof AnalysisCancelledException) return new Outcome<>(null, Failure.CANCELLED, null);
            return new Outcome<>(null, Failure.ERROR, c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, Failure.CANCELLED, null);
        }
    }

    private static final class Task<O> {
        final int index;
        final AtomicLong startedAt = new AtomicLong();
        final AtomicBoolean released = new AtomicBoolean();
        volatile Future<O> future;

        Task(int index) { this.index = index; }

        O call(Semaphore permits, java.util.function.Supplier<O> work) throws InterruptedException {
            permits.acquire();
            startedAt.set(System.nanoTime());
            try {
                return work.get();
            } finally {
                release(permits);
            }
        }

        void release(Semaphore permits) {
            if (released.compareAndSet(false, true)) permits.release();
        }
    }
}
