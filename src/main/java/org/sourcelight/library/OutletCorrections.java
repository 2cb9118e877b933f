package org.sourcelight.library;

import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.store.Database;
import org.sourcelight.store.OutletRepository;

/**
 * The reader's outlet corrections as the Outlets panel uses them: their own registry entries (laid over the shipped
 * registry, theirs win) and the publisher they set for an article. Over the store's {@link OutletRepository}; every
 * call runs SQL, so callers run it off the FX thread.
 */
public final class OutletCorrections {
    private final OutletRepository repository;

    public OutletCorrections(Database db) {
        this.repository = new OutletRepository(db);
    }

    /** {@code base} with the reader's entries laid over it. */
    public OutletRegistry registry(OutletRegistry base) {
        return repository.registry(base);
    }

    /** The publisher the reader set for the article, as the analyser takes it, or null when they set none. */
    public ArticleOutlet publisher(long articleId, OutletRegistry registry) {
        return repository.publisherOverride(articleId, registry);
    }

    /** Adds or replaces the reader's registry entry with {@code outlet.id()}. */
    public void save(Outlet outlet) {
        repository.save(outlet);
    }

    /** Sets who published the article: a registry outlet ({@code outletId}, may be null) under {@code name}. */
    public void setPublisher(long articleId, String outletId, String name) {
        repository.setPublisher(articleId, outletId, name);
    }
}
