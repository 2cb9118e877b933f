package org.sourcelight.cli.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/** Seconds to import and analyse each {@link HostileInputs} case at 200 KB and 1 MB (target: under 2 s each). */
public final class HostileBench {
    private HostileBench() {}

    public static void run(PrintStream out) {
        Pipeline pipeline = Pipeline.standard();
        DocumentBuilder builder = DocumentBuilder.standard();
        builder.build("Warm up\n\nThe minister said it.", null);
        int over = 0, cases = 0;
        for (int size : new int[] {200_000, 1_000_000}) {
            for (Map.Entry<String, IntFunction<String>> e : HostileInputs.all().entrySet()) {
                String text = e.getValue().apply(size);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                String outcome;
                try {
                    ImportedArticle a = ArticleImporter.standard().importBytes(bytes,
                            HostileInputs.isHtml(e.getKey()) ? "hostile.html" : "hostile.txt", null);
                    TextDocument doc = builder.build(a.originalText(), a.meta(), a.blockHints());
                    pipeline.analyze(doc);
                    outcome = doc.sentences().size() + " sentences";
                } catch (ImportException ex) {
                    outcome = "refused: " + ex.getMessage();
                } catch (RuntimeException | StackOverflowError ex) {
                    outcome = "FAILED: " + ex;
                }
                double s = (System.nanoTime() - t0) / 1e9;
                cases++;
                if (s >= 2) over++;
                out.printf("%-34s %5d KB %7.2f s  %s%n", e.getKey(), bytes.length / 1024, s,
                        outcome.length() > 80 ? outcome.substring(0, 80) + "…" : outcome);
            }
        }
        out.println("hostile inputs: " + cases + " cases, " + over + " took 2 s or more");
    }
}
