package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds every registry name and alias in a text in one pass: an Aho–Corasick automaton over normalized word tokens
 * (letters and digits; everything else separates words, so a name never matches inside a word). Case rules:
 * <ul>
 *   <li>an all-capitals alias ("AP", "SANA") matches only the same capitals as a whole word; the same letters in
 *       another case ("Sana") count only when the text shows an outlet is meant ("Sana news agency");</li>
 *   <li>a capitalised name matches only where the text capitalises its first word too ("the star" is not "Star");</li>
 *   <li>names that are also ordinary words or names ({@code outlet-ambiguous-names.txt}) and one-word names (or
 *       acronyms, or "The" + one word) known only from the State Media Monitor data need such context as well:
 *       "RSS" is a Nepali news agency but usually a feed format, "The Star" a Kenyan daily but usually a star.</li>
 * </ul>
 * Overlapping matches keep the leftmost, then the longest. Immutable and thread-safe.
 */
final class NameMatcher {
    /** One written form of a name: who it may stand for (empty for a photo agency not in the registry). */
    record Name(String surface, int words, List<OutletRegistry.Entry> candidates, boolean canonical,
                boolean exactCase, boolean needsContext) {}

    /** An accepted match: {@code [start, end)} in the text. */
    record Hit(int start, int end, Name name) {}

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<Long, Integer> next = new HashMap<>();
    private final List<List<Name>> variants = new ArrayList<>(); // per word sequence, its written forms
    private final int[] fail;
    private final int[] output;     // word-sequence index ending at the state, or -1
    private final int[] outputLink; // nearest state on the fail chain with an output, or -1
    private final Pattern contextAfter;
    private final Pattern contextBefore;
    private final Pattern kindAfter;

    private NameMatcher(Map<String, List<Name>> bySequence, OutletLexicons lex) {
        List<int[]> edges = new ArrayList<>();
        List<Integer> outputs = new ArrayList<>();
        outputs.add(-1);
        int states = 1;
        for (Map.Entry<String, List<Name>> e : bySequence.entrySet()) {
            int s = 0;
            for (String w : e.getKey().split(" ")) {
                int id = vocabulary.computeIfAbsent(w, k -> vocabulary.size());
                Integer t = next.get(key(s, id));
                if (t == null) {
                    t = states++;
                    next.put(key(s, id), t);
                    outputs.add(-1);
                    edges.add(new int[] {s, id, t});
                }
                s = t;
            }
            outputs.set(s, variants.size());
            variants.add(List.copyOf(e.getValue()));
        }
        fail = new int[states];
        output = new int[states];
        outputLink = new int[states];
        for (int i = 0; i < states; i++) output[i] = outputs.get(i);
        outputLink[0] = -1;
        int[] depth = new int[states];
        for (int[] e : edges) depth[e[2]] = depth[e[0]] + 1; // parents are always created before children
        edges.sort(Comparator.comparingInt(e -> depth[e[2]]));
        for (int[] e : edges) {
            int parent = e[0], id = e[1], child = e[2];
            int f = 0;
            if (parent != 0) {
                f = fail[parent];
                while (true) {
                    Integer t = next.get(key(f, id));
                    if (t != null) { f = t; break; }
                    if (f == 0) break;
                    f = fail[f];
                }
            }
            fail[child] = f;
            outputLink[child] = output[f] >= 0 ? f : outputLink[f];
        }
        String kindWords = lex.kinds.pattern().pattern();
        contextAfter = Pattern.compile("^[\\s,]{0,2}(?:" + kindWords + "|" + words(lex.relay("context-after")) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        contextBefore = Pattern.compile("(?:" + kindWords + "|" + words(lex.relay("context-before")) + ")\\s+(?:the\\s+)?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        kindAfter = Pattern.compile("^\\s(?:" + kindWords + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String words(List<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) out.add("\\b" + Pattern.quote(p).replace(" ", "\\E\\s+\\Q") + "\\b");
        return String.join("|", out);
    }

    private static long key(int state, int token) { return ((long) state << 32) | (token & 0xffffffffL); }

    static NameMatcher build(OutletRegistry registry, OutletLexicons lex) {
        Map<String, Name> forms = new LinkedHashMap<>(); // "words\0surface" -> name
        for (OutletRegistry.Entry e : registry.entries()) {
            List<String> all = new ArrayList<>();
            all.add(e.outlet().name());
            all.addAll(e.outlet().aliases());
            for (int i = 0; i < all.size(); i++) {
                String surface = all.get(i).strip();
                String seq = sequence(surface);
                if (seq.replace(" ", "").length() < 2) continue;
                String k = seq + "\u0000" + surface;
                Name old = forms.get(k);
                List<OutletRegistry.Entry> cands = new ArrayList<>(old == null ? List.of() : old.candidates());
                if (cands.stream().noneMatch(x -> x.outlet().id().equals(e.outlet().id()))) cands.add(e);
                forms.put(k, name(surface, seq, cands, i == 0 || (old != null && old.canonical()), lex));
            }
        }
        for (String agency : lex.photoAgencies) {
            String seq = sequence(agency);
            forms.putIfAbsent(seq + "\u0000" + agency, name(agency, seq, List.of(), true, lex));
        }
        Map<String, List<Name>> bySequence = new LinkedHashMap<>();
        for (Map.Entry<String, Name> f : forms.entrySet()) {
            String seq = f.getKey().substring(0, f.getKey().indexOf('\u0000'));
            bySequence.computeIfAbsent(seq, k -> new ArrayList<>()).add(f.getValue());
        }
        return new NameMatcher(bySequence, lex);
    }

    private static Name name(String surface, String seq, List<OutletRegistry.Entry> cands, boolean canonical,
                             OutletLexicons lex) {
        boolean exact = isAcronym(surface);
        int words = seq.split(" ").length;
        int significant = seq.startsWith("the ") ? words - 1 : words; // "The Star" is one word for this purpose
        boolean ambiguous = lex.ambiguous.contains(surface.toLowerCase(Locale.ROOT))
                || (significant == 1 && !cands.isEmpty() && cands.stream().noneMatch(OutletRegistry.Entry::curated));
        return new Name(surface, words, List.copyOf(cands), canonical, exact, ambiguous);
    }

    /** No lower-case letter and at most eight letters: "AP", "SANA", "RFE/RL", "K24". */
    static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters > 0 && letters <= 8;
    }

    /** The normalized word sequence of a name: lower-case, accents removed, words joined by single spaces. */
    static String sequence(String s) {
        StringBuilder b = new StringBuilder();
        NameWords t = NameWords.of(s);
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) b.append(' ');
            b.append(t.norm(i));
        }
        return b.toString();
    }

    /** All accepted name matches in {@code text[from, to)}, leftmost-longest, non-overlapping. */
    List<Hit> find(String text, int from, int to) {
        return find(org.sourcelight.text.Tokens.of(text, from, to), from, to);
    }

    /** All accepted name matches in {@code [from, to)} of already tokenized text (a document's shared tokens). */
    List<Hit> find(org.sourcelight.text.Tokens tokens, int from, int to) {
        String text = tokens.text();
        NameWords t = NameWords.of(tokens, from, to);
        List<Hit> raw = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < t.size(); i++) {
            Integer id = vocabulary.get(t.norm(i));
            if (id == null) {
                s = 0;
                continue;
            }
            while (true) {
                Integer n = next.get(key(s, id));
                if (n != null) { s = n; break; }
                if (s == 0) break;
                s = fail[s];
            }
            for (int o = output[s] >= 0 ? s : outputLink[s]; o >= 0; o = outputLink[o]) {
                List<Name> forms = variants.get(output[o]);
                int first = i - forms.get(0).words() + 1;
                Name accepted = accept(text, t, first, i, forms);
                if (accepted != null) raw.add(new Hit(t.start(first), t.end(i), accepted));
            }
        }
        raw.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> out = new ArrayList<>();
        int last = -1;
        for (Hit h : raw) {
            if (h.start() < last) continue;
            out.add(h);
            last = h.end();
        }
        return out;
    }

    private Name accept(String text, NameWords t, int first, int lastToken, List<Name> forms) {
        int start = t.start(first), end = t.end(lastToken);
        Name caseVariant = null;
        for (Name n : forms) {
            boolean sameCase = sameWords(text, t, first, lastToken, n.surface(), true);
            if (n.exactCase() && !sameCase) {
                // "Sana" for SANA: only capitalised and followed by a kind word ("Sana news agency")
                if (Character.isUpperCase(text.charAt(start)) && caseVariant == null) caseVariant = n;
                continue;
            }
            if (!n.exactCase() && Character.isUpperCase(n.surface().charAt(0)) && !Character.isUpperCase(text.charAt(start))
                    && !Character.isDigit(text.charAt(start))) continue;
            if (n.needsContext() && !hasContext(text, start, end)) continue;
            return n;
        }
        if (caseVariant != null && hasKindAfter(text, end)) return caseVariant;
        return null;
    }

    private static boolean sameWords(String text, NameWords t, int first, int last, String surface, boolean caseSensitive) {
        NameWords s = NameWords.of(surface);
        if (s.size() != last - first + 1) return false;
        for (int i = 0; i < s.size(); i++) {
            int len = s.end(i) - s.start(i);
            if (t.end(first + i) - t.start(first + i) != len) return false;
            if (!text.regionMatches(!caseSensitive, t.start(first + i), surface, s.start(i), len)) return false;
        }
        return true;
    }

    /** True when words next to {@code [start, end)} show an outlet is meant ("… news agency", "according to …"). */
    boolean hasContext(String text, int start, int end) {
        if (contextAfter.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt()) return true;
        return contextBefore.matcher(text).region(Math.max(0, start - 40), start).find();
    }

    /** True when a kind word follows {@code end} ("… news agency"): the name is described, not self-referenced. */
    boolean hasKindAfter(String text, int end) {
        return kindAfter.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt();
    }

    int nameCount() {
        int n = 0;
        for (List<Name> v : variants) n += v.size();
        return n;
    }
}
