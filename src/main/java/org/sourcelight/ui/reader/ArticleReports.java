package org.sourcelight.ui.reader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.Annotation;
import org.sourcelight.report.HtmlReport;
import org.sourcelight.report.JsonReport;
import org.sourcelight.store.AnnotationRepository;
import org.sourcelight.ui.panel.LoadedArticle;

/** The printable report of the open article with the reader's notes (the renderer the CLI's --format html uses). */
final class ArticleReports {
    private ArticleReports() {}

    static void write(AnnotationRepository annotations, LoadedArticle a, Path target) {
        List<HtmlReport.Note> notes = new ArrayList<>();
        if (a.id() >= 0) {
            for (Annotation n : annotations.forArticle(a.id())) {
                if (n.orphan()) continue;
                notes.add(new HtmlReport.Note(n.start(), n.end(), n.anchor().exact(), n.note(), n.tags()));
            }
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            String origin = a.analysis().document().meta().origin();
            new HtmlReport().writeArticle(new JsonReport.Entry(origin == null ? "" : origin, a.analysis()), notes, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
