package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.text.Lexicon;
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

    /** US broadcast call signs start with K or W (FCC, 47 CFR 73.3550): "WFAA", "KNTV-TV" near a name point to the US. */
    private static final Pattern US_CALL_SIGN = Pattern.compile("\\b[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?\\b");

    /**
     * Every name match in the text, resolved to an outlet. A name that needs outlet evidence and had none next to it
     * ({@link NameMatcher.Hit#evidence()} false) counts only when the article names that outlet in full elsewhere or
     * names another outlet right beside it; otherwise it is a word, not an outlet. A name several registry entries
     * share is resolved by the country named before it, the outlet's full name elsewhere, the countries the article
     * is about and the other outlets it cites; when two still fit equally, neither is chosen and the note says so. {@code chars}: the text's characters (not modified).
     * A short name "The X" ("told the Herald", "told The Sun")
     * means the one outlet whose longer name ends in X that the article names in full with evidence or that published
     * it ({@code publisher}, may be null): a paper is called by the last word of its name once it has been named in
     * full ("The Sydney Morning Herald" … "the Herald"), and in its own pages ("By …, Toronto Sun" … "told The Sun").
     */
    List<CitedOutlet> names(TextDocument doc, List<NameMatcher.Hit> hits, char[] chars, ArticleOutlet publisher) {
        String text = doc.text();
        Spans credits = new Spans(creditSpans(doc, chars));
        Context context = new Context(doc, hits, chars);
        Map<String, Outlet> shortNames = shortNames(context, publisher);
        List<CitedOutlet> out = new ArrayList<>();
        for (NameMatcher.Hit h : hits) {
            Block b = doc.blockAt(h.start());
            if (b == null || b.kind() == BlockKind.FOOTER || b.kind() == BlockKind.BREADCRUMB) continue;
            boolean inCredit = credits.contains(h.start(), h.end());
            List<OutletRegistry.Entry> cands = h.name().candidates();
            if (cands.isEmpty()) { // a photo agency not in the registry: only as a credit or in a caption
                if (inCredit || b.kind() == BlockKind.CAPTION) {
                    out.add(new CitedOutlet(h.name().surface(), null, h.start(), h.end(), "credit"));
                }
                continue;
            }
            if (hyphenatedOnward(text, h, hits)) continue; // "The Star-Ledger" is not "The Star"
            Outlet full = h.evidence() ? shortNameOf(h, shortNames) : null;
            if (full != null && !cands.stream().allMatch(e -> e.outlet().id().equals(full.id()))) {
                String surface = text.substring(h.start(), h.end());
                List<Outlet> others = new ArrayList<>();
                for (OutletRegistry.Entry e : cands) if (!e.outlet().id().equals(full.id())) others.add(e.outlet());
                String note = surface + ": " + full.name() + ", which this article "
                        + (publisher != null && publisher.outlet() != null && publisher.outlet().id().equals(full.id())
                            ? "is from" : "names in full") + " (" + OutletLabels.shortLabel(full) + ")";
                StringBuilder n = new StringBuilder(note);
                for (Outlet o : others) n.append("; not ").append(possessive(o.country())).append(' ').append(o.name());
                out.add(new CitedOutlet(full.name(), full, h.start(), h.end(), "alias", others, n.append('.').toString()));
                continue;
            }
            if (!h.evidence()) {
                cands = context.namedInFull(h, cands);
                if (cands.isEmpty() && context.besideAnotherOutlet(h)) cands = h.name().candidates();
                if (cands.isEmpty()) continue;
            }
            String how = inCredit ? "credit" : h.name().canonical() ? "name" : "alias";
            String surface = text.substring(h.start(), h.end());
            if (cands.size() == 1) {
                Outlet o = cands.get(0).outlet();
                out.add(new CitedOutlet(o.name(), o, h.start(), h.end(), how));
            } else {
                out.add(choose(text, h, surface, cands, context, how));
            }
        }
        return out;
    }

    /**
     * Last word → the outlet a short name "The <word>" stands for in this article: the publisher's, else the one
     * outlet named with evidence by a name of two or more significant words ending in that word. A word two such
     * outlets end in ("The Sydney Morning Herald" and "The New Zealand Herald") stands for neither.
     */
    private Map<String, Outlet> shortNames(Context context, ArticleOutlet publisher) {
        Map<String, Outlet> out = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (String id : context.fullyNamed()) {
            OutletRegistry.Entry e = registry.entry(id);
            if (e == null) continue;
            for (String w : lastWords(e.outlet())) {
                Outlet old = out.putIfAbsent(w, e.outlet());
                if (old != null && !old.id().equals(id)) shared.add(w);
            }
        }
        out.keySet().removeAll(shared);
        if (publisher != null && publisher.outlet() != null) {
            for (String w : lastWords(publisher.outlet())) out.put(w, publisher.outlet());
        }
        return out;
    }

    /** The last words (lower case) of an outlet's names of two or more significant words: "herald" for "The Sydney Morning Herald". */
    private static List<String> lastWords(Outlet o) {
        List<String> names = new ArrayList<>();
        names.add(o.name());
        names.addAll(o.aliases());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String[] w = Lexicon.split(n.replaceAll("\\(.*\\)", " ").strip());
            int significant = w.length > 0 && w[0].equalsIgnoreCase("the") ? w.length - 1 : w.length;
            if (significant < 2) continue;
            String last = w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
            if (last.chars().allMatch(Character::isLetter) && !out.contains(last)) out.add(last);
        }
        return out;
    }

    /** The outlet a hit "The X" / "the X" stands for by {@link #shortNames}, or null. */
    private static Outlet shortNameOf(NameMatcher.Hit h, Map<String, Outlet> shortNames) {
        if (shortNames.isEmpty() || h.name().significant() != 1 || h.name().words() != 2) return null;
        String[] w = Lexicon.split(h.name().surface());
        if (w.length != 2 || !w[0].equalsIgnoreCase("the")) return null;
        return shortNames.get(w[1].toLowerCase(java.util.Locale.ROOT));
    }

    /** The name runs on with a hyphen into a capitalised word that starts no other name: "The Star-Ledger". */
    private static boolean hyphenatedOnward(String text, NameMatcher.Hit h, List<NameMatcher.Hit> hits) {
        int e = h.end();
        if (e + 1 >= text.length() || text.charAt(e) != '-' || !Character.isUpperCase(text.charAt(e + 1))) return false;
        return startingAt(hits, e + 1) < 0; // "NBC-Wall Street Journal poll"
    }

    /** The index of the hit starting at {@code offset}, or -1 (binary search: the hits are sorted by start). */
    static int startingAt(List<NameMatcher.Hit> hits, int offset) {
        int lo = 0, hi = hits.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = hits.get(mid).start();
            if (s < offset) lo = mid + 1;
            else if (s > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** One outlet for a name several entries share, or none with a note naming both when the text cannot tell. */
    private CitedOutlet choose(String text, NameMatcher.Hit h, String surface, List<OutletRegistry.Entry> cands,
                               Context context, String how) {
        Matcher m = lex.countryPattern.matcher(text).region(Math.max(0, h.start() - 40), h.start());
        String before = null;
        while (m.find()) before = lex.country(m.group());
        boolean callSign = US_CALL_SIGN.matcher(text).region(Math.max(0, h.start() - 80), Math.min(text.length(), h.end() + 80)).find();
        List<OutletRegistry.Entry> ranked = new ArrayList<>(cands);
        // by identity: the candidates are distinct entries, and a record's hashCode hashes every field of its outlet
        // (and bootstraps the record methods' method handles, about 30 classes, in a short batch)
        Map<OutletRegistry.Entry, Integer> score = new java.util.IdentityHashMap<>();
        for (OutletRegistry.Entry e : cands) {
            String country = e.outlet().country();
            int v = 0;
            if (before != null && Countries.matches(country, before)) v += 1000; // "Russia's NTV"
            if (context.namedInFull(e)) v += 100;                                 // "Australian Broadcasting Corporation" earlier
            if (callSign && Countries.matches(country, "United States")) v += 20;  // "ABC affiliate WFAA"
            v += context.countryWeight(country);
            score.put(e, v);
        }
        // on equal evidence an outlet without a state rating is listed first (a false state label costs more than a
        // miss); that order is no evidence, so only more evidence in the text makes one "probably" the outlet meant
        ranked.sort(Comparator.comparingInt((OutletRegistry.Entry e) -> -score.get(e))
                .thenComparingInt(e -> e.outlet().typology() == null ? 0 : 1));
        OutletRegistry.Entry best = ranked.get(0);
        List<Outlet> others = new ArrayList<>();
        for (OutletRegistry.Entry e : ranked.subList(1, ranked.size())) others.add(e.outlet());
        if (score.get(best) > score.get(ranked.get(1))) {
            StringBuilder note = new StringBuilder(surface).append(": probably ").append(best.outlet().name()).append(" (")
                    .append(OutletLabels.shortLabel(best.outlet())).append(")");
            for (Outlet o : others) note.append("; ").append(possessive(o.country())).append(' ').append(o.name()).append(" is ")
                    .append(OutletLabels.model(o));
            return new CitedOutlet(best.outlet().name(), best.outlet(), h.start(), h.end(), how, others, note.append('.').toString());
        }
        List<Outlet> all = new ArrayList<>();
        StringBuilder note = new StringBuilder(surface).append(": could be ");
        for (int i = 0; i < ranked.size(); i++) {
            Outlet o = ranked.get(i).outlet();
            all.add(o);
            if (i > 0) note.append(i == ranked.size() - 1 ? " or " : ", ");
            note.append(o.name()).append(" (").append(OutletLabels.shortLabel(o)).append(")");
        }
        note.append("; the article does not say which.");
        return new CitedOutlet(surface, null, h.start(), h.end(), how, all, note.toString());
    }

    private static String possessive(String country) {
        String c = country.isBlank() ? "another country" : country.replaceAll(" \\(.*$", "").replaceAll(" / .*$", "");
        return c.endsWith("s") ? c + "'" : c + "'s";
    }

    /**
     * What the whole article says that helps read one name: full names it uses, countries it is about. Read once per
     * article into tables, so each name is looked up in constant time (a text with a million names stays linear).
     */
    private final class Context {
        private final TextDocument doc;
        private final char[] chars;
        private final List<NameMatcher.Hit> hits; // sorted by start, not overlapping (NameMatcher.findAll)
        /** Outlet id → the most significant words of a name with evidence that stands for it alone. */
        private final Map<String, Integer> fullest = new HashMap<>();
        /** Registry country → names with evidence that stand for one outlet of it. */
        private final Map<String, Integer> citedFrom = new HashMap<>();
        private Map<String, Integer> countryMentions;

        Context(TextDocument doc, List<NameMatcher.Hit> hits, char[] chars) {
            this.doc = doc;
            this.chars = chars;
            this.hits = hits;
            for (NameMatcher.Hit o : hits) {
                List<OutletRegistry.Entry> c = o.name().candidates();
                if (!o.evidence() || c.size() != 1) continue;
                fullest.merge(c.get(0).outlet().id(), o.name().significant(), Math::max);
                citedFrom.merge(c.get(0).outlet().country(), 1, Integer::sum);
            }
        }

        /** Ids of the outlets the article names with evidence by a name of two or more significant words. */
        List<String> fullyNamed() {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, Integer> e : fullest.entrySet()) if (e.getValue() > 1) out.add(e.getKey());
            out.sort(null);
            return out;
        }

        /** The candidates the article also names by a longer name with evidence ("Australian Broadcasting Corporation"). */
        List<OutletRegistry.Entry> namedInFull(NameMatcher.Hit h, List<OutletRegistry.Entry> cands) {
            List<OutletRegistry.Entry> out = new ArrayList<>();
            for (OutletRegistry.Entry e : cands) if (namedInFull(e, h.name().significant())) out.add(e);
            return out;
        }

        boolean namedInFull(OutletRegistry.Entry e) { return namedInFull(e, 1); }

        /** A name with evidence and more than {@code moreThan} significant words stands for {@code e} alone. */
        private boolean namedInFull(OutletRegistry.Entry e, int moreThan) {
            Integer words = fullest.get(e.outlet().id());
            return words != null && words > moreThan;
        }

        /**
         * Another outlet named with evidence right beside it: "NBC-Wall Street Journal poll", "NBC, CBS and ABC". Only
         * the names within six characters can be beside it; the hits are sorted, so those are its neighbours.
         */
        boolean besideAnotherOutlet(NameMatcher.Hit h) {
            String text = doc.text();
            int at = indexOf(h);
            for (int i = at - 1; i >= 0 && hits.get(i).end() >= h.start() - 6; i--) {
                if (beside(text, hits.get(i), hits.get(i).end(), h.start())) return true;
            }
            for (int i = at + 1; i < hits.size() && hits.get(i).start() <= h.end() + 6; i++) {
                if (beside(text, hits.get(i), h.end(), hits.get(i).start())) return true;
            }
            return false;
        }

        private boolean beside(String text, NameMatcher.Hit o, int gapStart, int gapEnd) {
            if (!o.evidence() || o.name().candidates().isEmpty() || gapStart > gapEnd) return false;
            return gapEnd - gapStart <= 6 && text.substring(gapStart, gapEnd).matches("\\s*(?:[-/&,]|,?\\s*and)\\s*");
        }

        /** The index of {@code h} in the hits. */
        private int indexOf(NameMatcher.Hit h) {
            int i = startingAt(hits, h.start());
            if (i < 0 || hits.get(i) != h) throw new IllegalArgumentException("not a hit of this article: " + h);
            return i;
        }

        /**
         * How much the article is about a country: mentions of it or of places inside it ("Queensland", "Toronto";
         * capped) plus 3 for each other outlet cited from it.
         */
        int countryWeight(String registryCountry) {
            if (countryMentions == null) {
                countryMentions = new HashMap<>();
                String text = doc.text();
                PhraseScanner.Scan m = lex.countryEvidenceScanner.scan(text, chars, doc.tokens()).region(0, text.length());
                while (m.find()) countryMentions.merge(lex.countryOf(m.group()), 1, Integer::sum);
            }
            int v = 0;
            for (Map.Entry<String, Integer> c : countryMentions.entrySet()) {
                if (Countries.matches(registryCountry, c.getKey())) v += Math.min(10, c.getValue());
            }
            return v + 3 * citedFrom.getOrDefault(registryCountry, 0);
        }
    }

    private List<Span> creditSpans(TextDocument doc, char[] cs) {
        String text = doc.text();
        org.sourcelight.text.Tokens t = doc.tokens();
        List<Span> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.FOOTER || b.kind() == BlockKind.BREADCRUMB) continue;
            // the block's first "(" and whether it holds a ":", read from the shared tokens: each of those characters
            // is a symbol token of its own, so its tokens are where the characters are
            int paren = -1;
            boolean hasColon = false;
            for (int i = t.firstStartingAt(b.start()), n = t.size(); i < n && t.start(i) < b.end() && (paren < 0 || !hasColon); i++) {
                if (!t.isSymbol(i)) continue;
                char c = t.first(i);
                if (c == '(' && paren < 0) paren = t.start(i);
                else if (c == ':') hasColon = true;
            }
            boolean hasParen = paren >= 0;
            if (!hasParen && !hasColon) continue;
            for (OutletLexicons.Credit c : lex.credits) {
                if (c.atParen()) {
                    // tried only at each "(": "(Photo by AFP)", "(AFP/Getty Images)"
                    for (int p = paren; hasParen && p >= 0; p = indexIn(cs, '(', p + 1, b.end())) {
                        Matcher m = c.pattern().matcher(text).region(p, b.end());
                        if (m.lookingAt()) out.add(new Span(m.start("who"), m.end("who")));
                    }
                } else if (hasColon) {
                    Matcher m = c.pattern().matcher(text).region(b.start(), b.end());
                    while (m.find()) out.add(new Span(m.start("who"), m.end("who")));
                }
            }
        }
        return out;
    }

    /** The first {@code c} in {@code text[from, to)}, or -1 (a search that stops at the block's end). */
    private static int indexIn(char[] text, char c, int from, int to) {
        for (int i = from; i < to; i++) if (text[i] == c) return i;
        return -1;
    }

    /** Spans sorted by start with the furthest end so far: whether one contains a range, in logarithmic time. */
    private static final class Spans {
        private final int[] starts;
        private final int[] maxEnds;

        Spans(List<Span> spans) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingInt(Span::start));
            starts = new int[sorted.size()];
            maxEnds = new int[sorted.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                max = Math.max(max, sorted.get(i).end());
                maxEnds[i] = max;
            }
        }

        /** True when a span starts at or before {@code start} and ends at or after {@code end}. */
        boolean contains(int start, int end) {
            int lo = 0, hi = starts.length; // first span starting after start
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= start) lo = mid + 1;
                else hi = mid;
            }
            return lo > 0 && maxEnds[lo - 1] >= end;
        }
    }

    /** Descriptive references resolved by country and kind, unless a name right next to them already says who ({@code chars}: the text's characters, not modified). */
    List<CitedOutlet> descriptions(TextDocument doc, List<CitedOutlet> named, char[] chars) {
        String text = doc.text();
        List<CitedOutlet> out = new ArrayList<>();
        PhraseScanner.Scan kinds = lex.kinds.scan(text, chars, doc.tokens());
        for (Block b : doc.blocks()) {
            if (!b.kind().isBody() && b.kind() != BlockKind.CAPTION && b.kind() != BlockKind.TITLE) continue;
            PhraseScanner.Scan k = kinds.region(b.start(), b.end());
            while (k.find()) {
                String kw = k.group();
                // "The Moscow Times", "Tehran Times": a capitalised kind word is part of a name, not a description
                if (Character.isUpperCase(kw.charAt(0)) && !kw.equals(kw.toUpperCase(java.util.Locale.ROOT))) continue;
                Matcher m = description.matcher(text).region(Math.max(b.start(), k.start() - 60), k.start());
                if (!m.find()) continue;
                if (!Character.isUpperCase(text.charAt(m.start()))) continue;
                if (nearName(named, m.start(), k.end(), text) || namesAnotherAfter(text, k.end())) continue;
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
        String[] w = Lexicon.split(words);
        for (int i = 0; i < w.length; i++) {
            String c = lex.country(String.join(" ", Arrays.copyOfRange(w, i, w.length)));
            if (c != null) return c;
        }
        return null;
    }

    /** "French television channel BFM TV": the description introduces a name of its own (in the registry or not). */
    private boolean namesAnotherAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i == end || i >= text.length()) return false;
        Matcher k = KIND_OR_STATION.matcher(text).region(i, Math.min(text.length(), i + 30));
        if (k.lookingAt() || lex.kinds.pattern().matcher(text).region(i, Math.min(text.length(), i + 30)).lookingAt()) {
            k = k.lookingAt() ? k : lex.kinds.pattern().matcher(text).region(i, Math.min(text.length(), i + 30));
            k.lookingAt();
            i = k.end();
            int j = i;
            while (i < text.length() && text.charAt(i) == ' ') i++;
            if (i == j || i >= text.length()) return false;
        }
        return Character.isUpperCase(text.charAt(i));
    }

    private static final Pattern KIND_OR_STATION = Pattern.compile("station\\b");

    private static final Pattern APPOSITION = Pattern.compile("[\\s,]*(?:(?:the|an?)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}");

    /**
     * True when a named outlet overlaps {@code [start, end)}, ends up to 40 characters before it with an apposition
     * between, or starts up to 3 characters after it. {@code named} is sorted by start without overlaps (so also by
     * end): only the names from the first one ending at or after {@code start - 40} can be near.
     */
    private static boolean nearName(List<CitedOutlet> named, int start, int end, String text) {
        int lo = 0, hi = named.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).end() < start - 40) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < named.size() && named.get(i).start() <= end + 3; i++) {
            CitedOutlet c = named.get(i);
            if (c.start() < end && start < c.end()) return true;
            // "Xinhua, the official Chinese news agency": the description is the name's apposition
            if (c.end() <= start && start - c.end() <= 40 && APPOSITION.matcher(text.substring(c.end(), start)).matches()) return true;
            if (c.start() >= end && c.start() - end <= 3 && text.substring(end, c.start()).matches("[\\s,(]*")) return true;
        }
        return false;
    }

    /** {@link #byCountryAndKind} by its arguments: a registry scan per description made a text of many descriptions slow. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<Outlet>> byCountryAndKind =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Outlet byCountryAndKind(String country, String kind, boolean stateWords) {
        if (country == null || kind.isEmpty()) return null;
        return byCountryAndKind.computeIfAbsent(country + '\u0000' + kind + '\u0000' + stateWords,
                k -> java.util.Optional.ofNullable(scanByCountryAndKind(country, kind, stateWords))).orElse(null);
    }

    private Outlet scanByCountryAndKind(String country, String kind, boolean stateWords) {
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

    /** True when a cue phrase itself names a kind of outlet ("state media", "state broadcaster", "mouthpiece"). */
    private boolean namesOutlet(String phrase) {
        String p = phrase.toLowerCase(java.util.Locale.ROOT);
        return lex.kinds.pattern().matcher(p).find() || p.contains("media") || p.contains("mouthpiece");
    }

    /**
     * An outlet next to a describing cue in its block: a kind word or a cited outlet's name starting within 40
     * characters after it ("state-run Press TV", "the state-owned national broadcaster"), or a cited outlet ending
     * within 30 characters before it ("Xinhua, which is state-run").
     */
    private boolean outletNextTo(String text, int start, int end, List<CitedOutlet> cited, Block b) {
        int to = Math.min(b.end(), end + 40), from = Math.max(b.start(), start - 30);
        if (lex.kinds.pattern().matcher(text).region(end, to).find()) return true;
        int lo = 0, hi = cited.size(); // cited is sorted by start: the first one starting at or after the cue's end
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cited.get(mid).start() < end) lo = mid + 1;
            else hi = mid;
        }
        if (lo < cited.size() && cited.get(lo).start() < to) return true;
        // the ones starting before the cue: those ending next to it start at most 30 characters plus a name before it
        for (int i = lo - 1; i >= 0 && i >= lo - 3; i--) {
            CitedOutlet c = cited.get(i);
            if (c.end() <= start && c.end() >= from) return true;
        }
        return false;
    }

    /** State cues from {@code state-cues.txt}, and "official" right before a cited outlet's name ({@code chars}: the text's characters, not modified). */
    List<StateCue> cues(TextDocument doc, List<CitedOutlet> cited, char[] chars) {
        String text = doc.text();
        List<StateCue> out = new ArrayList<>();
        PhraseScanner.Scan scan = lex.cueScanner.scan(text, chars, doc.tokens());
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.FOOTER || b.kind() == BlockKind.BREADCRUMB) continue;
            PhraseScanner.Scan m = scan.region(b.start(), b.end());
            while (m.find()) {
                OutletLexicons.Cue c = lex.cue(m.group());
                if (c == null) continue;
                // "state-owned Codelco", "pro-government militias": a word that only describes says something of an
                // outlet only when one is named or described next to it ("the state-run SANA news agency")
                if (!namesOutlet(c.phrase()) && !outletNextTo(text, m.start(), m.end(), cited, b)) continue;
                out.add(new StateCue(m.start(), m.end(), m.group(), c.explanation()));
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
