package org.sourcelight.library;

import java.util.List;
import org.sourcelight.analysis.assertions.Lexicons;
import org.sourcelight.store.Database;
import org.sourcelight.store.LexiconRepository;
import org.sourcelight.text.LexiconEdit;

/**
 * The reader's edits to the shipped word lists as the Assertions panel and its word-list dialog use them. Over the
 * store's {@link LexiconRepository}; every call runs SQL, so callers run it off the FX thread.
 */
public final class WordListEdits {
    private final Database db;

    public WordListEdits(Database db) {
        this.db = db;
    }

    /** The shipped lists with the reader's stored edits applied. */
    public Lexicons lexicons() {
        return repository().lexicons();
    }

    /** Stores the edits in order, all or none, and returns the lists with every stored edit applied. */
    public Lexicons save(List<LexiconEdit> edits) {
        LexiconRepository r = repository();
        r.save(edits);
        return r.lexicons();
    }

    /** Made on first use, off the FX thread: it reads the shipped lists the edits apply to. */
    private LexiconRepository repository() {
        return new LexiconRepository(db);
    }
}
