package org.sourcelight.fuzz;

import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.model.Block;
import org.sourcelight.model.Sentence;
import org.sourcelight.text.TextDocument;

/** Invariants every fuzzed analysis must keep (a violation is a finding, like an exception). */
final class FuzzChecks {
    private FuzzChecks() {}

    static void check(TextDocument d) {
        int len = d.text().length();
        for (Block b : d.blocks()) require(0 <= b.start() && b.start() <= b.end() && b.end() <= len, "block " + b);
        for (Sentence s : d.sentences()) require(0 <= s.start() && s.start() < s.end() && s.end() <= len, "sentence " + s);
        require(d.offsetMap().toOriginal(len) == d.original().length(), "offset map end");
    }

    static void check(ArticleAnalysis a) {
        check(a.document());
        int len = a.document().text().length();
        a.citedOutlets().forEach(c -> require(c.end() <= len, "outlet " + c));
        a.provenance().forEach(c -> require(c.end() <= len, "chain " + c));
        a.assertions().forEach(c -> require(c.end() <= len, "assertion " + c));
    }

    static void require(boolean ok, String what) {
        if (!ok) throw new IllegalStateException("invariant broken: " + what);
    }
}
