package org.sourcelight.library;

import java.util.List;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.LibraryNote;
import org.sourcelight.model.Reanchoring;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.store.Database;
import org.sourcelight.store.StoreException;

/**
 * The reader's notes as the Notes panels use them: anchor an article's notes to its text, save and delete one,
 * search the whole library. Over the store's {@link AnnotationRepository}; every call runs SQL, so callers run it off
 * the FX thread. A failed write throws a {@link RuntimeException} whose message is meant for the reader.
 */
public final class NoteService {
    private final AnnotationRepository repository;

    public NoteService(Database db) {
        this.repository = new AnnotationRepository(db);
    }

    /** The article's notes placed in its current text; moved and orphaned ones are saved at their new place. */
    public Reanchoring anchor(long articleId, String text) {
        return repository.anchor(articleId, text);
    }

    /** Creates or updates (by uuid) a note; returns it with its library id. */
    public Annotation save(Annotation a) {
        return repository.save(a);
    }

    /** Deletes a note by uuid (nothing happens when there is none). */
    public void delete(String uuid) {
        repository.delete(uuid);
    }

    /** Notes of every article whose note, quote or tags contain every word of {@code query}; most recent first. */
    public List<LibraryNote> search(String query) {
        return repository.search(query);
    }

    /** True when {@code failure} (thrown by a write) means the disk is full, so the reader can free space and retry. */
    public static boolean isDiskFull(Throwable failure) {
        return failure instanceof StoreException se && se.reason() == StoreException.Reason.DISK_FULL;
    }
}
