package org.sourcelight.cli.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/** Throughput of document building (normalize, structure, sentences, quotes) and of the whole pipeline. */
public final class PipelineBench {
    private PipelineBench() {}

    public static void run(PrintStream out) {
        List<String> texts = Bench.sampleTexts();
        DocumentBuilder builder = DocumentBuilder.standard();
        double build = Bench.charsPerSecond(texts, String::length, t -> builder.build(t, ArticleMeta.empty()), 1500, 3000);
        out.println("document building (normalize + structure + sentences + quotes): " + Bench.mb(build));
        List<TextDocument> docs = new ArrayList<>();
        for (String t : texts) docs.add(builder.build(t, ArticleMeta.empty()));
        Pipeline p = Pipeline.standard();
        double all = Bench.charsPerSecond(docs, d -> d.text().length(), p::analyze, 1500, 3000);
        out.println("whole pipeline on one article at a time (all analysers): " + Bench.mb(all));
    }
}
