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
import org.sourcelight.model.Duplicate;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.store.ArticleRepository;
import org.sourcelight.store.ArticleSummary;
import org.sourcelight.store.Database;
import org.sourcelight.store.LibraryDuplicates;
import org.sourcelight.store.OutletRepository;
import org.sourcelight.store.SettingsRepository;
import org.sourcelight.store.StoredArticle;
import org.sourcelight.text.DocumentBuilder;
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

    public LibraryService(Database db, ArticleImporter importer, Pipeline pipeline) {
        this.db = db;
        this.articles = new ArticleRepository(db);
        this.outlets = new OutletRepository(db);
        this.duplicates = LibraryDuplicates.of(db);
        this.settings = new SettingsRepository(db);
        this.importer = importer;
        this.pipeline = pipeline;
    }

    public static LibraryService standard(Database db) {
        return new LibraryService(db, ArticleImporter.standard(), Pipelines.forDatabase(db));
    }

    /** An article added to the library; {@code existed} when the same text was already there. */
    public record Imported(long id, boolean existed, String title) {}

    public Database database() { return db; }

    public ArticleRepository articles() { return articles; }

    public SettingsRepository settings() { return settings; }

    public Pipeline pipeline() { return pipeline; }

    /** Rebuilds the pipeline after the reader changed a word list or an outlet in the library. */
    public void reloadPipeline() {
        pipeline = Pipelines.forDatabase(db);
    }

    public Imported add(ImportedArticle a) {
        TextDocument doc = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
        String title = doc.title();
        ArticleRepository.Added added = articles.add(title, a.originalText(), a.blockHints(), a.meta().withTitle(title));
        if (!added.existed()) {
            ArticleAnalysis r = analyzeAndCache(added.id(), doc); // the duplicate lookup also indexes the new article
            recount(sharingWith(r));
        }
        return new Imported(added.id(), added.existed(), title);
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
        return DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
    }

    /** Analyses a stored article and refreshes its cached counts. */
    public Optional<ArticleAnalysis> analyze(long id) {
        return articles.find(id).map(a -> analyzeAndCache(id, document(a)));
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
        ArticleAnalysis withoutDuplicates = p.analyze(doc, List.of(), chosen);
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
