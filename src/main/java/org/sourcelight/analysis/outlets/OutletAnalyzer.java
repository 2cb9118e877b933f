package org.sourcelight.analysis.outlets;

import java.util.List;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;
import org.sourcelight.text.TextDocument;

/** Recognises who published an article, the outlets it cites, in-text state-media cues and provenance chains. */
public final class OutletAnalyzer {
    public static final int VERSION = 1;

    public record Result(ArticleOutlet publisher, List<CitedOutlet> cited, List<StateCue> cues,
                         List<ProvenanceChain> chains) {}

    public static OutletAnalyzer standard() { return new OutletAnalyzer(); }

    public Result analyze(TextDocument doc, List<Source> sources) {
        return new Result(null, List.of(), List.of(), List.of());
    }
}
