package org.sourcelight.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * The development articles the outlet evaluation reads (PolNeAR {@code data/train} and {@code data/dev} texts, the
 * Readability test pages), each built into a {@link TextDocument} exactly as {@code analyze} builds it, and the
 * outlet analysis of each.
 */
final class OutletMentions {
    static final List<String> SETS = List.of("polnear/data/train/text", "polnear/data/dev/text", "readability/test/test-pages");

    /** One article: its path relative to the corpora root, its document and what the outlet analysis found. */
    record Article(String file, TextDocument doc, OutletAnalyzer.Result result) {}

    private OutletMentions() {}

    /** The article files of the development sets that are present, in a fixed order, relative to the root. */
    static List<String> files() throws IOException {
        List<String> out = new ArrayList<>();
        Path root = Corpora.root();
        for (String set : SETS) {
            Optional<Path> dir = Corpora.find(set);
            if (dir.isEmpty()) continue;
            try (Stream<Path> s = Files.walk(dir.get(), 2)) {
                s.filter(p -> set.startsWith("readability") ? p.getFileName().toString().equals("source.html")
                                : p.getFileName().toString().endsWith(".txt"))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            }
        }
        return out;
    }

    /** Imports and analyses one file; empty when it cannot be imported (no article text, binary …). */
    static Optional<Article> analyze(String file, OutletAnalyzer analyzer) {
        Path p = Corpora.root().resolve(file);
        ImportedArticle a;
        try {
            a = ArticleImporter.standard().importFile(p);
        } catch (ImportException e) {
            return Optional.empty();
        }
        TextDocument doc = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
        return Optional.of(new Article(file, doc, analyzer.analyze(doc, List.of())));
    }
}
