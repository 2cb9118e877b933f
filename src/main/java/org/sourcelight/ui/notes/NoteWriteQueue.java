package org.sourcelight.ui.notes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.sourcelight.library.NoteService;
import org.sourcelight.model.Annotation;
import org.sourcelight.ui.task.TaskRunner;

/**
 * The Notes panel's writes: changes queued by uuid (the latest change to a note wins) and written in order by one
 * background flush at a time. A change that cannot be written stays queued and unsaved, with the reason in the error
 * property, until {@link #flush()} writes it. Used on the FX thread only.
 */
final class NoteWriteQueue {
    /** A queued write: save {@code annotation}, or delete it. */
    record Change(Annotation annotation, boolean delete) {}

    /** Told of each saved note (on the FX thread), to show it with its library id. */
    interface Saved {
        /** @param latest true when no newer change to the same note is queued */
        void saved(Annotation written, boolean latest);
    }

    private final NoteService notes;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper error;
    private final Saved onSaved;
    private final Map<String, Change> queue = new LinkedHashMap<>();
    private final ObservableSet<String> unsaved = FXCollections.observableSet();
    private boolean flushing;
    private boolean flushAgain;

    /** @param error set to why the last write failed for the reader, and to null once everything is written */
    NoteWriteQueue(NoteService notes, TaskRunner tasks, ReadOnlyStringWrapper error, Saved onSaved) {
        this.notes = notes;
        this.tasks = tasks;
        this.error = error;
        this.onSaved = onSaved;
    }

    /** Uuids of notes whose latest change is not written yet. */
    ObservableSet<String> unsaved() { return unsaved; }

    /** The changes not written yet, oldest first. */
    Collection<Change> pending() { return queue.values(); }

    void enqueue(Change c) {
        queue.put(c.annotation().uuid(), c);
        unsaved.add(c.annotation().uuid());
        flush();
    }

    /**
     * Forgets a note's queued save when it never reached the library (nothing to delete there); false when it may
     * have, so the delete must be written.
     */
    boolean dropUnsent(Annotation current) {
        Change pending = queue.get(current.uuid());
        if (pending == null || pending.delete() || current.isSaved() || flushing) return false;
        queue.remove(current.uuid());
        unsaved.remove(current.uuid());
        clearErrorIfDone();
        return true;
    }

    /** Writes every queued change (after the flush under way, if any). */
    void flush() {
        if (queue.isEmpty()) {
            clearErrorIfDone();
            return;
        }
        if (flushing) {
            flushAgain = true;
            return;
        }
        flushing = true;
        List<Change> batch = new ArrayList<>(queue.values());
        tasks.submit("notes-flush", () -> write(batch), results -> {
            flushing = false;
            applyWritten(batch, results);
            if (flushAgain) {
                flushAgain = false;
                flush();
            }
        }, e -> {
            flushing = false;
            flushAgain = false;
            error.set("Not saved: " + e.getMessage());
        });
    }

    /** Runs off the FX thread: each change in order; per change the saved annotation, or the failure. */
    private List<Object> write(List<Change> batch) {
        List<Object> out = new ArrayList<>(batch.size());
        for (Change c : batch) {
            try {
                if (c.delete()) {
                    notes.delete(c.annotation().uuid());
                    out.add(c.annotation());
                } else {
                    out.add(notes.save(c.annotation()));
                }
            } catch (RuntimeException e) {
                out.add(e);
            }
        }
        return out;
    }

    private void applyWritten(List<Change> batch, List<Object> results) {
        String failure = null;
        boolean diskFull = false;
        for (int i = 0; i < batch.size(); i++) {
            Change c = batch.get(i);
            Object r = results.get(i);
            String uuid = c.annotation().uuid();
            if (r instanceof RuntimeException e) {
                if (failure == null) failure = e.getMessage();
                diskFull |= NoteService.isDiskFull(e);
                continue;
            }
            boolean latest = queue.get(uuid) == c;
            if (latest) {
                queue.remove(uuid);
                unsaved.remove(uuid);
            }
            if (!c.delete()) onSaved.saved((Annotation) r, latest);
        }
        if (diskFull) {
            error.set(NotesViewModel.DISK_FULL);
        } else if (failure != null) {
            error.set("Not saved: " + failure + " Your change is kept here; press Retry to save it.");
        } else {
            clearErrorIfDone();
        }
    }

    private void clearErrorIfDone() {
        if (queue.isEmpty()) error.set(null);
    }
}
