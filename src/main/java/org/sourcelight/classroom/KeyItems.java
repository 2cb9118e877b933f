package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.DuplicateKind;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;

/**
 * Turns an article's analysis into proposed key items, which the teacher then keeps or dismisses. Items a student
 * should not be graded on are proposed unticked: photo and wire credits, boilerplate, and anything in the site's
 * footer (it stays visible in the builder, so the teacher can still tick it).
 */
public final class KeyItems {
    private KeyItems() {}

    public static List<KeyItem> fromAnalysis(ArticleAnalysis a) {
        List<KeyItem> out = new ArrayList<>();
        for (Source s : a.sources()) {
            String why = s.kind().label() + ": " + (s.explanation().isEmpty() ? s.kind().meaning() : s.explanation());
            for (Mention m : s.mentions()) {
                if (m.end() > m.start()) out.add(analysis(Category.SOURCE, m.start(), m.end(), s.speaker(), why));
            }
        }
        ArticleOutlet pub = a.outlet();
        if (pub != null && isStateMedia(pub.outlet()) && pub.evidenceEnd() > pub.evidenceStart()) {
            out.add(analysis(Category.STATE_MEDIA, pub.evidenceStart(), pub.evidenceEnd(), pub.name(),
                    "The article was published by " + pub.name() + ": " + stateWords(pub.outlet())));
        }
        for (CitedOutlet c : a.citedOutlets()) {
            if (isStateMedia(c.outlet()) && c.end() > c.start()) {
                boolean credit = "credit".equals(c.how());
                String why = credit ? "The article uses a photo or wire credit from " + c.name() + ": " + stateWords(c.outlet())
                        : "The article relies on " + c.name() + ": " + stateWords(c.outlet());
                out.add(analysis(Category.STATE_MEDIA, c.start(), c.end(), c.name(), why)
                        .withKept(!credit && !inFooter(a, c.start())));
            }
        }
        for (StateCue c : a.stateCues()) {
            if (c.end() > c.start()) {
                out.add(analysis(Category.STATE_MEDIA, c.start(), c.end(), c.cue(), c.explanation()).withKept(!inFooter(a, c.start())));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Duplicate d : a.duplicates()) {
            if (d.end() <= d.start() || !seen.add(d.start() + ":" + d.end())) continue; // one item per passage
            String where = d.withinArticle() ? "This passage is repeated in the same article."
                    : "This passage also stands in " + (d.otherFile().isEmpty() ? "another article" : d.otherFile()) + ".";
            boolean boilerplate = d.kind() == DuplicateKind.BOILERPLATE || inFooter(a, d.start());
            out.add(analysis(Category.DUPLICATE, d.start(), d.end(), d.kind().label(),
                    d.kind().label() + " (" + Math.round(d.similarity() * 100) + "% alike). " + where).withKept(!boilerplate));
        }
        for (Assertion x : a.assertions()) {
            if (x.end() <= x.start()) continue;
            String why = x.explanation() + (x.question() == null || x.question().isBlank() ? "" : " Ask: " + x.question());
            out.add(analysis(Category.ASSERTION, x.start(), x.end(), reasonWords(x), why.strip()));
        }
        out.sort((p, q) -> p.start() != q.start() ? Integer.compare(p.start(), q.start()) : p.category().compareTo(q.category()));
        return out;
    }

    /** The plain labels of an assertion's reasons, as the Assertions panel shows them ("Hidden accuser · Loaded words"). */
    public static String reasonWords(Assertion x) {
        List<String> l = new ArrayList<>();
        for (String code : x.reasons()) l.add(Reason.ofCode(code).label());
        return String.join(" · ", l);
    }

    private static boolean inFooter(ArticleAnalysis a, int offset) {
        Block b = a.document().blockAt(offset);
        return b != null && b.kind() == BlockKind.FOOTER;
    }

    /**
     * State-controlled or state-captured (the state controls what it reports), or classified by the reader as
     * state-run. An outlet that State Media Monitor did not rate is not state media here, whatever caveats its
     * registry note carries ("significant state financing", "not state media").
     */
    public static boolean isStateMedia(Outlet o) {
        if (o == null) return false;
        if (o.typology() != null) return o.typology().editorialControl();
        return o.classification().toLowerCase(java.util.Locale.ROOT).startsWith("state");
    }

    private static String stateWords(Outlet o) {
        String label = o.labelInWords();
        String meaning = o.typology() == null ? "" : " " + o.typology().meaning();
        return label + "." + meaning;
    }

    private static KeyItem analysis(Category c, int start, int end, String label, String why) {
        return new KeyItem(c, start, end, label, why, KeyItem.Origin.ANALYSIS, true);
    }
}
