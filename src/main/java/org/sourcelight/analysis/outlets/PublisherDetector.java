package org.sourcelight.analysis.outlets;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.Outlet;
import org.sourcelight.text.TextDocument;

/**
 * Who published the article: the page address, the site name, and signatures in the text (site footers, site
 * addresses, copyright lines, wire datelines, bylines, self-references such as "told Rudaw English"). Each piece of
 * evidence has a weight ({@code outlet-signatures.txt}); different kinds of evidence for the same outlet add up
 * (1 − Π(1 − w)). The strongest piece is reported as the evidence.
 */
final class PublisherDetector {
    private record Clue(String key, Outlet outlet, String name, double weight, String evidence, int start, int end) {}

    private final OutletRegistry registry;
    private final OutletLexicons lex;
    /** The signatures' literals by the characters they can start with (see {@link #occurrences}). */
    private final Literals literals;

    PublisherDetector(OutletRegistry registry, OutletLexicons lex) {
        this.registry = registry;
        this.lex = lex;
        this.literals = Literals.of(lex.signatures);
    }

    /** @param chars the text's characters ({@code doc.text().toCharArray()}, not modified) */
    ArticleOutlet detect(TextDocument doc, char[] chars) {
        List<Clue> clues = new ArrayList<>();
        metadata(doc.meta(), clues);
        signatures(doc, chars, clues);
        dropLoneSelfReferences(clues);
        if (clues.isEmpty()) return null;
        datelineSupport(doc, clues);
        Map<String, Map<String, Clue>> byOutlet = new LinkedHashMap<>(); // outlet -> strongest clue per kind
        for (Clue c : clues) {
            Map<String, Clue> kinds = byOutlet.computeIfAbsent(id(c), k -> new LinkedHashMap<>());
            Clue old = kinds.get(c.key());
            if (old == null || c.weight() > old.weight()) kinds.put(c.key(), c);
        }
        ArticleOutlet best = null;
        for (Map<String, Clue> kinds : byOutlet.values()) {
            double missing = 1;
            Clue strongest = null;
            for (Clue c : kinds.values()) {
                missing *= 1 - c.weight();
                if (strongest == null || c.weight() > strongest.weight()) strongest = c;
            }
            if (strongest.key().equals("dateline-support")) continue; // support alone shows nothing
            double confidence = Math.min(0.99, Math.round((1 - missing) * 100) / 100.0);
            if (best == null || confidence > best.confidence()) {
                String name = strongest.outlet() != null ? strongest.outlet().name() : strongest.name();
                best = new ArticleOutlet(name, strongest.outlet(), strongest.evidence(), confidence, strongest.start(),
                        strongest.end());
            }
        }
        return best;
    }

    /**
     * "In an interview with National Public Radio" once in a Western Journal article does not make NPR the publisher:
     * a self-reference counts when the article makes it at least twice ("provided to Rudaw English" … again) or the
     * outlet has another clue of its own (address, footer, copyright, byline).
     */
    private static void dropLoneSelfReferences(List<Clue> clues) {
        Map<String, Integer> selfRefs = new LinkedHashMap<>();
        Map<String, Boolean> otherClue = new LinkedHashMap<>();
        for (Clue c : clues) {
            if (isSelfReference(c)) selfRefs.merge(id(c), 1, Integer::sum);
            else otherClue.put(id(c), true);
        }
        clues.removeIf(c -> isSelfReference(c) && selfRefs.get(id(c)) < 2 && !otherClue.containsKey(id(c)));
    }

    private static boolean isSelfReference(Clue c) { return c.key().startsWith("the article says someone spoke to"); }

    private static String id(Clue c) { return c.outlet() != null ? c.outlet().id() : "name:" + c.name().toLowerCase(); }

    /** Longer than this, a page's site name is a sentence or a slogan, not a name. */
    private static final int MAX_SITE_NAME = 60;

    private void metadata(ArticleMeta meta, List<Clue> clues) {
        if (meta.url() != null && !meta.url().isBlank()) {
            String host = host(meta.url());
            Outlet o = registry.byDomain(host);
            if (o != null) {
                clues.add(new Clue("url", o, o.name(), 0.95, "The article's web address is on " + host + ", a site of "
                        + o.name() + ".", 0, 0));
            }
        }
        if (meta.siteName() != null && !meta.siteName().isBlank()) {
            String s = meta.siteName().strip();
            boolean known = false;
            List<NameMatcher.Hit> hits = registry.matcher().find(s, 0, s.length());
            for (NameMatcher.Hit h : hits) {
                Outlet o = single(h);
                if (o != null) {
                    clues.add(new Clue("site-name", o, o.name(), 0.85, "The page names its site \"" + s + "\".", 0, 0));
                    known = true;
                    break;
                }
            }
            // a site the registry does not hold still names itself: the publisher is that name, with no facts about
            // it (never a guess at its model); a name the registry holds several times is left to the other clues
            if (!known && hits.isEmpty() && s.length() <= MAX_SITE_NAME && Character.isLetterOrDigit(s.charAt(0))) {
                clues.add(new Clue("site-name", null, s, 0.85, "The page names its site \"" + s + "\".", 0, 0));
            }
        }
    }

    static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h != null) return h;
        } catch (IllegalArgumentException e) {
            // not a URI: fall through to the plain reading below
        }
        String u = url.strip().replaceFirst("^[a-zA-Z]+://", "");
        int slash = u.indexOf('/');
        return slash < 0 ? u : u.substring(0, slash);
    }

    private void signatures(TextDocument doc, char[] chars, List<Clue> clues) {
        String text = doc.text();
        // lower-casing changes the length only for U+0130 (İ → i + combining dot): then offsets would not hold
        boolean sameLength = text.indexOf('\u0130') < 0;
        int[][] occurs = sameLength ? occurrences(chars, lex.signatures, literals) : null;
        for (int si = 0; si < lex.signatures.size(); si++) {
            OutletLexicons.Signature sig = lex.signatures.get(si);
            int[] at = occurs == null ? null : occurs[si]; // where the signature's literals occur, sorted
            for (Block b : doc.blocks()) {
                if (!applies(sig.where(), b, doc)) continue;
                if (at != null && !anyWithin(at, b.start(), b.end())) continue;
                Matcher m = sig.pattern().matcher(text).region(b.start(), b.end());
                m.useAnchoringBounds(true);
                while (m.find()) {
                    int gs = m.start("outlet"), ge = m.end("outlet");
                    String evidence = sig.description() + ": \"" + text.substring(m.start(), m.end()).strip() + "\"";
                    Clue c = clue(sig, text, gs, ge, evidence, m.start(), m.end());
                    if (c != null) clues.add(c);
                }
            }
        }
    }

    /**
     * The signatures' literals ({@code needs}) by the characters their occurrences can start with: every character
     * {@code starts[k]} that {@link #lower lower-cases} to a literal's first character, ascending, with the literals
     * ({@code literals[k]}) and their signatures' indexes ({@code signatures[k]}) in list order.
     */
    private record Literals(char[] starts, char[][][] literals, int[][] signatures, char[] groupOf, boolean[] asciiPairs) {
        static Literals of(List<OutletLexicons.Signature> sigs) {
            List<String> lits = new ArrayList<>();
            List<Integer> of = new ArrayList<>();
            for (int s = 0; s < sigs.size(); s++) {
                for (String l : sigs.get(s).needs()) {
                    lits.add(l);
                    of.add(s);
                }
            }
            StringBuilder starts = new StringBuilder();
            List<char[][]> ls = new ArrayList<>();
            List<int[]> ss = new ArrayList<>();
            if (!lits.isEmpty()) {
                char[] firsts = new char[lits.size()];
                boolean[] isFirst = new boolean[Character.MAX_VALUE + 1];
                for (int k = 0; k < firsts.length; k++) isFirst[firsts[k] = lits.get(k).charAt(0)] = true;
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    char lc = lower((char) c);
                    if (!isFirst[lc]) continue;
                    int m = 0;
                    for (char x : firsts) if (x == lc) m++;
                    if (m == 0) continue;
                    char[][] l = new char[m][];
                    int[] si = new int[m];
                    for (int k = 0, j = 0; k < firsts.length; k++) {
                        if (firsts[k] != lc) continue;
                        l[j] = lits.get(k).toCharArray();
                        si[j++] = of.get(k);
                    }
                    starts.append((char) c);
                    ls.add(l);
                    ss.add(si);
                }
            }
            char[] st = starts.toString().toCharArray();
            char[] groupOf = new char[Character.MAX_VALUE + 1]; // character -> k + 1, 0 when no literal starts with it (k < 65535: fewer starts than characters)
            for (int k = 0; k < st.length; k++) groupOf[st[k]] = (char) (k + 1);
            // asciiPairs[c << 7 | d]: two ASCII characters c, d where a literal can start (its first character is
            // lower(c), and it is that one character or its second is lower(d))
            boolean[] asciiPairs = new boolean[128 * 128];
            for (int k = 0; k < st.length; k++) {
                if (st[k] >= 128) continue;
                for (char[] l : ls.get(k)) {
                    for (char d = 0; d < 128; d++) if (l.length == 1 || l[1] == lower(d)) asciiPairs[st[k] << 7 | d] = true;
                }
            }
            return new Literals(st, ls.toArray(char[][][]::new), ss.toArray(int[][]::new), groupOf, asciiPairs);
        }
    }

    /**
     * Per signature with literals ({@code needs}), the start offsets of every occurrence of its literals (lower case)
     * in the text lower-cased, sorted (null for a signature without literals): where the lower-cased text
     * ({@link Character#toLowerCase}, as {@code String.toLowerCase(Locale.ROOT)} does for every character but U+0130,
     * excluded by the caller) has a literal. One pass over the text's characters: a character that lower-cases to
     * a literal's first character ({@code lits.groupOf}) is tried against the literals starting with it, without a
     * lower-cased copy of the text.
     */
    private static int[][] occurrences(char[] cs, List<OutletLexicons.Signature> sigs, Literals lits) {
        int[][] out = new int[sigs.size()][];
        int[] n = new int[sigs.size()];
        for (int s = 0; s < sigs.size(); s++) if (!sigs.get(s).needs().isEmpty()) out[s] = new int[16];
        if (lits.starts().length > 0) {
            char[] groupOf = lits.groupOf();
            char[][][] literals = lits.literals();
            int[][] signatures = lits.signatures();
            boolean[] asciiPairs = lits.asciiPairs();
            int last = cs.length - 1;
            for (int i = 0; i < cs.length; i++) {
                char c = cs[i];
                if (c < 128 && i < last && cs[i + 1] < 128 && !asciiPairs[c << 7 | cs[i + 1]]) continue; // most characters
                int k = groupOf[c] - 1;
                if (k < 0) continue;
                char[][] ls = literals[k];
                int[] of = signatures[k];
                char next = 0; // the next character lower-cased: most candidates fail on it
                if (i + 1 < cs.length) {
                    next = cs[i + 1];
                    if (next >= 128) next = Character.toLowerCase(next);
                    else if (next >= 'A' && next <= 'Z') next += 32;
                }
                for (int j = 0; j < ls.length; j++) {
                    char[] l = ls[j];
                    if (l.length > 1 && (l[1] != next || !startsWithLowered(cs, i, l))) continue;
                    int s = of[j];
                    if (n[s] == out[s].length) out[s] = java.util.Arrays.copyOf(out[s], n[s] * 2);
                    out[s][n[s]++] = i;
                }
            }
        }
        for (int s = 0; s < out.length; s++) {
            if (out[s] == null) continue;
            out[s] = java.util.Arrays.copyOf(out[s], n[s]);
            java.util.Arrays.sort(out[s]);
        }
        return out;
    }

    private static char lower(char c) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        return Character.toLowerCase(c);
    }

    private static boolean startsWithLowered(char[] text, int at, char[] literal) {
        if (at + literal.length > text.length) return false;
        for (int k = 1; k < literal.length; k++) if (lower(text[at + k]) != literal[k]) return false;
        return true;
    }

    /** True when a literal starts in {@code [from, to)}. */
    private static boolean anyWithin(int[] sorted, int from, int to) {
        int i = java.util.Arrays.binarySearch(sorted, from);
        if (i < 0) i = -i - 1;
        return i < sorted.length && sorted[i] < to;
    }

    private static boolean applies(String where, Block b, TextDocument doc) {
        return switch (where) {
            case "footer" -> b.kind() == BlockKind.FOOTER;
            case "dateline" -> b.kind() == BlockKind.DATELINE || (b.kind() == BlockKind.BODY && b == firstBody(doc));
            case "byline" -> b.kind() == BlockKind.BYLINE;
            case "head" -> (b.kind() == BlockKind.BYLINE || b.kind() == BlockKind.SUBHEADING) && inHead(doc, b);
            default -> true;
        };
    }

    /** Blocks of the head of an article looked at for a publication line: the first few, before the story starts. */
    private static final int HEAD_BLOCKS = 8;

    /** True when {@code b} is one of the first {@link #HEAD_BLOCKS} blocks and no story paragraph comes before it. */
    private static boolean inHead(TextDocument doc, Block b) {
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < Math.min(HEAD_BLOCKS, blocks.size()); i++) {
            Block x = blocks.get(i);
            if (x == b) return true;
            if (x.kind() == BlockKind.BODY) return false;
        }
        return false;
    }

    private static Block firstBody(TextDocument doc) {
        for (Block b : doc.blocks()) if (b.kind() == BlockKind.BODY) return b;
        return null;
    }

    private Clue clue(OutletLexicons.Signature sig, String text, int gs, int ge, String evidence, int ms, int me) {
        String group = text.substring(gs, ge).strip();
        String key = sig.description();
        if (!group.contains(" ") && group.contains(".")) {
            Outlet o = registry.byDomain(group.replaceFirst("^www\\.", ""));
            return o == null ? null : new Clue(key, o, o.name(), sig.weight(), evidence, ms, me);
        }
        boolean selfReference = sig.description().startsWith("the article says someone spoke to");
        List<NameMatcher.Hit> hits = registry.matcher().find(text, gs, ge);
        if (sig.where().equals("head")) {
            // a publication line under the headline ("Saskatoon StarPhoenix") is the outlet's name and nothing else,
            // and only an outlet the registry knows: a short line of other words is a kicker or a sub-heading
            if (hits.size() != 1 || hits.get(0).start() != gs || hits.get(0).end() != ge) return null;
            Outlet o = single(hits.get(0));
            return o == null ? null : new Clue(key, o, o.name(), sig.weight(), evidence, ms, me);
        }
        if (selfReference) {
            // "told Rudaw English": the name must open the phrase, capitalised, with no descriptor ("the … news agency")
            if (hits.isEmpty() || hits.get(0).start() != gs || !Character.isUpperCase(text.charAt(gs))) return null;
            if (registry.matcher().describedAfter(text, hits.get(0).end())) return null; // "told NPR correspondent …"
            Outlet o = single(hits.get(0));
            return o == null ? null : new Clue(key, o, o.name(), sig.weight(), evidence, ms, me);
        }
        for (int i = hits.size() - 1; i >= 0; i--) {
            Outlet o = single(hits.get(i));
            if (o != null) return new Clue(key, o, o.name(), sig.weight(), evidence, ms, me);
        }
        // a strong signature names the publisher even when it is not in the registry
        if (sig.weight() >= 0.8 && Character.isUpperCase(group.charAt(0)) && hits.isEmpty()) {
            return new Clue(key, null, group, sig.weight(), evidence, ms, me);
        }
        return null;
    }

    private static Outlet single(NameMatcher.Hit h) {
        return h.name().candidates().size() == 1 ? h.name().candidates().get(0).outlet() : null;
    }

    /** A dateline in the outlet's home country ("ERBIL, Kurdistan Region –" for Rudaw) supports the other clues. */
    private void datelineSupport(TextDocument doc, List<Clue> clues) {
        String text = doc.text();
        for (Block b : doc.blocks()) {
            if (b.kind() != BlockKind.DATELINE) continue;
            Matcher m = lex.countryPattern.matcher(text).region(b.start(), b.end());
            while (m.find()) {
                String country = lex.country(m.group());
                for (Clue c : List.copyOf(clues)) {
                    if (c.outlet() != null && Countries.matches(c.outlet().country(), country)) {
                        clues.add(new Clue("dateline-support", c.outlet(), c.outlet().name(), 0.3,
                                "Dateline in the outlet's home country: \"" + text.substring(b.start(), b.end()).strip() + "\"",
                                b.start(), b.end()));
                    }
                }
            }
            return;
        }
    }
}
