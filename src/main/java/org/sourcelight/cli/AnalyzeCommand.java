package org.sourcelight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.library.Pipelines;
import org.sourcelight.report.HtmlReport;
import org.sourcelight.report.JsonReport;
import org.sourcelight.report.TextReport;
import org.sourcelight.store.Database;
import org.sourcelight.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze [--format json|text|html] [--db FILE] FILE...}: all files are analysed together. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles (text or HTML files) and print a report.",
                "All files are analysed together, so passages shared between them are found.",
                "Exit code: 0 all analysed, 1 some files failed (one line each on stderr), 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text, html }

    @Option(names = "--format", defaultValue = "json", description = "json (default), text or html")
    Format format;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Library file whose user settings (outlet corrections, word lists) apply to the analysis (only read; it must exist).")
    Path db;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .html).")
    List<String> files;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = Pipeline.standard();
        if (db != null) {
            try (Database d = Database.openForReading(db)) {
                pipeline = Pipelines.forDatabase(d);
            } catch (StoreException e) {
                err.println("sourcelight: " + e.getMessage());
                return 1;
            }
        }
        ArticleImporter importer = ArticleImporter.standard();
        List<DuplicateFinder.Named> docs = new ArrayList<>();
        int failed = 0;
        for (String f : files) {
            try {
                ImportedArticle a = importer.importFile(Path.of(f));
                if (a.note() != null) err.println("sourcelight: " + a.note());
                docs.add(new DuplicateFinder.Named(null, f, pipeline.builder().build(a.originalText(), a.meta(), a.blockHints())));
            } catch (ImportException e) {
                err.println("sourcelight: " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                err.println("sourcelight: " + f + ": could not be analysed (" + e + ")");
                failed++;
            }
        }
        List<ArticleAnalysis> results = pipeline.analyzeAll(docs);
        List<JsonReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) entries.add(new JsonReport.Entry(docs.get(i).file(), results.get(i)));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> new JsonReport(pretty).write(entries, out);
            case text -> new TextReport().write(entries, out);
            case html -> new HtmlReport().write(entries, out);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
