package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.text.Tokens;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.Source;
import org.sourcelight.model.Outlet;

/**
 * Compares two analysed articles. Shared passages come from the duplicate finder run over the pair; speakers are
 * matched by normalized name (case, accents, punctuation and a leading "the" ignored), and a surname alone matches a
 * full name ending in it ("Mattis" is "James Mattis"). Stateless.
 */
public final class ArticleComparer {
    private final Function<List<DuplicateFinder.Named>, List<List<Duplicate>>> across;

    /** @param across finds, for each document, its passages shared with the others (as {@link DuplicateFinder#across}) */
    public ArticleComparer(Function<List<DuplicateFinder.Named>, List<List<Duplicate>>> across) {
        this.across = across;
    }

    public static ArticleComparer standard() {
        return new ArticleComparer(DuplicateFinder.standard()::across);
    }

    /** @param idA,idB ids the duplicate finder reports as the other article (the library ids as text) */
    public ArticleComparison compare(String idA, ArticleAnalysis a, String idB, ArticleAnalysis b) {
        String textA = a.document().text(), textB = b.document().text();
        List<List<Duplicate>> dups = across.apply(List.of(new DuplicateFinder.Named(idA, a.document().title(), a.document()),
                new DuplicateFinder.Named(idB, b.document().title(), b.document())));
        List<ArticleComparison.SharedPassage> shared = new ArrayList<>();
        for (Duplicate d : dups.isEmpty() ? List.<Duplicate>of() : dups.get(0)) {
            boolean inB = idB.equals(d.otherArticle()) || (d.otherArticle() == null && !d.withinArticle());
            if (!inB || d.otherEnd() > textB.length()) continue;
            shared.add(new ArticleComparison.SharedPassage(d.start(), d.end(), d.otherStart(), d.otherEnd(),
                    textA.substring(d.start(), d.end()), textB.substring(d.otherStart(), d.otherEnd()), d.kind(), d.similarity()));
        }
        shared.sort((p, q) -> Integer.compare(p.aStart(), q.aStart()));
        List<String> speakersA = speakers(a), speakersB = speakers(b);
        List<String> both = new ArrayList<>(), onlyA = new ArrayList<>(), onlyB = new ArrayList<>(speakersB);
        for (String s : speakersA) {
            String match = null;
            for (String t : onlyB) if (sameSpeaker(s, t)) { match = t; break; }
            if (match == null) {
                onlyA.add(s);
            } else {
                onlyB.remove(match);
                both.add(s.length() >= match.length() ? s : match);
            }
        }
        return new ArticleComparison(side(a, speakersA), side(b, speakersB), shared, both, onlyA, onlyB);
    }

    private static ArticleComparison.Side side(ArticleAnalysis a, List<String> speakers) {
        List<String> outlets = new ArrayList<>();
        for (CitedOutlet c : a.citedOutlets()) {
            String line = c.name() + " — " + label(c.outlet());
            if (!outlets.contains(line)) outlets.add(line);
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (Assertion x : a.assertions()) for (String r : x.reasons()) reasons.merge(Reason.ofCode(r).label(), 1, Integer::sum);
        ArticleOutlet o = a.outlet();
        String publisher = o == null ? "not recognised" : o.name() + " — " + label(o.outlet());
        return new ArticleComparison.Side(a.document().title(), publisher, speakers, outlets, a.assertions().size(), reasons);
    }

    /** "Iran: State-controlled media" or "not in the registry" (never "independent" by default). */
    static String label(Outlet o) {
        if (o == null) return "not in the registry";
        return (o.country().isEmpty() ? "" : o.country() + ": ") + o.labelInWords();
    }

    /** The article's speakers in order of first mention, one per person. */
    private static List<String> speakers(ArticleAnalysis a) {
        List<Source> sources = new ArrayList<>(a.sources());
        sources.sort((s, t) -> Integer.compare(first(s), first(t)));
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            if (out.stream().noneMatch(x -> key(x).equals(key(s.speaker())))) out.add(s.speaker());
        }
        return out;
    }

    private static int first(Source s) {
        return s.mentions().isEmpty() ? Integer.MAX_VALUE : s.mentions().get(0).start();
    }

    /** Lower case, no accents or punctuation, single spaces, without a leading "the". */
    static String key(String name) {
        Tokens t = Tokens.of(name);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); ) {
            if (t.isSymbol(i)) { i++; continue; }
            int j = i + 1;
            while (j < t.size() && !t.isSymbol(j) && t.start(j) == t.end(j - 1)) j++;
            if (b.length() > 0) b.append(' ');
            b.append(Tokens.fold(name, t.start(i), t.end(j - 1)));
            i = j;
        }
        String n = b.toString();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    static boolean sameSpeaker(String x, String y) {
        String a = key(x), b = key(y);
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        boolean aOne = !a.contains(" "), bOne = !b.contains(" ");
        if (aOne == bOne) return false;
        String single = aOne ? a : b, full = aOne ? b : a;
        return Character.isUpperCase((aOne ? x : y).strip().charAt(0)) && full.endsWith(" " + single);
    }
}
