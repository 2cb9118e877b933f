package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Span;
import org.sourcelight.model.StateCue;
import org.sourcelight.model.Typology;
import org.sourcelight.text.TextDocument;

/**
 * Outlets the text cites (by name or alias, by description such as "Syria's state-run news agency", and in photo
 * or wire credits) and the in-text cues that call an outlet state-run. The publisher's own self-references and the
 * site footer are not citations.
 */
final class CitationFinder {
    private static final Pattern OFFICIAL_BEFORE = Pattern.compile("\\b((?:semi-)?official)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE_WORD = Pattern.compile("\\b(?:state|official|government|public)", Pattern.CASE_INSENSITIVE);

    private final OutletRegistry registry;
    private final OutletLexicons lex;
    private final Pattern description;

    CitationFinder(OutletRegistry registry, OutletLexicons lex) {
        this.registry = registry;
        this.lex = lex;
        // "<Country>['s] [up to two lower-case words] <kind>": "Syria's state-run news agency", "the Iranian state
        // broadcaster". Kind words are rare, so they are found first and the country is looked for just before them.
        this.description = Pattern.compile("(?<![\\p{L}.])(?<country>\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})(?:'s)?\\s+"
                + "(?<words>(?:\\p{Ll}[\\p{L}-]*\\s+){0,2})$");
    }

    /** Every name match in the text, resolved to one outlet (ambiguous ones dropped). */
    List<CitedOutlet> names(TextDocument doc, List<NameMatcher.Hit> hits) {
        String text = doc.text();
        List<Span> credits = creditSpans(doc);
        List<CitedOutlet> out = new ArrayList<>();
        for (NameMatcher.Hit h : hits) {
            Block b = doc.blockAt(h.start());
            if (b == null || b.kind() == BlockKind.FOOTER || b.kind() == BlockKind.BREADCRUMB) continue;
            boolean inCredit = inside(credits, h.start(), h.end());
            List<OutletRegistry.Entry> cands = h.name().candidates();
            if (cands.isEmpty()) { // a photo agency not in the registry: only as a credit or in a caption
                if (inCredit || b.kind() == BlockKind.CAPTION) {
                    out.add(new CitedOutlet(h.name().surface(), null, h.start(), h.end(), "credit"));
                }
                continue;
            }
            Outlet o = resolve(text, h.start(), cands);
            if (o == null) continue;
            String how = inCredit ? "credit" : h.name().canonical() ? "name" : "alias";
            out.add(new CitedOutlet(o.name(), o, h.start(), h.end(), how));
        }
        return out;
    }

    /** One outlet for a name several outlets share, chosen by a country named just before it ("Russia's NTV"). */
    private Outlet resolve(String text, int start, List<OutletRegistry.Entry> cands) {
        if (cands.size() == 1) return cands.get(0).outlet();
        Matcher m = lex.countryPattern.matcher(text).region(Math.max(0, start - 40), start);
        String country = null;
        while (m.find()) country = lex.country(m.group());
        Outlet found = null;
        for (OutletRegistry.Entry e : cands) {
            if (Countries.matches(e.outlet().country(), country)) {
                if (found != null) return null;
                found = e.outlet();
            }
        }
        return found;
    }

    private List<Span> creditSpans(TextDocument doc) {
        String text = doc.text();
        List<Span> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.FOOTER || b.kind() == BlockKind.BREADCRUMB) continue;
            for (Pattern p : lex.credits) {
                Matcher m = p.matcher(text).region(b.start(), b.end());
                while (m.find()) out.add(new Span(m.start("who"), m.end("who")));
            }
        }
        return out;
    }

    private static boolean inside(List<Span> spans, int start, int end) {
        for (Span s : spans) if (s.start() <= start && end <= s.end()) return true;
        return false;
    }

    /** Descriptive references resolved by country and kind, unless a name right next to them already says who. */
    List<CitedOutlet> descriptions(TextDocument doc, List<CitedOutlet> named) {
        String text = doc.text();
        List<CitedOutlet> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (!b.kind().isBody() && b.kind() != BlockKind.CAPTION && b.kind() != BlockKind.TITLE) continue;
            Matcher k = lex.kinds.pattern().matcher(text).region(b.start(), b.end());
            while (k.find()) {
                Matcher m = description.matcher(text).region(Math.max(b.start(), k.start() - 60), k.start());
                if (!m.find()) continue;
                if (!Character.isUpperCase(text.charAt(m.start()))) continue;
                if (nearName(named, m.start(), k.end(), text)) continue;
                String country = countryAtEnd(m.group("country"));
                String kind = lex.kinds.kindOfWord(k.group());
                Outlet o = byCountryAndKind(country, kind, STATE_WORD.matcher(m.group("words")).find());
                if (o != null) out.add(new CitedOutlet(o.name(), o, m.start(), k.end(), "description"));
            }
        }
        return out;
    }

    /** The country the last one to three capitalised words name ("The Syrian" → Syria), or null. */
    private String countryAtEnd(String words) {
        String[] w = words.split("\\s+");
        for (int i = 0; i < w.length; i++) {
            String c = lex.country(String.join(" ", Arrays.copyOfRange(w, i, w.length)));
            if (c != null) return c;
        }
        return null;
    }

    private static boolean nearName(List<CitedOutlet> named, int start, int end, String text) {
        for (CitedOutlet c : named) {
            if (c.start() < end && start < c.end()) return true;
            if (c.start() >= end && c.start() - end <= 3 && text.substring(end, c.start()).matches("[\\s,(]*")) return true;
        }
        return false;
    }

    private Outlet byCountryAndKind(String country, String kind, boolean stateWords) {
        if (country == null || kind.isEmpty()) return null;
        List<OutletRegistry.Entry> cands = new ArrayList<>();
        for (OutletRegistry.Entry e : registry.entries()) {
            if (kind.equals(e.kind()) && Countries.matches(e.outlet().country(), country)) cands.add(e);
        }
        if (stateWords && cands.size() > 1) {
            cands.removeIf(e -> e.outlet().typology() != Typology.SC && e.outlet().typology() != Typology.CaPu);
        }
        if (cands.size() > 1) {
            List<OutletRegistry.Entry> curated = new ArrayList<>(cands);
            curated.removeIf(e -> !e.curated());
            if (!curated.isEmpty()) cands = curated;
        }
        return cands.size() == 1 ? cands.get(0).outlet() : null;
    }

    /** Drops the publisher's self-references: the article naming its own outlet is not a citation. */
    static List<CitedOutlet> withoutPublisher(List<CitedOutlet> cited, ArticleOutlet publisher) {
        if (publisher == null) return cited;
        List<CitedOutlet> out = new ArrayList<>();
        for (CitedOutlet c : cited) {
            boolean self = publisher.outlet() != null ? c.outlet() != null && c.outlet().id().equals(publisher.outlet().id())
                    : c.name().equalsIgnoreCase(publisher.name());
            if (!self) out.add(c);
        }
        return out;
    }

    /** State cues from {@code state-cues.txt}, and "official" right before a cited outlet's name. */
    List<StateCue> cues(TextDocument doc, List<CitedOutlet> cited) {
        String text = doc.text();
        List<StateCue> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.FOOTER || b.kind() == BlockKind.BREADCRUMB) continue;
            Matcher m = lex.cuePattern.matcher(text).region(b.start(), b.end());
            while (m.find()) {
                OutletLexicons.Cue c = lex.cue(m.group());
                if (c != null) out.add(new StateCue(m.start(), m.end(), m.group(), c.explanation()));
            }
        }
        for (CitedOutlet c : cited) {
            if (c.how().equals("credit") || c.how().equals("description")) continue;
            Matcher m = OFFICIAL_BEFORE.matcher(text).region(Math.max(0, c.start() - 20), c.start());
            if (!m.find()) continue;
            int s = m.start(1), e = m.end(1);
            if (out.stream().anyMatch(q -> q.start() < e && s < q.end())) continue;
            OutletLexicons.Cue known = lex.cue(m.group(1));
            String why = known != null ? known.explanation()
                    : "\"Official\" before " + c.name() + " means it is a government's own outlet: it reports what that government says.";
            out.add(new StateCue(s, e, m.group(1), why));
        }
        out.sort(Comparator.comparingInt(StateCue::start));
        return out;
    }
}
