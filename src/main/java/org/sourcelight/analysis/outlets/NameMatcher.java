package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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
 *       "RSS" is a Nepali news agency but usually a feed format, "The Star" a Kenyan daily but usually a star. Such
 *       a word-like name never counts when it runs on into another capitalised word ("Metro Vancouver").</li>
 * </ul>
 * A country's name is never an outlet's name (the Iranian daily "Iran" is not matched). A name right after another
 * capitalised word ("Wyoming Public Radio", "USA TODAY") is part of a longer name and not matched, unless that word
 * opens the sentence, is a possessive, a country or a day or month. Overlapping matches keep the one with more
 * significant words ("National Post" over "The National"), then the leftmost, then the longest. Immutable and
 * thread-safe.
 */
final class NameMatcher {
    /** One written form of a name: who it may stand for (empty for a photo agency not in the registry). */
    record Name(String surface, int words, List<OutletRegistry.Entry> candidates, boolean canonical,
                boolean exactCase, boolean needsContext, NameWords shape) {
        /** Words that count: "The Star" has one. */
        int significant() { return surface.regionMatches(true, 0, "the ", 0, 4) ? words - 1 : words; }
    }

    /**
     * A match: {@code [start, end)} in the text. {@code evidence} is false for a name that needs outlet evidence and
     * has none next to it; the caller may still accept it on evidence elsewhere in the article (its full name, an
     * outlet named right beside it), otherwise it is not an outlet.
     */
    record Hit(int start, int end, Name name, boolean evidence) {
        Hit(int start, int end, Name name) { this(start, end, name, true); }
    }

    /** Words before a name that do not make it part of a longer name. */
    private static final java.util.Set<String> OPENERS = org.sourcelight.text.Calendar.with(
            org.sourcelight.text.Calendar.WEEKDAYS_AND_MONTHS, "the", "a", "an");
    private final Map<String, String> countries;
    /** Nouns for a body that is no outlet (OutletLexicons#bodyNouns). */
    private final java.util.Set<String> bodyNouns;
    /** How many characters before a name {@link #hasContextBefore} reads. */
    private static final int CONTEXT_BEFORE = 40;

    private final WordIds vocabulary = new WordIds();
    private final Transitions next = new Transitions();
    /** {@code next.get(0, id)} by word id: the root's transitions, the ones every word of a text looks up. */
    private final int[] fromRoot;
    private final List<List<Name>> variants = new ArrayList<>(); // per word sequence, its written forms
    private final int[] fail;
    private final int[] output;     // word-sequence index ending at the state, or -1
    private final int[] outputLink; // nearest state on the fail chain with an output, or -1
    private final Pattern contextAfter;
    private final Pattern contextBefore;
    /** Literal tests of where {@link #contextBefore}, {@link #contextAfter} and {@link #kindAfter} can match. */
    private final ContextPhrases phrasesBefore;
    private final ContextPhrases phrasesAfter;
    private final ContextPhrases kindsAfter;
    private final Pattern kindAfter;

    private NameMatcher(Map<String, List<Name>> bySequence, OutletLexicons lex) {
        this.countries = lex.countries;
        this.bodyNouns = lex.bodyNouns;
        List<int[]> edges = new ArrayList<>();
        List<Integer> outputs = new ArrayList<>();
        outputs.add(-1);
        int states = 1;
        for (Map.Entry<String, List<Name>> e : bySequence.entrySet()) {
            int s = 0;
            for (String w : e.getKey().split(" ")) {
                int id = vocabulary.add(w);
                int t = next.get(s, id);
                if (t < 0) {
                    t = states++;
                    next.put(s, id, t);
                    outputs.add(-1);
                    edges.add(new int[] {s, id, t});
                }
                s = t;
            }
            outputs.set(s, variants.size());
            variants.add(List.copyOf(e.getValue()));
        }
        fromRoot = new int[vocabulary.size()];
        for (int id = 0; id < fromRoot.length; id++) fromRoot[id] = next.get(0, id);
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
                    int t = next.get(f, id);
                    if (t >= 0) { f = t; break; }
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
        phrasesBefore = new ContextPhrases(List.of(lex.kinds.words(), lex.relay("context-before")));
        phrasesAfter = new ContextPhrases(List.of(lex.kinds.words(), lex.relay("context-after")));
        kindsAfter = new ContextPhrases(List.of(lex.kinds.words()));
        kindAfter = Pattern.compile("^\\s(?:" + kindWords + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String words(List<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) out.add("\\b" + Pattern.quote(p).replace(" ", "\\E\\s+\\Q") + "\\b");
        return String.join("|", out);
    }


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
                if (lex.countries.containsKey(surface.toLowerCase(Locale.ROOT))) continue; // a country is never an outlet
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
        
        boolean ambiguous = lex.ambiguous.contains(surface.toLowerCase(Locale.ROOT)) || lex.ambiguous.contains(seq)
                || (significant == 1 && !cands.isEmpty() && cands.stream().noneMatch(OutletRegistry.Entry::curated));
        return new Name(surface, words, List.copyOf(cands), canonical, exact, ambiguous, NameWords.of(surface));
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

    /** All accepted name matches in {@code text[from, to)}, non-overlapping (see the class comment). */
    List<Hit> find(String text, int from, int to) {
        return find(org.sourcelight.text.Tokens.of(text, from, to), from, to);
    }

    /** All accepted name matches in {@code [from, to)} of already tokenized text (a document's shared tokens). */
    List<Hit> find(org.sourcelight.text.Tokens tokens, int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : findAll(tokens, from, to)) if (h.evidence()) out.add(h);
        return out;
    }

    /** Like {@link #find}, plus the names that need outlet evidence and have none next to them ({@code evidence} false). */
    List<Hit> findAll(org.sourcelight.text.Tokens tokens, int from, int to) {
        NameWords t = NameWords.of(tokens, from, to);
        // every word is looked up: read the words' stretch of text as characters, once (only that stretch, as a
        // short region of a long text is matched too)
        int base = Integer.MAX_VALUE, limit = 0;
        for (int i = 0; i < t.size(); i++) {
            base = Math.min(base, t.start(i));
            limit = Math.max(limit, t.end(i));
        }
        char[] chars = new char[Math.max(0, limit - base)];
        if (chars.length > 0) tokens.text().getChars(base, limit, chars, 0);
        return findAll(tokens, t, chars, base);
    }

    /** {@link #findAll(org.sourcelight.text.Tokens, int, int)} of the whole text, whose characters are {@code chars} (not modified). */
    List<Hit> findAll(org.sourcelight.text.Tokens tokens, char[] chars) {
        if (chars.length != tokens.text().length()) throw new IllegalArgumentException("chars of another text");
        return findAll(tokens, NameWords.of(tokens, 0, chars.length), chars, 0);
    }

    /** The matches among the name words {@code t}; {@code chars[k]} is the text's character {@code base + k}. */
    private List<Hit> findAll(org.sourcelight.text.Tokens tokens, NameWords t, char[] chars, int base) {
        String text = tokens.text();
        List<Hit> raw = new ArrayList<>();
        // a word of one ASCII token has the id of its lower-case form: looked up once per form of the text
        int[] idOfForm = new int[tokens.formCount()]; // id + 2, 0 when not looked up yet
        int s = 0;
        for (int i = 0; i < t.size(); i++) {
            int token = t.asciiToken(i);
            int id;
            if (token < 0) {
                id = vocabulary.id(chars, t.start(i) - base, t.end(i) - base);
            } else {
                int f = tokens.form(token);
                if (idOfForm[f] == 0) idOfForm[f] = vocabulary.id(chars, t.start(i) - base, t.end(i) - base) + 2;
                id = idOfForm[f] - 2;
            }
            if (id < 0) {
                s = 0;
                continue;
            }
            while (true) {
                int n = s == 0 ? fromRoot[id] : next.get(s, id);
                if (n >= 0) { s = n; break; }
                if (s == 0) break;
                s = fail[s];
            }
            for (int o = output[s] >= 0 ? s : outputLink[s]; o >= 0; o = outputLink[o]) {
                List<Name> forms = variants.get(output[o]);
                int first = i - forms.get(0).words() + 1;
                if (insideLongerName(text, t, first) || !joinedAsWritten(text, t, first, i, forms.get(0))) continue;
                Hit h = accept(text, t, first, i, forms);
                if (h != null) raw.add(h);
            }
        }
        raw.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> out = new ArrayList<>();
        for (Hit h : raw) {
            Hit last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || h.start() >= last.end()) {
                out.add(h);
            } else if (better(h, last)) {
                out.set(out.size() - 1, h); // "The National Post": "National Post" has more words that count
            }
        }
        return out;
    }

    /** True when {@code h} should replace the overlapping {@code kept}: evidence first, then more significant words. */
    private static boolean better(Hit h, Hit kept) {
        if (h.evidence() != kept.evidence()) return h.evidence();
        return h.name().significant() > kept.name().significant();
    }

    /**
     * True when the word before {@code first} is capitalised and joined to it by spaces only, so the name is the end
     * of a longer one ("Wyoming Public Radio"); not when that word opens the sentence or is a country, a day, a month
     * or "The".
     */
    private boolean insideLongerName(String text, NameWords t, int first) {
        if (first == 0) return false;
        int ps = t.start(first - 1), pe = t.end(first - 1);
        if (!Character.isUpperCase(text.charAt(ps))) return false;
        for (int k = pe; k < t.start(first); k++) if (text.charAt(k) != ' ') return false;
        String prev = text.substring(ps, pe).toLowerCase(Locale.ROOT);
        if (OPENERS.contains(prev) || countries.containsKey(prev)) return false;
        int k = ps - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        if (k < 0) return false;
        char c = text.charAt(k);
        return !(c == '\n' || ".!?:;\"'“”‘’(—–-|".indexOf(c) >= 0); // the previous word opens a sentence or a clause
    }

    private Hit accept(String text, NameWords t, int first, int lastToken, List<Name> forms) {
        int start = t.start(first), end = t.end(lastToken);
        // "The Guardian Council", "the Reuters Institute for the Study of Journalism": the name of another body
        if (runsIntoBody(text, t, lastToken)) return null;
        Name caseVariant = null;
        Name pending = null;
        for (Name n : forms) {
            boolean sameCase = sameWords(text, t, first, lastToken, n, true);
            if (n.exactCase() && !sameCase) {
                // "Sana" for SANA: only capitalised and followed by a kind word ("Sana news agency")
                if (Character.isUpperCase(text.charAt(start)) && caseVariant == null) caseVariant = n;
                continue;
            }
            if (!n.exactCase() && !capitalisedAsWritten(text, t, first, 0, n)) {
                // "told the Guardian", "according to the Sun": newspapers' "The" is often written small, so it may be
                // when the words around show an outlet is meant and the name does not run on ("the Guardian Council")
                if (!lowerCaseThe(text, t, first, n) || runsIntoLongerName(text, t, lastToken)
                        || !(hasContextBefore(text, start) || hasKindAfter(text, end))) continue;
            }
            // a word-like name that runs on into another capitalised word is the start of a longer name ("Metro
            // Vancouver", "The Federalist Society", "Time Warner"), whatever stands before it
            if (n.needsContext() && !n.exactCase() && runsIntoLongerName(text, t, lastToken)) continue;
            if (n.needsContext() && !hasContext(text, start, end)) {
                if (pending == null) pending = n;
                continue;
            }
            return new Hit(start, end, n, true);
        }
        if (caseVariant != null && hasKindAfter(text, end)) return new Hit(start, end, caseVariant, true);
        return pending == null ? null : new Hit(start, end, pending, false);
    }

    /**
     * True when the word after {@code last} is capitalised and joined to it by one space, so the name is the start of
     * a longer one ("Metro Vancouver council", "Metro Daily"); not when that word is a day, a month, a country or
     * "The" ("told The Sun Friday").
     */
    private boolean runsIntoLongerName(String text, NameWords t, int last) {
        if (last + 1 >= t.size()) return false;
        int e = t.end(last), ns = t.start(last + 1);
        if (ns != e + 1 || (text.charAt(e) != ' ' && text.charAt(e) != '\u00a0')) return false;
        if (!Character.isUpperCase(text.charAt(ns))) return false;
        String next = text.substring(ns, t.end(last + 1)).toLowerCase(Locale.ROOT);
        return !OPENERS.contains(next) && !countries.containsKey(next);
    }

    /**
     * True when the word after {@code last} is a capitalised noun for a body that is no outlet, joined to it by one
     * space: "The Guardian Council", "Reuters Institute", "BBC Trust" name a council, an institute, a trust.
     */
    private boolean runsIntoBody(String text, NameWords t, int last) {
        if (last + 1 >= t.size()) return false;
        int e = t.end(last), ns = t.start(last + 1);
        if (ns != e + 1 || (text.charAt(e) != ' ' && text.charAt(e) != '\u00a0')) return false;
        if (!Character.isUpperCase(text.charAt(ns))) return false;
        String next = text.substring(ns, t.end(last + 1));
        // an acronym ("the Fox Business GOP debate") is no noun of this kind
        return !isAcronym(next) && bodyNouns.contains(next.toLowerCase(Locale.ROOT));
    }

    /**
     * The words of a match are joined as in the name: by spaces, or by the name's own characters ("RFE/RL",
     * "Al-Alam"); never across a sentence end or a quotation mark ("Maori Television\". New Zealand").
     */
    private static boolean joinedAsWritten(String text, NameWords t, int first, int last, Name name) {
        NameWords s = name.shape();
        String surface = name.surface();
        for (int i = first; i < last; i++) {
            int gs = t.end(i), ge = t.start(i + 1);
            boolean spaces = true;
            for (int k = gs; k < ge && spaces; k++) spaces = text.charAt(k) == ' ' || text.charAt(k) == '\u00a0';
            if (spaces || text.substring(gs, ge).strip().equals("-")) continue; // "Al-Jazeera" for "Al Jazeera"
            int w = i - first;
            if (w + 1 >= s.size()) return false;
            String want = surface.substring(s.end(w), s.start(w + 1)).strip();
            if (want.isEmpty() || !text.substring(gs, ge).strip().equals(want)) return false;
        }
        return true;
    }

    /**
     * Every word from the {@code from}-th on that the name writes with a capital ("The National") is capitalised in
     * the text too ("The national" is not).
     */
    private static boolean capitalisedAsWritten(String text, NameWords t, int first, int from, Name name) {
        NameWords s = name.shape();
        String surface = name.surface();
        for (int i = from; i < s.size() && first + i < t.size(); i++) {
            char want = surface.charAt(s.start(i)), got = text.charAt(t.start(first + i));
            if (Character.isUpperCase(want) && !Character.isUpperCase(got) && !Character.isDigit(got)) return false;
        }
        return true;
    }

    /**
     * A name "The" + one word appears as "the …" with its capital kept ("the Sun", "the Guardian"); longer names have
     * their forms without "The" ("Washington Post").
     */
    private static boolean lowerCaseThe(String text, NameWords t, int first, Name name) {
        NameWords s = name.shape();
        if (s.size() != 2 || !name.surface().startsWith("The ") || t.end(first) - t.start(first) != 3) return false;
        return text.startsWith("the", t.start(first)) && capitalisedAsWritten(text, t, first, 1, name);
    }

    /** True when words before {@code start} show an outlet is meant ("according to", "told", "a … newspaper"). */
    boolean hasContextBefore(String text, int start) {
        int from = Math.max(0, start - CONTEXT_BEFORE);
        if (!phrasesBefore.literal()) return contextBefore.matcher(text).region(from, start).find();
        long starts = phrasesBefore.starts(text, from, start);
        if (starts == 0) return false;
        // the regex's find over [from, start) matches exactly when it matches starting at one of these positions. A
        // match from p > from is a match of lookingAt over [p, start) that sees the character before p (transparent
        // bounds); only a word boundary after a combining mark would look further back (for its base letter, as far
        // as the bounds allow), so a region holding one is searched as before
        for (int k = from; k < start; k++) {
            char c = text.charAt(k);
            if (c >= '\u0300' && (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return contextBefore.matcher(text).region(from, start).find();
            }
        }
        while (starts != 0) {
            int p = from + Long.numberOfTrailingZeros(starts);
            starts &= starts - 1;
            Matcher m = contextBefore.matcher(text).region(p, start);
            if (p > from) m.useTransparentBounds(true);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    private static boolean sameWords(String text, NameWords t, int first, int last, Name name, boolean caseSensitive) {
        NameWords s = name.shape();
        String surface = name.surface();
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
        return hasContextAfter(text, end) || hasContextBefore(text, start);
    }

    /** {@link #contextAfter} over the 40 characters after {@code end}, tried only where a phrase's first word follows. */
    private boolean hasContextAfter(String text, int end) {
        int to = Math.min(text.length(), end + 40);
        if (phrasesAfter.literal() && !phrasesAfter.mayStartAfter(text, end, to, 0, 2, true)) return false;
        return contextAfter.matcher(text).region(end, to).lookingAt();
    }

    /** True when words after {@code end} describe the name as a third party ("… news agency", "… correspondent"). */
    boolean describedAfter(String text, int end) {
        return hasKindAfter(text, end) || hasContextAfter(text, end);
    }

    /** True when a kind word follows {@code end} ("… news agency"): the name is described, not self-referenced. */
    boolean hasKindAfter(String text, int end) {
        int to = Math.min(text.length(), end + 30);
        if (kindsAfter.literal() && !kindsAfter.mayStartAfter(text, end, to, 1, 1, false)) return false;
        return kindAfter.matcher(text).region(end, to).lookingAt();
    }

    /** The regex {@link #hasContextBefore} answers for over the 40 characters before a name (for tests). */
    Pattern contextBeforePattern() { return contextBefore; }

    /** The regex {@link #hasContext} reads after a name (for tests). */
    Pattern contextAfterPattern() { return contextAfter; }

    /** The regex {@link #hasKindAfter} reads (for tests). */
    Pattern kindAfterPattern() { return kindAfter; }

    int nameCount() {
        int n = 0;
        for (List<Name> v : variants) n += v.size();
        return n;
    }
}
