package org.sourcelight.analysis.sources;

import java.util.List;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/** Finds every attribution in the body text and groups the mentions by speaker. Stateless. */
public final class SourceExtractor {
    public static final int VERSION = 1;

    public static SourceExtractor standard() { return new SourceExtractor(); }

    public List<Source> extract(TextDocument doc) {
        return List.of();
    }
}
