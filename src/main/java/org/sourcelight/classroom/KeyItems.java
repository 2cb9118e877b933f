package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Source;
import org.sourcelight.model.StateCue;

/** Turns an article's analysis into proposed key items (all kept), which the teacher then keeps or dismisses. */
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
                out.add(analysis(Category.STATE_MEDIA, c.start(), c.end(), c.name(),
                        "The article relies on " + c.name() + ": " + stateWords(c.outlet())));
            }
        }
        for (StateCue c : a.stateCues()) {
            if (c.end() > c.start()) out.add(analysis(Category.STATE_MEDIA, c.start(), c.end(), c.cue(), c.explanation()));
        }
        for (Duplicate d : a.duplicates()) {
            if (d.end() <= d.start()) continue;
            String where = d.withinArticle() ? "This passage is repeated in the same article."
                    : "This passage also stands in " + (d.otherFile().isEmpty() ? "another article" : d.otherFile()) + ".";
            out.add(analysis(Category.DUPLICATE, d.start(), d.end(), d.kind().label(),
                    d.kind().label() + " (" + Math.round(d.similarity() * 100) + "% alike). " + where));
        }
        for (Assertion x : a.assertions()) {
            if (x.end() <= x.start()) continue;
            String why = x.explanation() + (x.question() == null || x.question().isBlank() ? "" : " Ask: " + x.question());
            out.add(analysis(Category.ASSERTION, x.start(), x.end(), String.join(", ", x.reasons()), why.strip()));
        }
        out.sort((p, q) -> p.start() != q.start() ? Integer.compare(p.start(), q.start()) : p.category().compareTo(q.category()));
        return out;
    }

    /** State-controlled or state-captured (the state controls what it reports), or described as state-run. */
    public static boolean isStateMedia(Outlet o) {
        if (o == null) return false;
        if (o.typology() != null) return o.typology().editorialControl();
        return o.classification().toLowerCase().contains("state");
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
