package org.sourcelight.analysis.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.DuplicateKind;

/**
 * The matching itself, over a set of tokenized documents:
 * <ol>
 *   <li><b>Seeds.</b> Each unit (sentence, footer line) is keyed by the pairs of neighbouring content words it
 *       contains. A seed whose posting list is full ({@link #POSTING_CAP} units) is a phrase common in the set
 *       ("Donald Trump", "the White House") and is skipped, unless the unit has too few rarer seeds (a template line
 *       repeated everywhere). Units sharing at least two seeds, and at least a quarter of the smaller unit's seeds,
 *       become candidates (at most {@link #CANDIDATES_PER_UNIT} per unit), so the work per unit is bounded and the
 *       whole search grows linearly with the text.</li>
 *   <li><b>Alignment.</b> Each candidate pair of units is compared word by word ({@link Alignment}); it becomes a
 *       link when the shared runs cover at least {@link #MIN_LINK_SIMILARITY} of the two units.</li>
 *   <li><b>Passages.</b> Links that follow each other in both texts (one unit may be skipped on either side) are
 *       joined into one passage, from the first unit's start to the last unit's end. A passage is kept when its
 *       shared words number at least {@link #MIN_WORDS}; a passage that is not word for word must also pass the
 *       calibrated near-copy thresholds (12 shared words covering 60 % of both passages, or — between two
 *       articles of one outlet (or two of unknown outlet), which recycles its own background lines — 9 in two runs
 *       covering 35 %, 5 of them plain content words), so two sentences sharing a phrase or a name ("did not
 *       respond to a request for comment", "former Florida governor Jeb Bush") are not reported.</li>
 *   <li><b>Kinds.</b> Template text (boilerplate): both passages in site footers, or the passage stands in
 *       {@link #BOILERPLATE_COPIES} or more other articles of the same outlet ({@link #LIBRARY_COPIES} or more of the
 *       library when the outlet is unknown), whatever its words — variants sharing a phrase count too, and are
 *       then reported, collapsed, as template — or it is a short sign-off ending two articles of one outlet
 *       ({@link #TAIL_UNITS}), or a short line that is all two articles of one outlet share, word for word
 *       ({@link #STANDARD_LINE_UNITS}), or a short line whose only differences are numbers and capitalised words
 *       (a standard sentence with its slots filled anew: "MONDAY'S 'OUTLIERS' -", "… from August 2015"). Same quote: across articles, the shared words are
 *       quotation in both (at least {@link #QUOTED_SHARE} of them) and little else is shared. Exact when both
 *       passages hold the same words in the same order; near otherwise. A photo caption repeating a sentence of
 *       its own article is not reported.</li>
 * </ol>
 * Only pairs involving the first {@code focus} documents are looked at. Stateless.
 */
final class PassageMatcher {
    static final int MIN_WORDS = 8;
    /** Floor of a passage's similarity before the near thresholds (joins of weaker links are never reported). */
    static final double MIN_SIMILARITY = 0.3;
    static final double MIN_LINK_SIMILARITY = 0.3;
    static final int MIN_SHARED_SEEDS = 2;
    /** A candidate unit shares at least this part of the smaller unit's seeds (a sentence pair of 12 seeds: 3). */
    static final double MIN_SEED_OVERLAP = 0.25;
    static final int POSTING_CAP = 48;
    static final int CANDIDATES_PER_UNIT = 12;
    /**
     * Candidates of a unit made only of common seeds (a template line, a text repeating itself): enough to see that
     * it recurs ({@link #LIBRARY_COPIES} + 1), so a text that is one line repeated costs little per unit.
     */
    static final int COMMON_CANDIDATES = 8;
    /** Other articles of the same outlet carrying a passage that make it the outlet's template (3 articles in all). */
    static final int BOILERPLATE_COPIES = 2;
    /** The same when the outlet is unknown, over the whole library (4 articles in all: wire copies are rarer). */
    static final int LIBRARY_COPIES = 3;
    /**
     * A short passage (at most this many units) among the last this many units of two articles of one outlet is a
     * sign-off the outlet appends (an author's bio line, a newsletter or show plug), even in only two articles.
     */
    static final int TAIL_UNITS = 3;
    /**
     * A line of at most this many units that two articles of one outlet share word for word, and nothing else, is a
     * standard line of the outlet (a notice, a widget, a plug), not a recycled passage (a quotation excepted).
     */
    static final int STANDARD_LINE_UNITS = 2;
    /** Part of the shared words that lie inside quotation marks on both sides for a "same quote". */
    static final double QUOTED_SHARE = 0.6;
    /** At most this many shared words outside quotation marks in a "same quote" (the attribution, "he said"). */
    static final int MAX_UNQUOTED_SHARED = 7;
    /** A near passage never reports 100 %: that figure means word for word. */
    static final double MAX_NEAR_SIMILARITY = 0.99;
    /**
     * Near-copy thresholds, calibrated on the judged findings of PolNeAR train + dev (docs/evaluation.md,
     * duplicates): a near copy shares at least {@code nearShared} words (12 by default) in runs of three or more,
     * covering at least {@code nearMin} of the two passages (0.6 by default). Below that, judged pairs were
     * sentences sharing a name, a title or a stock phrase.
     */
    static final double NEAR_MIN_SIMILARITY = 0.65;
    static final int NEAR_MIN_SHARED = 12;
    /** Least similarity of a shared quotation ("same quote"): outlets quote in part, so below the near threshold. */
    static final double QUOTE_MIN_SIMILARITY = 0.6;
    /**
     * Between two articles of the same outlet, a sentence the outlet recycles and rewords (its stock background
     * line): {@link #OUTLET_SHARED} shared words in two runs or more, covering {@link #OUTLET_SIMILARITY}, of which
     * {@link #OUTLET_PLAIN} are plain content words (not capitalised): names and titles ("former secretary of State
     * Hillary Clinton") are how news refers to people, not a sign of copying.
     */
    static final int OUTLET_SHARED = 9;
    static final int OUTLET_PLAIN = 5;
    static final int OUTLET_RUNS = 2;
    static final double OUTLET_SIMILARITY = 0.35;
    /**
     * A weak pair (below the near thresholds) sharing fewer plain content words than this shares names, titles and
     * function words ("former Secretary of State Hillary Clinton and former Maryland Gov. Martin O'Malley"): it is
     * not reported even where the phrase recurs, as it is nobody's template.
     */
    static final int NAMES_PLAIN = 3;

    /**
     * A passage standing in this many other places of one outlet's articles (of the library when the outlet is
     * unknown), at least one of them a second place in one article, is filler (placeholder text filling pages), not
     * a copy: repeats inside articles count as places, where {@link #BOILERPLATE_COPIES} counts articles.
     */
    static final int FILLER_PLACES = 3;
    /**
     * A short line (at most {@link #STANDARD_LINE_UNITS} units) standing in this many other places of its own
     * article is a running header or footer (the page headers of a document printed in pages), not a repeat.
     */
    static final int RUNNING_LINE_PLACES = 4;
    /** Part of a running line's words that may be numbers (a page number, a year); more is a table row or code. */
    static final double RUNNING_LINE_NUMBERS = 0.3;
    /** Part of the words of a passage that start with a capital letter for it to read as a list of headlines. */
    static final double HEADLINE_CAPITALS = 0.8;
    /** Least words with letters for the headline test (a short name is not a list of headlines). */
    static final int HEADLINE_MIN_WORDS = 3;
    /**
     * Running English text is a third or more function words ("the", "of", "and"); a passage of at least
     * {@link #NOT_PROSE_WORDS} words with fewer than this part of them is not prose (placeholder "lorem ipsum" text,
     * code, a list of links), so sharing it is the page template's doing, not a copy.
     */
    static final double PROSE_FUNCTION_SHARE = 0.1;
    static final int NOT_PROSE_WORDS = 20;
    /** Least letters of an outlet's key for the "names its own outlet" test ("cnn" is too short to find safely). */
    static final int MIN_OUTLET_KEY = 4;

    private final double nearMin;
    private final int nearShared;
    private final WordSet roleNouns;
    private final WordSet interfaceWords;

    PassageMatcher() { this(NEAR_MIN_SIMILARITY, NEAR_MIN_SHARED, WordSet.of(List.of()), WordSet.of(List.of())); }

    /**
     * @param roleNouns      hashes of titles and offices: like names, they do not count as plain words
     * @param interfaceWords hashes of a web page's control words ("click", "newsletter")
     */
    PassageMatcher(double nearMin, int nearShared, WordSet roleNouns, WordSet interfaceWords) {
        this.nearMin = nearMin;
        this.nearShared = nearShared;
        this.roleNouns = roleNouns;
        this.interfaceWords = interfaceWords;
    }

    /** Why a passage is the site's template, when a rule of its own pair says so (recurrence is judged later). */
    enum Template {
        NONE(""),
        FOOTERS("it stands in the site footer of both"),
        SLOTS("the site's standard sentence with new names or figures"),
        FIGURES("the site's running sentence with new figures"),
        HEADLINES("a list of headlines, like a \u201crelated stories\u201d box"),
        NOTICE("it speaks to the reader as a user of the site: a sign-up, a newsletter, an advert"),
        OWN_NAME("the site names itself: its website, its series, its service"),
        NOT_PROSE("not running text: placeholder text, code or a list"),
        /** Inside one article: a short line repeated with only its numbers changed (a page header), if it recurs. */
        RUNNING("it runs through the page with only its numbers changed, like a page header");

        final String why;

        Template(String why) { this.why = why; }
    }

    /** A tokenized document with its report name and outlet key. */
    record Doc(String id, String file, String group, PassageText text) {}

    private record Link(int a, int b, int shared) {}

    private static final class Run {
        final int firstA, firstB;
        int lastA, lastB, shared;
        final List<Link> links = new ArrayList<>(2);

        Run(Link l) {
            firstA = lastA = l.a;
            firstB = lastB = l.b;
            shared = l.shared;
            links.add(l);
        }
    }

    /** A reported passage before its kind is final: which doc holds the other copy, how alike they are. */
    private record Found(int other, int start, int end, boolean exact, Template rule, boolean quote, boolean weak,
                         boolean names, boolean tail, Match match) {}

    List<List<Match>> match(List<Doc> docs, int focus) {
        int n = docs.size();
        int[] base = new int[n + 1];
        for (int d = 0; d < n; d++) base[d + 1] = base[d] + docs.get(d).text().units();
        int total = base[n];
        int[] docOf = new int[total];
        long[][] seeds = new long[total][];
        int seedCount = 0;
        for (int d = 0; d < n; d++) {
            PassageText t = docs.get(d).text();
            for (int u = 0; u < t.units(); u++) {
                docOf[base[d] + u] = d;
                seeds[base[d] + u] = seeds(t, u);
                seedCount += seeds[base[d] + u].length;
            }
        }
        SeedIndex index = new SeedIndex(seedCount, POSTING_CAP);
        // each seed's slot, kept from its add (the index is made large enough for all of them, so it never grows
        // and the slots stay what find would answer): one hash look-up per seed instead of two
        int[] firstSeed = new int[total + 1];
        int[] seedSlots = new int[seedCount];
        for (int g = 0; g < total; g++) {
            int at = firstSeed[g];
            for (long s : seeds[g]) seedSlots[at++] = index.add(s, g);
            firstSeed[g + 1] = at;
        }
        index.freeze();
        boolean slotsKept = !index.grown();

        Map<Long, List<Link>> links = new HashMap<>();
        LongSet seen = new LongSet(Math.min(total, 1 << 20) * 4);
        int[] count = new int[total];
        int[] touched = new int[64];
        int[] slots = new int[64];
        for (int g = 0; g < base[Math.min(focus, n)]; g++) {
            int need = Math.min(MIN_SHARED_SEEDS, seeds[g].length);
            if (need == 0) continue;
            long[] own = seeds[g];
            if (slots.length < own.length) slots = new int[Math.max(own.length, slots.length * 2)];
            int rare = 0;
            for (int k = 0; k < own.length; k++) {
                slots[k] = slotsKept ? seedSlots[firstSeed[g] + k] : index.find(own[k]); // read twice below
                if (!index.fullAt(slots[k])) rare++;
            }
            boolean all = rare < need; // a line made only of common phrases: its recurrences are still looked up
            int walked = all ? own.length : rare;
            int t = 0;
            for (int k = 0; k < own.length; k++) {
                if (!all && index.fullAt(slots[k])) continue;
                for (int e = index.from(slots[k]), end = index.to(slots[k]); e < end; e++) {
                    int v = index.unit(e);
                    if (v == g) continue;
                    if (count[v]++ == 0) {
                        if (t == touched.length) touched = Arrays.copyOf(touched, t * 2);
                        touched[t++] = v;
                    }
                }
            }
            long[] ranked = new long[t];
            int r = 0;
            for (int i = 0; i < t; i++) {
                int v = touched[i];
                int c = count[v];
                count[v] = 0;
                if (c < need) continue; // the bound below is never under need: most touched units stop here
                double least = MIN_SEED_OVERLAP * Math.min(walked, seeds[v].length);
                int ceil = (int) least; // Math.ceil of a non-negative value in int range, without the library call
                if (ceil < least) ceil++;
                int enough = Math.max(need, ceil);
                if (c >= enough) ranked[r++] = ((long) (Integer.MAX_VALUE - c) << 32) | v;
            }
            Arrays.sort(ranked, 0, r);
            for (int i = 0; i < Math.min(r, all ? COMMON_CANDIDATES : CANDIDATES_PER_UNIT); i++) {
                int v = (int) ranked[i];
                int lo = Math.min(g, v), hi = Math.max(g, v);
                if (!seen.add((long) lo * total + hi)) continue;
                int da = docOf[lo], db = docOf[hi];
                PassageText ta = docs.get(da).text(), tb = docs.get(db).text();
                int ua = lo - base[da], ub = hi - base[db];
                int shared = Alignment.sharedWords(ta, ua, tb, ub);
                double sim = 2.0 * shared / (ta.words(ua) + tb.words(ub));
                if (shared >= Alignment.MIN_TILE && sim >= MIN_LINK_SIMILARITY) {
                    links.computeIfAbsent((long) da * n + db, k -> new ArrayList<>()).add(new Link(ua, ub, shared));
                }
            }
        }

        List<List<Found>> found = new ArrayList<>();
        for (int d = 0; d < n; d++) found.add(new ArrayList<>());
        List<Long> pairs = new ArrayList<>(links.keySet());
        pairs.sort(null);
        for (long key : pairs) {
            int da = (int) (key / n), db = (int) (key % n);
            for (Run run : runs(links.get(key), da == db)) passage(docs, da, db, run, focus, found);
        }

        List<List<Match>> out = new ArrayList<>();
        for (int d = 0; d < n; d++) out.add(d < focus ? classify(docs, d, found.get(d)) : List.of());
        return out;
    }

    /** Hashes of the pairs of neighbouring content words of a unit, without repeats. */
    static long[] seeds(PassageText t, int u) {
        long[] out = new long[t.words(u)];
        int k = 0;
        long prev = 0;
        boolean havePrev = false;
        for (int w = t.unitFirst[u]; w < t.unitLast[u]; w++) {
            if (!t.content[w]) continue;
            if (havePrev) out[k++] = WordHash.combine(WordHash.combine(WordHash.start(), prev), t.word[w]);
            prev = t.word[w];
            havePrev = true;
        }
        if (k == 0 && havePrev) out[k++] = WordHash.combine(WordHash.start(), prev);
        long[] s = Arrays.copyOf(out, k);
        Arrays.sort(s);
        int m = 0;
        for (int i = 0; i < k; i++) if (i == 0 || s[i] != s[i - 1]) s[m++] = s[i];
        return Arrays.copyOf(s, m);
    }

    /** Joins links that follow each other in both texts; within one text a passage never reaches its twin. */
    private static List<Run> runs(List<Link> links, boolean within) {
        links.sort(Comparator.comparingInt(Link::a).thenComparingInt(Link::b));
        Map<Long, Run> open = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        for (Link l : links) {
            Run run = null;
            search:
            for (int da = 1; da <= 2; da++) {
                for (int db = 1; db <= 2; db++) {
                    Run r = open.get(key(l.a - da, l.b - db));
                    if (r != null && (!within || l.a < r.firstB)) {
                        run = r;
                        break search;
                    }
                }
            }
            if (run == null) {
                run = new Run(l);
                runs.add(run);
            } else {
                open.remove(key(run.lastA, run.lastB));
                run.lastA = l.a;
                run.lastB = l.b;
                run.shared += l.shared;
                run.links.add(l);
            }
            open.put(key(run.lastA, run.lastB), run);
        }
        return runs;
    }

    /** A plain word: neither a number nor capitalised (a name, a title, a weekday or month). */
    private static boolean plain(PassageText t, int w) {
        char c = t.doc.text().charAt(t.wordStart[w]);
        return !Character.isUpperCase(c) && !Character.isDigit(c);
    }

    /**
     * A content word not capitalised (numbers included) that is not a title or office written in lower case
     * ("former secretary of state"): titles, like names, are how news refers to people, not a sign of copying.
     */
    private boolean plainContent(PassageText t, int w) {
        return t.content[w] && !Character.isUpperCase(t.doc.text().charAt(t.wordStart[w]))
                && !roleNouns.contains(t.word[w]);
    }

    /** False for a passage of {@link #NOT_PROSE_WORDS} or more words that has almost no function words. */
    private static boolean prose(PassageText t, int a, int b) {
        int words = t.words(a, b);
        if (words < NOT_PROSE_WORDS) return true;
        int function = 0;
        for (int w = t.unitFirst[a]; w < t.unitLast[b]; w++) if (!t.content[w]) function++;
        return function >= PROSE_FUNCTION_SHARE * words;
    }

    /** At most {@link #RUNNING_LINE_NUMBERS} of the words are numbers: a line of words, not a table row or code. */
    private static boolean mostlyWords(PassageText t, int a, int b) {
        int numbers = 0;
        for (int w = t.unitFirst[a]; w < t.unitLast[b]; w++) if (number(t, w)) numbers++;
        return numbers <= RUNNING_LINE_NUMBERS * t.words(a, b);
    }

    private static boolean number(PassageText t, int w) {
        return Character.isDigit(t.doc.text().charAt(t.wordStart[w]));
    }

    /** Words of units {@code a..b} that start with a letter, and of those, how many with a capital: {letters, capitals}. */
    private static int[] capitals(PassageText t, int a, int b) {
        int letters = 0, caps = 0;
        String text = t.doc.text();
        for (int w = t.unitFirst[a]; w < t.unitLast[b]; w++) {
            char c = text.charAt(t.wordStart[w]);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) caps++;
        }
        return new int[] {letters, caps};
    }

    private static boolean headlines(PassageText t, int a, int b) {
        int[] c = capitals(t, a, b);
        return c[0] >= HEADLINE_MIN_WORDS && c[1] >= HEADLINE_CAPITALS * c[0];
    }

    /**
     * The outlet key of a group, as letters and digits only: "usa-today" and "USA TODAY" give "usatoday", a host
     * "www.presstv.ir" gives "presstv". Null when too short to find safely.
     */
    static String outletKey(String group) {
        if (group == null) return null;
        String g = group.toLowerCase(java.util.Locale.ROOT).strip();
        if (g.startsWith("www.")) g = g.substring(4);
        if (g.startsWith("the ")) g = g.substring(4);
        if (g.indexOf(' ') < 0 && g.lastIndexOf('.') > 0) g = g.substring(0, g.lastIndexOf('.'));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < g.length(); i++) if (Character.isLetterOrDigit(g.charAt(i))) b.append(g.charAt(i));
        return b.length() >= MIN_OUTLET_KEY ? b.toString() : null;
    }

    /** True when the text of units {@code a..b}, letters and digits only, contains {@code key}. */
    private static boolean names(PassageText t, int a, int b, String key) {
        String text = t.doc.text();
        StringBuilder s = new StringBuilder();
        for (int i = t.unitStart[a], e = t.unitEnd[b]; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) s.append(Character.toLowerCase(c));
        }
        return s.indexOf(key) >= 0;
    }

    private static long key(int a, int b) { return ((long) a << 32) | (b & 0xffffffffL); }

    private void passage(List<Doc> docs, int da, int db, Run run, int focus, List<List<Found>> found) {
        Doc a = docs.get(da), b = docs.get(db);
        PassageText ta = a.text(), tb = b.text();
        int wordsA = ta.words(run.firstA, run.lastA), wordsB = tb.words(run.firstB, run.lastB);
        int shared = Math.min(run.shared, Math.min(wordsA, wordsB));
        double sim = 2.0 * shared / (wordsA + wordsB);
        if (shared < MIN_WORDS || sim < MIN_SIMILARITY) return;
        boolean within = da == db;
        if (within && (ta.allCaption(run.firstA, run.lastA) || tb.allCaption(run.firstB, run.lastB))) return;
        boolean shortLine = run.lastA - run.firstA < STANDARD_LINE_UNITS + 1 && run.lastB - run.firstB < STANDARD_LINE_UNITS + 1;
        boolean exact = ta.sameWords(run.firstA, run.lastA, tb, run.firstB, run.lastB);
        boolean footers = ta.allFooter(run.firstA, run.lastA) && tb.allFooter(run.firstB, run.lastB);
        // per unit of each side: 2 = word for word in the other, 1 = reworded there, 0 = not linked
        int[] stateA = new int[run.lastA - run.firstA + 1];
        int[] stateB = new int[run.lastB - run.firstB + 1];
        int quotedA = 0, quotedB = 0, sharedA = 0, sharedB = 0, runsA = 0, plainA = 0, plainB = 0, slotsBroken = 0;
        boolean newFigures = false, interfaceWord = false;
        for (Link l : run.links) {
            boolean same = ta.sameWords(l.a, l.a, tb, l.b, l.b);
            stateA[l.a - run.firstA] = Math.max(stateA[l.a - run.firstA], same ? 2 : 1);
            stateB[l.b - run.firstB] = Math.max(stateB[l.b - run.firstB], same ? 2 : 1);
            if (same) runsA++;
            if (within) continue; // quotation, plain words and slots only matter between two articles
            boolean[] markA = new boolean[ta.words(l.a)], markB = new boolean[tb.words(l.b)];
            Alignment.sharedWords(ta, l.a, tb, l.b, markA, markB);
            for (int i = 0; i < markA.length; i++) {
                if (!same && markA[i] && (i == 0 || !markA[i - 1])) runsA++;
                int w = ta.unitFirst[l.a] + i;
                if (!markA[i] && plain(ta, w)) slotsBroken++;
                if (!markA[i] && number(ta, w)) newFigures = true;
                if (!markA[i]) continue;
                sharedA++;
                if (ta.quoted[w]) quotedA++;
                if (plainContent(ta, w)) plainA++;
                if (interfaceWords.contains(ta.word[w])) interfaceWord = true;
            }
            for (int i = 0; i < markB.length; i++) {
                int w = tb.unitFirst[l.b] + i;
                if (!markB[i] && plain(tb, w)) slotsBroken++;
                if (!markB[i] && number(tb, w)) newFigures = true;
                if (!markB[i]) continue;
                sharedB++;
                if (tb.quoted[w]) quotedB++;
                if (plainContent(tb, w)) plainB++;
            }
        }
        boolean oneOutlet = !within && mayBeOneOutlet(a.group(), b.group());
        boolean quote = !within && sharedA > 0 && sharedB > 0
                && quotedA >= QUOTED_SHARE * sharedA && quotedB >= QUOTED_SHARE * sharedB
                && sharedA - quotedA <= MAX_UNQUOTED_SHARED && sharedB - quotedB <= MAX_UNQUOTED_SHARED;
        // a quotation both print keeps the looser floor: outlets cut and splice the speaker's words
        boolean copyNear = shared >= nearShared && sim >= (quote ? Math.min(nearMin, QUOTE_MIN_SIMILARITY) : nearMin);
        boolean outletNear = !copyNear && oneOutlet && shared >= OUTLET_SHARED && Math.max(plainA, plainB) >= OUTLET_PLAIN
                && runsA >= OUTLET_RUNS && sim >= OUTLET_SIMILARITY;
        boolean near = copyNear || outletNear;
        boolean weak = !exact && !footers && !near; // reported only if it turns out to be template text
        // what a weak pair shares is names, titles and function words: nothing to report even where it recurs
        boolean names = weak && !within && Math.max(plainA, plainB) < NAMES_PLAIN;
        for (int i = 0; i < stateA.length; i++) {
            if (stateA[i] != 0) continue;
            int u = run.firstA + i;
            slotsBroken += ta.words(u);
            for (int w = ta.unitFirst[u]; w < ta.unitLast[u] && !newFigures; w++) newFigures = number(ta, w);
        }
        for (int i = 0; i < stateB.length; i++) {
            if (stateB[i] != 0) continue;
            int u = run.firstB + i;
            slotsBroken += tb.words(u);
            for (int w = tb.unitFirst[u]; w < tb.unitLast[u] && !newFigures; w++) newFigures = number(tb, w);
        }
        // a standard sentence with its slots filled anew: only numbers and names differ
        boolean slots = !exact && !within && slotsBroken == 0 && stateA.length <= STANDARD_LINE_UNITS
                && stateB.length <= STANDARD_LINE_UNITS;
        Template rule = Template.NONE;
        if (footers) rule = Template.FOOTERS;
        else if (!prose(ta, run.firstA, run.lastA) && !prose(tb, run.firstB, run.lastB)) rule = Template.NOT_PROSE;
        else if (within && !exact && shortLine && ta.sameButNumbers(run.firstA, run.lastA, tb, run.firstB, run.lastB)
                && mostlyWords(ta, run.firstA, run.lastA)) {
            rule = Template.RUNNING;
        }
        else if (!within && oneOutlet && headlines(ta, run.firstA, run.lastA) && headlines(tb, run.firstB, run.lastB)) {
            rule = Template.HEADLINES; // a list of headlines two pages of one site share: a "related stories" box
        } else if (!within && oneOutlet && shortLine && interfaceWord) {
            rule = Template.NOTICE; // a short line speaking to the reader as a user of the site
        } else if (slots && !weak) {
            rule = Template.SLOTS;
        } else if (outletNear && shortLine && newFigures) {
            rule = Template.FIGURES; // the outlet's running sentence with new figures (a count, a poll share)
        } else if (!within && shortLine && !weak && sameGroup(a.group(), b.group())) {
            String key = outletKey(a.group());
            if (key != null && names(ta, run.firstA, run.lastA, key) && names(tb, run.firstB, run.lastB, key)) {
                rule = Template.OWN_NAME; // the outlet's line about itself (its website, its series, its app)
            }
        }
        boolean tail = sameGroup(a.group(), b.group()) && run.lastA - run.firstA < TAIL_UNITS
                && ta.units() > 2 * TAIL_UNITS && tb.units() > 2 * TAIL_UNITS
                && run.firstA >= ta.units() - TAIL_UNITS && run.firstB >= tb.units() - TAIL_UNITS;
        double similarity = exact ? 1.0 : Math.min(MAX_NEAR_SIMILARITY, sim);
        DuplicateKind kind = exact ? DuplicateKind.EXACT : DuplicateKind.NEAR;
        int sa = ta.unitStart[run.firstA], ea = ta.unitEnd[run.lastA];
        int sb = tb.unitStart[run.firstB], eb = tb.unitEnd[run.lastB];
        String textA = ta.doc.text(), textB = tb.doc.text();
        if (da < focus) {
            Duplicate dup = new Duplicate(sa, ea, kind, similarity, within ? null : b.id(), within ? "" : b.file(), sb, eb);
            found.get(da).add(new Found(db, sa, ea, exact, rule, quote, weak, names, tail,
                    counted(dup, textA, textB, shared, stateA, runsA, !within && sameGroup(a.group(), b.group()))));
        }
        if (db < focus) {
            Duplicate dup = new Duplicate(sb, eb, kind, similarity, within ? null : a.id(), within ? "" : a.file(), sa, ea);
            found.get(db).add(new Found(da, sb, eb, exact, rule, quote, weak, names, tail,
                    counted(dup, textB, textA, shared, stateB, runsA, !within && sameGroup(a.group(), b.group()))));
        }
    }

    private static Match counted(Duplicate d, String text, String otherText, int shared, int[] state, int runs, boolean sameOutlet) {
        int same = 0, reworded = 0;
        for (int s : state) {
            if (s == 2) same++;
            else if (s == 1) reworded++;
        }
        return new Match(d, text, otherText, shared, 0, state.length, same, reworded, runs, "", sameOutlet);
    }

    /**
     * Names template text and shared quotations, keeps one finding per stretch of text and other article (the one
     * sharing the most words) and orders the findings by position.
     */
    private static List<Match> classify(List<Doc> docs, int d, List<Found> found) {
        String group = docs.get(d).group();
        int needed = group == null ? LIBRARY_COPIES : BOILERPLATE_COPIES;
        List<Found> kept = dedupe(found);
        // non-weak findings per other article, for "the only passage this pair of articles shares"
        Map<Integer, Integer> strong = new HashMap<>();
        for (Found g : kept) if (!g.weak) strong.merge(g.other, 1, Integer::sum);
        // repeats inside the article, by start: only whether they reach PLACES_NEEDED matters, so counting stops there
        List<Found> inside = new ArrayList<>(), across = new ArrayList<>();
        int longest = 0;
        for (Found g : kept) {
            if (g.other == d) {
                inside.add(g);
                longest = Math.max(longest, g.end - g.start);
            } else {
                across.add(g);
            }
        }
        inside.sort(Comparator.comparingInt(Found::start));
        int[] insideStarts = new int[inside.size()];
        for (int i = 0; i < insideStarts.length; i++) insideStarts[i] = inside.get(i).start;
        List<Match> out = new ArrayList<>();
        for (Found f : kept) {
            Set<Integer> copies = new HashSet<>();
            int places = 0; // places of this outlet's articles (or of the library) where the passage stands
            // the only passage this pair of articles shares
            boolean alone = f.other == d || strong.getOrDefault(f.other, 0) - (f.weak ? 0 : 1) == 0;
            for (Found g : across) {
                if (!covers(g, f)) continue; // the other passage covers most of this one
                if (group != null && !sameGroup(group, docs.get(g.other).group())) continue;
                places++;
                copies.add(g.other);
            }
            // a repeat inside the article overlapping f starts after f.start - longest and before f.end
            int inPlaces = 0;
            for (int i = lowerBound(insideStarts, f.start - longest + 1); i < insideStarts.length
                    && insideStarts[i] < f.end && inPlaces < PLACES_NEEDED; i++) {
                if (covers(inside.get(i), f)) inPlaces++;
            }
            places += inPlaces;
            boolean filler = places >= FILLER_PLACES && places > copies.size(); // repeats inside articles too
            if (f.other == d) {
                // a repeat inside the article: a short line standing in many places is a running header
                boolean template = f.rule == Template.RUNNING && places >= RUNNING_LINE_PLACES;
                if (f.weak && !template) continue;
                out.add(template ? f.match.with(relabel(f.match.duplicate(), DuplicateKind.BOILERPLATE), copies.size(),
                        f.rule.why) : f.match);
                continue;
            }
            boolean standardLine = f.exact && !f.quote && alone && f.match.sentences() <= STANDARD_LINE_UNITS
                    && sameGroup(group, docs.get(f.other).group());
            boolean ruled = f.rule != Template.NONE && !(f.quote && (f.rule == Template.SLOTS || f.rule == Template.FIGURES));
            boolean template = ruled || copies.size() >= needed || filler || (f.tail && !f.weak) || standardLine;
            if (f.weak && (!template || (f.names && !ruled))) continue;
            Duplicate x = f.match.duplicate();
            DuplicateKind kind = template ? DuplicateKind.BOILERPLATE : f.quote ? DuplicateKind.SAME_QUOTE : x.kind();
            String why = !template ? ""
                    : copies.size() >= needed ? (group == null ? "it stands in " + copies.size() + " other articles of the library"
                            : "it stands in " + copies.size() + " other articles of the same site")
                    : ruled ? f.rule.why
                    : filler ? "it fills several places of the site's pages"
                    : standardLine ? "a short line, the only text these two articles of one site share"
                    : "a sign-off ending articles of the same site";
            out.add(f.match.with(relabel(x, kind), template ? copies.size() : 0, why));
        }
        out.sort(Comparator.comparingInt((Match m) -> m.duplicate().start()).thenComparingInt(m -> m.duplicate().end())
                .thenComparing(m -> m.duplicate().otherFile()).thenComparingInt(m -> m.duplicate().otherStart()));
        return out;
    }

    private static Duplicate relabel(Duplicate x, DuplicateKind kind) {
        if (kind == x.kind()) return x;
        return new Duplicate(x.start(), x.end(), kind, x.similarity(), x.otherArticle(), x.otherFile(), x.otherStart(), x.otherEnd());
    }

    /**
     * Repeats inside an article counted in {@link #classify}: the place rules ({@link #FILLER_PLACES},
     * {@link #RUNNING_LINE_PLACES}) only ask whether there are this many, so counting stops there and a text repeating
     * one line thousands of times costs little per finding.
     */
    static final int PLACES_NEEDED = Math.max(FILLER_PLACES, RUNNING_LINE_PLACES);

    /** True when passage {@code g} overlaps at least half of passage {@code f} in this article. */
    private static boolean covers(Found g, Found f) {
        int common = Math.min(f.end, g.end) - Math.max(f.start, g.start);
        return 2 * common >= f.end - f.start;
    }

    /** The first index whose value is at least {@code key} in the sorted array. */
    private static int lowerBound(int[] sorted, int key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Of findings with the same other article whose passages overlap on both sides, the one sharing most words.
     * The kept findings are filed in a grid of cells as wide as the longest passage, keyed by other article and the
     * cells of both starts, so a finding is compared only with the kept findings of the (at most nine) cells that
     * can overlap it, not with every kept finding: linear in the findings rather than quadratic.
     */
    private static List<Found> dedupe(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> -f.match.sharedWords()).thenComparingInt(Found::start)
                .thenComparingInt(f -> f.match.duplicate().otherStart()));
        int cell = 1;
        for (Found f : found) {
            Duplicate a = f.match.duplicate();
            cell = Math.max(cell, Math.max(a.end() - a.start(), a.otherEnd() - a.otherStart()));
        }
        List<Found> kept = new ArrayList<>();
        Map<List<Integer>, List<Found>> grid = new HashMap<>();
        for (Found f : sorted) {
            Duplicate a = f.match.duplicate();
            boolean covered = false;
            // a kept finding overlapping this one starts after start - cell and before end, on both sides
            int fromX = Math.floorDiv(a.start() - cell + 1, cell), toX = Math.floorDiv(a.end() - 1, cell);
            int fromY = Math.floorDiv(a.otherStart() - cell + 1, cell), toY = Math.floorDiv(a.otherEnd() - 1, cell);
            search:
            for (int x = fromX; x <= toX; x++) {
                for (int y = fromY; y <= toY; y++) {
                    for (Found k : grid.getOrDefault(List.of(f.other, x, y), List.of())) {
                        Duplicate b = k.match.duplicate();
                        if (a.start() < b.end() && b.start() < a.end() && a.otherStart() < b.otherEnd() && b.otherStart() < a.otherEnd()) {
                            covered = true;
                            break search;
                        }
                    }
                }
            }
            if (covered) continue;
            grid.computeIfAbsent(List.of(f.other, Math.floorDiv(a.start(), cell), Math.floorDiv(a.otherStart(), cell)),
                    k -> new ArrayList<>()).add(f);
            kept.add(f);
        }
        return kept;
    }

    /** The same outlet, or both unknown (they may be one outlet). */
    private static boolean mayBeOneOutlet(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean sameGroup(String a, String b) {
        return a != null && Objects.equals(a, b);
    }
}
