package org.sourcelight.analysis;

import java.util.List;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;
import org.sourcelight.text.TextDocument;

/**
 * Everything the analysers found in one article. Immutable; all offsets index {@code document.text()}.
 *
 * @param problems one plain line per analysis step that failed for this article (its panel is then empty and the
 *                 others are still shown); empty when every step ran
 */
public record ArticleAnalysis(TextDocument document, List<Source> sources, ArticleOutlet outlet,
                              List<CitedOutlet> citedOutlets, List<StateCue> stateCues,
                              List<ProvenanceChain> provenance, List<Duplicate> duplicates,
                              List<Assertion> assertions, List<String> problems) {
    /** An analysis in which every step ran. */
    public ArticleAnalysis(TextDocument document, List<Source> sources, ArticleOutlet outlet,
                           List<CitedOutlet> citedOutlets, List<StateCue> stateCues, List<ProvenanceChain> provenance,
                           List<Duplicate> duplicates, List<Assertion> assertions) {
        this(document, sources, outlet, citedOutlets, stateCues, provenance, duplicates, assertions, List.of());
    }

    public ArticleAnalysis {
        if (document == null) throw new IllegalArgumentException("document");
        problems = List.copyOf(problems);
        sources = List.copyOf(sources);
        citedOutlets = List.copyOf(citedOutlets);
        stateCues = List.copyOf(stateCues);
        provenance = List.copyOf(provenance);
        duplicates = List.copyOf(duplicates);
        assertions = List.copyOf(assertions);
        int len = document.text().length();
        for (Duplicate d : duplicates) if (d.end() > len) throw new IllegalArgumentException("duplicate beyond text");
        for (Assertion a : assertions) if (a.end() > len) throw new IllegalArgumentException("assertion beyond text");
        for (CitedOutlet c : citedOutlets) if (c.end() > len) throw new IllegalArgumentException("outlet beyond text");
    }

    /** A copy with the duplicates replaced (cross-article duplicates are found after each article is analysed). */
    public ArticleAnalysis withDuplicates(List<Duplicate> d) {
        return new ArticleAnalysis(document, sources, outlet, citedOutlets, stateCues, provenance, d, assertions, problems);
    }

    /** Distinct outlets the article names or describes (by registry entry, else by name); photo credits left out. */
    public int distinctOutletsCited() {
        return outletsCitedKeys().size();
    }

    /**
     * One key per outlet cited (photo credits apart): the registry id, or the name as written when the registry does
     * not know it. A run over several articles unions these to count each outlet once.
     */
    public java.util.Set<String> outletsCitedKeys() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CitedOutlet c : citedOutlets) {
            if ("credit".equals(c.how())) continue;
            seen.add(c.outlet() != null ? "id:" + c.outlet().id() : "name:" + c.name().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return seen;
    }

    /**
     * Copied passages as {@link Duplicate#copiedPassages} counts them (exact and near copies, each stretch once,
     * boilerplate and shared quotations apart), leaving out passages in the site footer, which is the site's template
     * however the duplicate finder classified it.
     */
    public int copiedPassages() {
        List<Duplicate> kept = new java.util.ArrayList<>();
        for (Duplicate d : duplicates) {
            org.sourcelight.model.Block b = document.blockAt(d.start());
            if (b == null || b.kind() != org.sourcelight.model.BlockKind.FOOTER) kept.add(d);
        }
        return Duplicate.copiedPassages(kept);
    }

    /** Claims with no source ({@link Assertion#isClaimWithoutSource()}); vague sources and word choices apart. */
    public int claimsWithNoSource() {
        int n = 0;
        for (Assertion a : assertions) if (a.isClaimWithoutSource()) n++;
        return n;
    }

    public int mentionCount() {
        int n = 0;
        for (Source s : sources) n += s.mentions().size();
        return n;
    }
}
