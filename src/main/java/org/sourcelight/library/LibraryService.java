package org.sourcelight.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.model.Duplicate;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.Database;
import org.sourcelight.store.LibraryDuplicates;
import org.sourcelight.store.OutletRepository;
import org.sourcelight.store.SettingsRepository;
import org.sourcelight.store.StoredArticle;
import org.sourcelight.text.TextDocument;

/**
 * The reader's library as one service: import into the store, list and search, analyse with the pipeline and
 * cache the per-panel counts. Used by the window (always off the FX thread) and by the CLI. Thread-safe: the
 * database serialises access; analysis is stateless.
 */
public final class LibraryService {
    public static final String SAMPLES_IMPORTED = "samples.imported";
    /**
     * Version of the cached counts: the analysers' version plus the way the counts are taken (C2: distinct outlets,
     * copied passages without boilerplate or footers, claims with no source without vague sources or word choices). A change re-counts.
     */
    public static final String COUNTS_VERSION = Pipeline.VERSION + ".C2";

    private final Database db;
    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final LibraryDuplicates duplicates;
    private final SettingsRepository settings;
    private final ArticleImporter importer;
    private volatile Pipeline pipeline;
    private volatile java.time.Duration budget = BatchAnalyzer.DEFAULT_BUDGET;

    public LibraryService(Database db, ArticleImporter importer, Pipeline pipeline) {
        this.db = db;
        this.articles = new ArticleRepository(db);
        this.outlets = new OutletRepository(db);
        this.duplicates = new LibraryDuplicates(new org.sourcelight.store.FingerprintRepository(db), this::candidate,
                org.sourcelight.analysis.duplicates.DuplicateFinder.standard());
        this.settings = new SettingsRepository(db);
        this.importer = importer;
        this.pipeline = pipeline;
    }

    public static LibraryService standard(Database db) {
        return new LibraryService(db, ArticleImporter.standard(), Pipelines.forDatabase(db));
    }

    /** An article added to the library; {@code existed} when the same text was already there. */
    /** @param note how the file was read, when the reader should know (see {@link ImportedArticle#note()}), or null */
    public record Imported(long id, boolean existed, String title, String note) {}

    public Database database() { return db; }

    public ArticleRepository articles() { return articles; }

    public SettingsRepository settings() { return settings; }

    /** The reader's notes in this library. */
    public org.sourcelight.store.AnnotationRepository annotations() { return new org.sourcelight.store.AnnotationRepository(db); }

    public Pipeline pipeline() { return pipeline; }

    /** Sets the time one article's analysis may take in a batch import (default {@link BatchAnalyzer#DEFAULT_BUDGET}). */
    public void setBudget(java.time.Duration budget) { this.budget = budget; }

    /** Rebuilds the pipeline after the reader changed a word list or an outlet in the library. */
    public void reloadPipeline() {
        pipeline = Pipelines.forDatabase(db);
        synchronized (documents) {
            documents.clear();
        }
    }

    /** A built document and the text hash it was built from. */
    private record Built(String contentHash, TextDocument doc) {}

    /** Recently built library documents, so the duplicate lookup does not rebuild the same candidates again. */
    private final java.util.Map<Long, Built> documents = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Built> eldest) { return size() > 256; }
    };

    /** A library article as the duplicate lookup compares it, built once while it stays among the recent ones. */
    private Optional<org.sourcelight.analysis.duplicates.DuplicateFinder.Named> candidate(long id) {
        Optional<StoredArticle> found = articles.find(id);
        if (found.isEmpty()) return Optional.empty();
        StoredArticle a = found.get();
        Built b;
        synchronized (documents) {
            b = documents.get(id);
        }
        TextDocument doc = b != null && b.contentHash().equals(a.contentHash()) ? b.doc() : document(a);
        return Optional.of(new org.sourcelight.analysis.duplicates.DuplicateFinder.Named(String.valueOf(id), a.title(),
                doc, LibraryDuplicates.group(a.outletName(), doc)));
    }

    private void remember(long id, Built b) {
        synchronized (documents) {
            documents.put(id, b);
        }
    }

    public Imported add(ImportedArticle a) {
        TextDocument doc = pipeline.builder().build(a.originalText(), a.meta(), a.blockHints());
        String title = doc.title();
        ArticleRepository.Added added = articles.add(title, a.originalText(), a.blockHints(), a.meta().withTitle(title));
        if (!added.existed()) {
            ArticleAnalysis r = analyzeAndCache(added.id(), doc); // the duplicate lookup also indexes the new article
            recount(sharingWith(r));
        }
        return new Imported(added.id(), added.existed(), title, a.note());
    }

    /** Told after each file of a batch import: how many are done, of how many, and the file just finished. */
    @FunctionalInterface
    public interface ImportProgress {
        void update(int done, int total, Path file);
    }

    /**
     * What a batch import did: the last article added or found (-1 when none), how many were new or already there,
     * one line per file that was not imported, and whether the reader cancelled it.
     */
    public record BatchImport(long lastId, int added, int existed, List<String> errors, boolean cancelled) {
        public BatchImport {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Imports many files: each is read, built and analysed on one thread per core under the time budget, while this
     * thread stores the finished ones in order and looks up passages they share with the library. A file that
     * fails gets one line; {@code cancel} stops the import after the files already stored (they stay).
     */
    public BatchImport importFiles(List<Path> files, ImportProgress progress, Cancellation cancel) {
        Pipeline p = pipeline;
        record Ready(ImportedArticle article, TextDocument doc, ArticleAnalysis analysis) {}
        long[] last = {-1};
        int[] counts = new int[2];
        List<String> errors = new ArrayList<>();
        int[] done = {0};
        java.util.Set<Long> stale = new java.util.TreeSet<>(); // stored articles whose shared passages changed
        new BoundedRunner(BoundedRunner.cores(), budget).<Path, Ready>run(files, f -> {
            ImportedArticle a;
            try {
                a = importer.importFile(f);
            } catch (ImportException e) {
                throw new BatchAnalyzer.Refused(e.getMessage());
            }
            TextDocument doc = p.builder().build(a.originalText(), a.meta(), a.blockHints());
            return new Ready(a, doc, p.analyze(doc, List.of(), null));
        }, (i, f, o) -> {
            if (o.ok()) {
                Ready r = o.value();
                String title = r.doc().title();
                ArticleRepository.Added added = articles.add(title, r.article().originalText(), r.article().blockHints(),
                        r.article().meta().withTitle(title));
                last[0] = added.id();
                if (added.existed()) {
                    counts[1]++;
                } else {
                    counts[0]++;
                    stale.addAll(sharingWith(cacheWithLibraryDuplicates(added.id(), r.doc(), r.analysis())));
                    remember(added.id(), new Built(ArticleRepository.contentHashOfNormalized(r.doc().text()), r.doc()));
                }
            } else if (o.failure() != BoundedRunner.Failure.CANCELLED) {
                errors.add(BatchAnalyzer.line(f.toString(), o));
            }
            progress.update(++done[0], files.size(), f);
        }, cancel);
        recount(stale); // every card fresh after the batch, without opening each article
        return new BatchImport(last[0], counts[0], counts[1], errors, cancel.isCancelled());
    }

    public Imported importFile(Path file) throws ImportException {
        return add(importer.importFile(file));
    }

    public Imported importText(String pasted) throws ImportException {
        return add(importer.importText(pasted));
    }

    public Imported importUrl(String url) throws ImportException {
        return add(importer.importUrl(url));
    }

    public List<ArticleSummary> list(String query) {
        return articles.list(query);
    }

    public Optional<StoredArticle> find(long id) {
        return articles.find(id);
    }

    public boolean delete(long id) {
        return articles.delete(id);
    }

    public TextDocument document(StoredArticle a) {
        Built b;
        synchronized (documents) {
            b = documents.get(a.id());
        }
        if (b != null && b.contentHash().equals(a.contentHash())) return b.doc();
        TextDocument doc = pipeline.builder().build(a.originalText(), a.meta(), a.blockHints());
        remember(a.id(), new Built(a.contentHash(), doc));
        return doc;
    }

    /** Analyses a stored article and refreshes its cached counts. */
    public Optional<ArticleAnalysis> analyze(long id) {
        return analyze(id, Cancellation.none());
    }

    /**
     * Analyses a stored article under the time budget; {@code cancel} (the reader's Cancel) stops it. Throws
     * {@link AnalysisFailedException} with one plain line when it ran out of time or memory or was cancelled.
     */
    public Optional<ArticleAnalysis> analyze(long id, Cancellation cancel) {
        Optional<StoredArticle> found = articles.find(id);
        if (found.isEmpty()) return Optional.empty();
        StoredArticle a = found.get();
        Pipeline p = pipeline;
        ArticleOutlet chosen = outlets.publisherOverride(id, p.outlets().registry());
        TextDocument[] doc = new TextDocument[1];
        Object[] out = new Object[1];
        // only the pure analysis runs under the budget; the library is read and written on this thread
        new BoundedRunner(1, budget).<StoredArticle, ArticleAnalysis>run(List.of(a), s -> {
            doc[0] = document(s);
            return p.analyze(doc[0], List.of(), chosen);
        }, (i, s, o) -> out[0] = o, cancel);
        BoundedRunner.Outcome<?> o = (BoundedRunner.Outcome<?>) out[0];
        if (o.ok()) return Optional.of(cacheWithLibraryDuplicates(id, doc[0], (ArticleAnalysis) o.value()));
        if (o.cause() instanceof RuntimeException e) throw e;
        throw new AnalysisFailedException(BatchAnalyzer.line("\"" + a.title() + "\"", o));
    }

    /** The other library articles this one shares passages with (their counts change when it arrives). */
    private static java.util.Set<Long> sharingWith(ArticleAnalysis r) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        for (Duplicate d : r.duplicates()) {
            if (d.otherArticle() == null) continue;
            try {
                ids.add(Long.parseLong(d.otherArticle()));
            } catch (NumberFormatException ignored) {
                // not a library id (a CLI input): nothing stored to recount
            }
        }
        return ids;
    }

    /** Re-analyses stored articles so their cached counts include passages shared with a newly added article. */
    private void recount(java.util.Set<Long> ids) {
        for (long id : ids) analyze(id);
    }

    private ArticleAnalysis analyzeAndCache(long id, TextDocument doc) {
        Pipeline p = pipeline;
        ArticleOutlet chosen = outlets.publisherOverride(id, p.outlets().registry());
        return cacheWithLibraryDuplicates(id, doc, p.analyze(doc, List.of(), chosen));
    }

    /** Adds the passages shared with the library (indexing the article) and caches the counts. */
    private ArticleAnalysis cacheWithLibraryDuplicates(long id, TextDocument doc, ArticleAnalysis withoutDuplicates) {
        ArticleOutlet publisher = withoutDuplicates.outlet();
        List<Duplicate> dups = new ArrayList<>();
        for (Match m : duplicates.find(id, doc, LibraryDuplicates.group(publisher == null ? null : publisher.name(), doc))) {
            dups.add(m.duplicate()); // repeats inside the article and passages shared with the library
        }
        ArticleAnalysis r = withoutDuplicates.withDuplicates(dups);
        ArticleOutlet o = r.outlet();
        articles.saveSummary(id, COUNTS_VERSION, o == null ? null : o.name(), r.sources().size(),
                r.distinctOutletsCited(), r.copiedPassages(), r.claimsWithNoSource());
        return r;
    }

    /** Re-analyses articles whose cached counts come from another analyser version. Returns how many. */
    public int refreshStale() {
        duplicates.indexMissing(articles.ids());
        int n = 0;
        for (long id : articles.ids()) {
            if (!COUNTS_VERSION.equals(articles.cachedVersion(id))) {
                analyze(id);
                n++;
            }
        }
        return n;
    }

    /**
     * On the first launch (an empty library that never imported the samples), imports every {@code .txt}/{@code .html}
     * file of {@code dir}. Returns the messages of files that failed (empty when all went well).
     */
    public List<String> importSamplesOnFirstLaunch(Path dir) {
        List<String> errors = new ArrayList<>();
        if (settings.get(SAMPLES_IMPORTED).isPresent() || articles.count() > 0) return errors;
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{txt,html,htm}")) {
                for (Path p : ds) files.add(p);
            } catch (IOException e) {
                errors.add("Cannot list the samples folder " + dir + ": " + e.getMessage());
            }
            files.sort(null);
            for (Path p : files) {
                try {
                    importFile(p);
                } catch (ImportException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        settings.put(SAMPLES_IMPORTED, "true");
        return errors;
    }

    /** Where the sample articles are: {@code ./samples}, or {@code samples/} beside the jar. */
    public static Path locateSamples() {
        Path cwd = Path.of("samples");
        if (Files.isDirectory(cwd)) return cwd;
        try {
            Path jar = Path.of(LibraryService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path s = p.resolve("samples");
                if (Files.isDirectory(s)) return s;
            }
        } catch (Exception ignored) {
            // no code source (unusual class loader): no samples
        }
        return null;
    }
}
