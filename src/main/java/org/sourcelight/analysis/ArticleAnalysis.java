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

/** Everything the analysers found in one article. Immutable; all offsets index {@code document.text()}. */
public record ArticleAnalysis(TextDocument document, List<Source> sources, ArticleOutlet outlet,
                              List<CitedOutlet> citedOutlets, List<StateCue> stateCues,
                              List<ProvenanceChain> provenance, List<Duplicate> duplicates,
                              List<Assertion> assertions) {
    public ArticleAnalysis {
        if (document == null) throw new IllegalArgumentException("document");
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
        return new ArticleAnalysis(document, sources, outlet, citedOutlets, stateCues, provenance, d, assertions);
    }

    public int mentionCount() {
        int n = 0;
        for (Source s : sources) n += s.mentions().size();
        return n;
    }
}
