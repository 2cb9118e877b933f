package org.sourcelight.model;

/**
 * Who published the article, with the evidence. {@code outlet} is null when the publisher was recognised in the
 * text but is not in the registry ({@code name} then holds what was found).
 *
 * @param confidence 0..1
 */
public record ArticleOutlet(String name, Outlet outlet, String evidence, double confidence, int evidenceStart,
                            int evidenceEnd) {
    public ArticleOutlet {
        if (name == null) throw new IllegalArgumentException("name");
        Span.check(evidenceStart, evidenceEnd);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence outside 0..1");
        evidence = evidence == null ? "" : evidence;
    }
}
