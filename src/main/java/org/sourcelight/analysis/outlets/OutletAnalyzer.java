package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;
import org.sourcelight.text.TextDocument;

/**
 * Recognises who published an article, the outlets it cites, in-text state-media cues and provenance chains, over
 * an {@link OutletRegistry} (the shipped one, or one with the reader's corrections laid over it) and the word lists
 * the registry was read with. Deterministic and
 * thread-safe.
 */
public final class OutletAnalyzer {
    public static final int VERSION = 7;

    public record Result(ArticleOutlet publisher, List<CitedOutlet> cited, List<StateCue> cues,
                         List<ProvenanceChain> chains) {}

    private final OutletRegistry registry;
    private final PublisherDetector publishers;
    private final CitationFinder citations;
    private final ProvenanceFinder provenance;

    public OutletAnalyzer(OutletRegistry registry) {
        OutletLexicons lex = registry.lexicons();
        this.registry = registry;
        this.publishers = new PublisherDetector(registry, lex);
        this.citations = new CitationFinder(registry, lex);
        this.provenance = new ProvenanceFinder(lex);
    }

    private static final class Shipped {
        static final OutletAnalyzer ANALYZER = new OutletAnalyzer(OutletRegistry.shipped());
    }

    /** The analyser over the shipped registry and word lists (built once). */
    public static OutletAnalyzer standard() { return Shipped.ANALYZER; }

    public OutletRegistry registry() { return registry; }

    /** The publisher as the reader set it: full confidence, evidence "set by you". */
    public static ArticleOutlet userPublisher(String name, Outlet outlet) {
        return new ArticleOutlet(outlet != null ? outlet.name() : name, outlet, "Set by you.", 1.0, 0, 0);
    }

    public Result analyze(TextDocument doc, List<Source> sources) {
        return analyze(doc, sources, null);
    }

    /** @param publisherOverride the reader's choice of publisher, or null to detect it */
    public Result analyze(TextDocument doc, List<Source> sources, ArticleOutlet publisherOverride) {
        String text = doc.text();
        // the text's characters, read directly by every scan below (charAt on a text with non-Latin-1 characters
        // costs more), copied once
        char[] chars = text.toCharArray();
        List<NameMatcher.Hit> hits = registry.matcher().findAll(doc.tokens(), chars);
        ArticleOutlet publisher = publisherOverride != null ? publisherOverride : publishers.detect(doc, chars);
        List<CitedOutlet> named = citations.names(doc, hits, chars, publisher);
        List<CitedOutlet> cited = new ArrayList<>(named);
        cited.addAll(citations.descriptions(doc, named, chars));
        cited.sort(Comparator.comparingInt(CitedOutlet::start));
        cited = CitationFinder.withoutPublisher(cited, publisher);
        List<StateCue> cues = citations.cues(doc, cited, chars);
        List<ProvenanceChain> chains = provenance.chains(doc, publisher, cited, sources == null ? List.of() : sources);
        return new Result(publisher, List.copyOf(cited), cues, chains);
    }

    /** Matches every registry name and alias against {@code text} (what the benchmark times). */
    public int countNameMatches(String text) {
        return registry.matcher().find(text, 0, text.length()).size();
    }
}
