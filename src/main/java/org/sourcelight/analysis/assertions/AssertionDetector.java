package org.sourcelight.analysis.assertions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourcelight.text.Lexicon;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.Mention;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.Span;
import org.sourcelight.text.TextDocument;

/**
 * Flags body sentences where the article asserts contested things in its own voice or hides who is speaking.
 * Only the outlet's own words count: words inside a quotation are the quoted speaker's, except a short unattributed
 * quotation, which is itself a scare quote.
 * <p>
 * A sentence is <em>attributed</em> when, outside quotations, it has an attribution cue ("said", "according to")
 * that is not part of a vague or agentless phrase, when it overlaps a mention of a non-vague source, or when it
 * carries over the previous attributed sentence (it opens with "It", "They" … or continues a quotation). Then:
 * <ul>
 * <li>agentless-accusation (HIGH): a passive accusation without its accuser ("has repeatedly been accused of");
 * <li>no-attribution (HIGH): a disputed-claim word in a sentence that is not attributed and has no vague or agentless
 *     source either ("The US military trains …"); neutral background has no such word and is not flagged;
 * <li>vague-attribution (MEDIUM): "reportedly", "numerous reports", "political observers warn";
 * <li>loaded-language: MEDIUM in an unattributed sentence, LOW when reporting someone (the word may be theirs);
 * <li>scare-quotes: "so-called" (MEDIUM), or 1–3 quoted words in an unattributed sentence (LOW);
 * <li>intensifier / hedge (LOW, MEDIUM when two or more): intensifiers anywhere in the outlet's words; absolutes and
 *     hedges only when the sentence is not attributed.
 * </ul>
 * Deterministic, stateless and thread-safe; linear in the text.
 */
public final class AssertionDetector {
    public static final int VERSION = 8;

    private final Lexicons lexicons;
    /** The word lists matched in every sentence, by the indexes below. */
    private static final List<String> LISTS = List.of(Lexicons.ATTRIBUTION_CUES, Lexicons.VAGUE_SOURCES,
            Lexicons.AGENTLESS_PASSIVES, Lexicons.LOADED_TERMS, Lexicons.SCARE_QUOTE_MARKERS, Lexicons.NAMING_CUES,
            Lexicons.HEDGES, Lexicons.INTENSIFIERS, Lexicons.ABSOLUTES, Lexicons.CONTESTED_CLAIMS, Lexicons.AID_VERBS,
            Lexicons.ARMED_GROUPS, Lexicons.PLAIN_USES);
    private static final int CUES = 0, VAGUE = 1, AGENTLESS = 2, LOADED = 3, MARKERS = 4, NAMING = 5, HEDGES = 6,
            INTENSIFIERS = 7, ABSOLUTES = 8, CONTESTED = 9, AID = 10, ARMED = 11, PLAIN = 12, VAGUE_NOUNS = 13, VERBS = 14;
    /** How many words may stand between a help word and the armed-group word it governs ("trains anti-Damascus militants"). */
    private static final int AID_REACH = 3;
    /** The tags of vague-sources.txt matched as written; "noun" entries are matched before a reporting verb. */
    private static final Set<String> VAGUE_AS_WRITTEN = Set.of("adverb", "phrase", "speaker");
    private final TermMatcher matcher;
    private final Set<String> openers = new HashSet<>();
    /** Given names (the Sources panel's list, first word of each line): a capitalised word after one is a surname. */
    private final Set<String> givenNames = new HashSet<>();

    /**
     * Words that make a following cue an adjective or noun, not a reporting verb ("its declared aim", "the reported
     * attack", "their stated goal"). A closed grammatical class, so it lives here rather than in a word list.
     */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "your",
            "my", "this", "that", "these", "those");
    /**
     * Prepositions that end some loaded phrases only to place the loaded word ("flood of", "hostage to", "toying
     * with"): the highlight stops before them. Particles that change the verb ("lashed out", "doubled down") are not
     * here. A closed grammatical class.
     */
    private static final Set<String> TRAILING_PREPOSITIONS = Set.of("of", "to", "with", "against", "into", "for", "on",
            "at", "about", "from");
    /** Auxiliaries taken into a hidden-accuser phrase before "been" ("has been accused"). */
    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    /** Possessives before a quoted term make it that party's own term (a closed class; "s" is the word after "'"). */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "s");

    public AssertionDetector(Lexicons lexicons) {
        this.lexicons = lexicons;
        List<List<Term>> lists = new ArrayList<>();
        for (String name : LISTS) lists.add(name.equals(Lexicons.VAGUE_SOURCES) ? vague(lexicons, true) : lexicons.terms(name));
        lists.add(vague(lexicons, false));
        lists.add(reportingVerbs(lexicons));
        matcher = new TermMatcher(lists, Set.of(AGENTLESS));
        for (Term t : lexicons.terms(Lexicons.CARRY_OVER_OPENERS)) openers.add(Lexicons.key(t.text()));
        for (String e : lexicons.set().get(Lexicons.GIVEN_NAMES).entries()) givenNames.add(Lexicons.key(Lexicon.split(e, 2)[0]));
        for (String e : lexicons.set().get(Lexicons.ATTRIBUTION_CUES).entries()) {
            int bar = e.indexOf('|');
            if (bar > 0 && flags(e.substring(bar)).contains("+refusal")) refusalCues.add(cueKey(e.substring(0, bar)));
        }
        if (lexicons.set().names().contains(ANONYMOUS_SOURCES)) {
            for (String e : lexicons.set().get(ANONYMOUS_SOURCES).entries()) {
                String[] p = Lexicon.split(e.strip(), 2);
                if (p.length == 2) anonymousWords.add(Lexicons.key(p[1]));
            }
        }
    }

    /**
     * The forms of attribution-cues.txt flagged {@code +refusal} ("declined", "refused"), as {@link #cueKey} keys: a
     * mention with such a cue reports a refusal to speak, not a claim.
     */
    private final Set<String> refusalCues = new HashSet<>();

    /** The flags ("+that", "+refusal" …) of the part of a cue entry after its "|". */
    private static List<String> flags(String rest) {
        List<String> out = new ArrayList<>();
        for (String w : Lexicon.split(rest)) if (w.startsWith("+")) out.add(w);
        return out;
    }

    /** A cue's words as a key: lower case, single spaces ("Declined" and "declined" are one cue). */
    private static String cueKey(String words) {
        return String.join(" ", Lexicon.split(Lexicons.key(words)));
    }

    /** The Sources panel's words for deliberately unnamed sources (heads and modifiers), shared with it. */
    private static final String ANONYMOUS_SOURCES = "anonymous-sources";
    private final Set<String> anonymousWords = new HashSet<>();

    /**
     * The entries of vague-sources.txt without their tag: those matched as written ({@code asWritten}: adverbs,
     * phrases, speaker phrases and untagged entries a reader added), or the nouns.
     */
    private static List<Term> vague(Lexicons lexicons, boolean asWritten) {
        List<Term> out = new ArrayList<>();
        for (Term t : lexicons.terms(Lexicons.VAGUE_SOURCES)) {
            String[] p = Lexicon.split(t.text(), 2);
            boolean tagged = p.length == 2 && (VAGUE_AS_WRITTEN.contains(p[0]) || p[0].equals("noun"));
            boolean noun = tagged && p[0].equals("noun");
            if (noun != asWritten) out.add(new Term(tagged ? p[1] : t.text(), t.note()));
        }
        return out;
    }

    /**
     * The Sources panel's reporting verbs ("warn", "argue"): every form of the one attribution-cues list, without
     * its lemma and grammar flags ("warned | warn +that"), leaving out the phrases that are no cue of their own.
     */
    private static List<Term> reportingVerbs(Lexicons lexicons) {
        List<Term> out = new ArrayList<>();
        for (String e : lexicons.set().get(Lexicons.ATTRIBUTION_CUES).entries()) {
            int bar = e.indexOf('|');
            String form = (bar < 0 ? e : e.substring(0, bar)).strip();
            // a signal phrase is no cue of its own; a belief ("thinks", "wants") or a side taken ("endorsed",
            // "opposes") reports no statement
            List<String> flags = bar < 0 ? List.of() : flags(e.substring(bar));
            if (flags.contains("+signal") || flags.contains("+belief") || flags.contains("+stance")) continue;
            StringBuilder b = new StringBuilder();
            for (String w : Lexicon.split(form)) if (!w.startsWith("+")) b.append(b.length() == 0 ? "" : " ").append(w);
            if (b.length() > 0) out.add(new Term(b.toString(), ""));
        }
        return out;
    }

    /** The detector with the shipped word lists. */
    public static AssertionDetector standard() { return Shipped.DETECTOR; }

    private static final class Shipped {
        static final AssertionDetector DETECTOR = new AssertionDetector(Lexicons.standard());
    }

    public Lexicons lexicons() { return lexicons; }

    /**
     * @param sources the article's sources (may be empty): a sentence overlapping a mention of a source that is not
     *                {@link SourceKind#VAGUE} is attributed
     */
    public List<Assertion> detect(TextDocument doc, List<Source> sources) {
        String text = doc.text();
        BitSet quoted = new BitSet(text.length());
        for (QuoteSpan q : doc.quotes()) quoted.set(q.start(), q.end());
        MentionSpans mentions = mentionSpans(sources);
        // each unnamed speaker under the sentence it starts in, in the order found (one look-up per sentence)
        java.util.Map<Integer, List<Span>> unnamedBySentence = new java.util.HashMap<>();
        List<Sentence> sentences = doc.sentences();
        for (Span u : unnamedSpeakers(doc, sources)) {
            int lo = 0, hi = sentences.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).start() <= u.start()) lo = mid + 1; else hi = mid;
            }
            if (lo > 0) unnamedBySentence.computeIfAbsent(sentences.get(lo - 1).start(), k -> new ArrayList<>()).add(u);
        }
        List<Assertion> out = new ArrayList<>();
        boolean previousAttributed = false;
        int previousParagraph = -1;
        for (Sentence s : doc.sentences()) {
            if (!s.blockKind().isBody()) {
                if (s.blockKind() != BlockKind.CAPTION) previousAttributed = false; // a heading starts a new passage
                continue;
            }
            SentenceWords t = SentenceWords.of(doc.tokens(), s.start(), s.end());
            if (t.size() == 0) continue;
            if (!t.hasOwnVoice()) { // all quoted: someone else's words, nothing of the outlet's to judge
                previousAttributed = true;
                previousParagraph = s.paragraph();
                continue;
            }
            Finding f = new Finding(text, s, t);
            List<List<TermMatcher.Match>> m = matcher.find(t);
            List<TermMatcher.Match> vagueSources = vagueSources(t, m);
            List<TermMatcher.Match> hiddenAccusers = withoutAgent(t, m.get(AGENTLESS));
            List<TermMatcher.Match> loaded = loadedWords(t, m.get(LOADED), m.get(PLAIN));
            if (m.get(CONTESTED).isEmpty() && !judges(loaded) && hasHearsay(hiddenAccusers)) {
                // "is said to be devastated": hearsay with nothing accusing in it is a vague source, not a HIGH flag;
                // a word that only adds drama ("is said to be preparing a dramatic new storyline") accuses no one
                vagueSources = new ArrayList<>(vagueSources);
                List<TermMatcher.Match> accusers = new ArrayList<>();
                for (TermMatcher.Match h : hiddenAccusers) (hearsay(h) ? vagueSources : accusers).add(h);
                vagueSources.sort(java.util.Comparator.comparingInt(TermMatcher.Match::first));
                hiddenAccusers = accusers;
            }
            // a cue word in a plain use ("slammed the ball in", "blasted off") reports nobody
            List<TermMatcher.Match> cues = m.get(PLAIN).isEmpty() ? m.get(CUES) : notAmong(m.get(CUES), m.get(PLAIN));
            boolean mentioned = mentions.overlap(s.span());
            boolean own = hasCue(t, cues, vagueSources, hiddenAccusers) || mentioned;
            // the same speaker's speech carries over within its paragraph (AP: one attribution per paragraph of
            // continuous speech); a new paragraph opening "It is time ..." after a quote is the writer's again
            boolean followsAttributed = previousAttributed
                    && (opensWithCarryOver(t, s) && s.paragraph() == previousParagraph || quoted.get(s.start()));
            boolean attributed = own || followsAttributed;
            // a loaded verb that is the sentence's only cue ("Republicans blasted the measure", "Morris slammed the
            // ball in") reports nobody's words: the word is the article's own choice, judged as in any other sentence
            boolean ownBesidesLoaded = own && (loaded.isEmpty() || mentioned
                    || hasCue(t, notAmong(cues, loaded), vagueSources, hiddenAccusers));
            f.attributed = ownBesidesLoaded || followsAttributed;
            f.add(Reason.AGENTLESS_ACCUSATION, hiddenAccusers);
            f.add(Reason.VAGUE_ATTRIBUTION, vagueSources);
            for (Span u : unnamedBySentence.getOrDefault(s.start(), List.of())) {
                if (u.start() >= s.start() && u.end() <= s.end()) f.addSpan(Reason.VAGUE_ATTRIBUTION, u.start(), u.end(), text.substring(u.start(), u.end()));
            }
            if (!attributed && vagueSources.isEmpty() && hiddenAccusers.isEmpty()) {
                f.add(Reason.NO_ATTRIBUTION, m.get(CONTESTED));
                f.add(Reason.NO_ATTRIBUTION, aidToArmedGroups(m.get(AID), m.get(ARMED)));
            }
            f.add(Reason.LOADED_LANGUAGE, loaded);
            List<TermMatcher.Match> scareMarkers = m.get(MARKERS);
            f.add(Reason.SCARE_QUOTES, scareMarkers);
            f.markedScare = !scareMarkers.isEmpty();
            if (!attributed) scareQuotes(doc, s, t, m.get(NAMING), f);
            f.add(Reason.INTENSIFIER, m.get(INTENSIFIERS));
            if (!attributed) {
                // an absolute alone is ordinary English ("all schools", "never before"); beside a loaded word or an
                // intensifier it strengthens a judgement nobody stands behind
                if (!loaded.isEmpty() || !m.get(INTENSIFIERS).isEmpty()) f.add(Reason.INTENSIFIER, m.get(ABSOLUTES));
                f.add(Reason.HEDGE, m.get(HEDGES));
            }
            Assertion a = f.build();
            if (a != null) out.add(a);
            previousAttributed = attributed;
            previousParagraph = s.paragraph();
        }
        return out;
    }

    /**
     * The loaded-word matches that are loaded here: not inside a plain-use phrase ("crude oil", "slammed into"), and
     * not inside a name ({@link #inName}): a name is what someone is called, not the article's judgement. In a
     * sentence written in title case, capitals say nothing and no match is taken for a name.
     */
    private List<TermMatcher.Match> loadedWords(SentenceWords t, List<TermMatcher.Match> loaded,
                                                       List<TermMatcher.Match> plain) {
        if (loaded.isEmpty()) return loaded;
        boolean titleCase = isTitleCase(t);
        List<TermMatcher.Match> out = new ArrayList<>(loaded.size());
        for (TermMatcher.Match m : loaded) {
            if (inside(m, plain) || (!titleCase && inName(t, m))) continue;
            int end = m.end(); // "flood of", "hostage to": the preposition only places the word, the word is loaded
            while (end - 1 > m.first() && TRAILING_PREPOSITIONS.contains(t.word(end - 1))) end--;
            out.add(end == m.end() ? m : new TermMatcher.Match(m.first(), end, m.term()));
        }
        return out;
    }

    private static boolean inside(TermMatcher.Match m, List<TermMatcher.Match> others) {
        for (TermMatcher.Match o : others) if (o.first() <= m.first() && m.end() <= o.end()) return true;
        return false;
    }

    /**
     * True when the sentence is written in title case (a headline given as text: "Democrats Claim Barrett Would
     * Threaten Health Care"): three quarters or more of its words of four or more letters are capitalised. There
     * capitals do not mark names.
     */
    private static boolean isTitleCase(SentenceWords t) {
        int long4 = 0, caps = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.word(i).length() < 4) continue;
            long4++;
            if (t.capitalised(i)) caps++;
        }
        return long4 >= 3 && caps * 4 >= long4 * 3;
    }

    /**
     * A capitalised match that is part of a name: right after a given name ("Michael Savage"), or between two
     * capitalised words that do not open the sentence ("the Rotten Tomatoes Awards"). A capitalised word before or
     * after a name alone is no sign ("the Marxist Black Lives Matter movement", "the Daesh Takfiri group", "the Loony
     * Left"): proper adjectives and mocking nicknames are capitalised too.
     */
    private boolean inName(SentenceWords t, TermMatcher.Match m) {
        int before = m.first() - 1;
        if (before < 0 || !t.capitalised(before) || t.quoted(before)) return false;
        for (int i = m.first(); i < m.end(); i++) if (!t.capitalised(i)) return false;
        if (givenNames.contains(t.word(before))) return true;
        return before > 0 && m.end() < t.size() && t.capitalised(m.end()) && !t.quoted(m.end());
    }

    /**
     * Vague sources: entries matched as written, and a vague noun followed (after at most one adverb) by a reporting
     * verb or cue ("critics argue", "analysts widely believe"), the two words together.
     */
    private static List<TermMatcher.Match> vagueSources(SentenceWords t, List<List<TermMatcher.Match>> m) {
        List<TermMatcher.Match> direct = m.get(VAGUE);
        List<TermMatcher.Match> nouns = m.get(VAGUE_NOUNS);
        if (nouns.isEmpty()) return direct;
        List<TermMatcher.Match> out = new ArrayList<>(direct);
        for (TermMatcher.Match n : nouns) {
            if (overlapsAny(n, direct)) continue;
            int next = n.end();
            if (next < t.size() && TermMatcher.isInnerAdverb(t.word(next))) next++;
            int end = startsAt(m.get(VERBS), next);
            if (end < 0) end = startsAt(m.get(CUES), next);
            if (end > 0) out.add(new TermMatcher.Match(n.first(), end, n.term()));
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    /** The end of the match that starts at word {@code i}, or -1. */
    private static int startsAt(List<TermMatcher.Match> matches, int i) {
        for (TermMatcher.Match x : matches) if (x.first() == i) return x.end();
        return -1;
    }

    /** A help word followed within {@link #AID_REACH} words by an armed-group word: an accusation of aiding them. */
    private static List<TermMatcher.Match> aidToArmedGroups(List<TermMatcher.Match> aid, List<TermMatcher.Match> armed) {
        if (aid.isEmpty() || armed.isEmpty()) return List.of();
        List<TermMatcher.Match> out = new ArrayList<>(1);
        int taken = -1;
        for (TermMatcher.Match a : aid) {
            if (a.first() < taken) continue;
            for (TermMatcher.Match g : armed) {
                if (g.first() < a.end() || g.first() - a.end() > AID_REACH) continue;
                out.add(new TermMatcher.Match(a.first(), g.end(), new Term(a.term().text() + " … " + g.term().text(),
                        "helping armed groups is an accusation that needs a source")));
                taken = g.end();
                break;
            }
        }
        return out;
    }

    /**
     * The speaker words of every mention of a deliberately unnamed source: graded anonymous by the Sources panel and
     * described with a word of anonymous-sources.txt ("sources familiar with the matter", "a senior official",
     * "people close to the governor", "insiders"). A claim resting on them points to people nobody can check, the
     * same as a vague source. A he/she the panel could not resolve, or a plain description ("their coach", "the
     * council's finance chief") is not one: the article may say who that is.
     */
    private List<Span> unnamedSpeakers(TextDocument doc, List<Source> sources) {
        List<Span> out = new ArrayList<>();
        for (Source src : sources) {
            if (src.kind() != SourceKind.ANONYMOUS) continue;
            for (Mention m : src.mentions()) {
                if (m.speakerEnd() <= m.speakerStart() || m.resolvedBy() != null || refusal(m)) continue;
                String words = doc.text().substring(m.speakerStart(), m.speakerEnd());
                boolean unnamed = false;
                for (String w : NOT_WORD.split(words)) if (!w.isEmpty() && anonymousWords.contains(Lexicons.key(w))) unnamed = true;
                if (unnamed) out.add(new Span(m.speakerStart(), m.speakerEnd()));
            }
        }
        return out;
    }

    /** What separates the words of a speaker phrase (letters, digits, inner apostrophes and hyphens make a word). */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'-]+");

    /** "Officials declined to comment": a mention whose cue is flagged {@code +refusal} reports no claim. */
    private boolean refusal(Mention m) {
        return !m.cue().isBlank() && refusalCues.contains(cueKey(m.cue()));
    }

    private static MentionSpans mentionSpans(List<Source> sources) {
        List<Span> out = new ArrayList<>();
        for (Source src : sources) {
            if (src.kind() == SourceKind.VAGUE) continue;
            for (Mention m : src.mentions()) out.add(m.span());
        }
        return new MentionSpans(out);
    }

    /**
     * The spans of the Sources panel's mentions, sorted by start with the largest end so far beside each, so that
     * whether a sentence overlaps any of them is a binary search: a text with tens of thousands of sentences and as
     * many mentions stays linear (a scan of every mention per sentence was quadratic).
     */
    private static final class MentionSpans {
        private final int[] starts;
        private final int[] maxEnds;

        MentionSpans(List<Span> spans) {
            Span[] sorted = spans.toArray(new Span[0]);
            java.util.Arrays.sort(sorted, java.util.Comparator.comparingInt(Span::start));
            starts = new int[sorted.length];
            maxEnds = new int[sorted.length];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.length; i++) {
                starts[i] = sorted[i].start();
                max = Math.max(max, sorted[i].end());
                maxEnds[i] = max;
            }
        }

        /** True when some span {@code m} has {@code m.start < s.end && s.start < m.end} ({@link Span#overlaps}). */
        boolean overlap(Span s) {
            int lo = 0, hi = starts.length; // the number of spans starting before s.end
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < s.end()) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && maxEnds[lo - 1] > s.start();
        }
    }

    /** An attribution cue that is not itself part of a vague or agentless phrase ("is said to", "observers warn"). */
    private static boolean hasCue(SentenceWords t, List<TermMatcher.Match> cues, List<TermMatcher.Match> vagueSources,
                                  List<TermMatcher.Match> hiddenAccusers) {
        for (TermMatcher.Match c : cues) {
            boolean adjective = c.first() > 0 && DETERMINERS.contains(t.word(c.first() - 1));
            if (!adjective && !overlapsAny(c, vagueSources) && !overlapsAny(c, hiddenAccusers) && !byNobody(t, c.first())) return true;
        }
        return false;
    }

    /**
     * "a scheme that nobody asked for", "no one said so": a cue whose subject is nobody reports no one's words. A cue
     * right after "who" ("The consultants who wrote it were paid ...") reports only when the Sources panel found an
     * attribution there: a relative clause on the subject describes the subject and reports nothing of its own.
     */
    private static boolean byNobody(SentenceWords t, int cue) {
        if (cue >= 1 && t.word(cue - 1).equals("who")) return true;
        if (cue >= 1 && (t.word(cue - 1).equals("nobody") || t.word(cue - 1).equals("none"))) return true;
        return cue >= 2 && t.word(cue - 2).equals("no") && t.word(cue - 1).equals("one");
    }

    /** The matches of {@code cues} that overlap none of {@code others} (the same words of the sentence). */
    private static List<TermMatcher.Match> notAmong(List<TermMatcher.Match> cues, List<TermMatcher.Match> loaded) {
        List<TermMatcher.Match> out = new ArrayList<>(cues.size());
        for (TermMatcher.Match c : cues) if (!overlapsAny(c, loaded)) out.add(c);
        return out;
    }

    private static boolean overlapsAny(TermMatcher.Match m, List<TermMatcher.Match> others) {
        for (TermMatcher.Match o : others) if (m.first() < o.end() && o.first() < m.end()) return true;
        return false;
    }

    /** Drops passives whose accuser is named right after them ("accused by Damascus of …"). */
    /** An agentless-passives entry marked "hearsay" ("is said to", "is believed to"): see that list's header. */
    private static boolean hearsay(TermMatcher.Match m) {
        return m.term().note().startsWith("hearsay");
    }

    /** The note the loaded-word list gives words that only add force or drama ("dramatic", "wildly", "obvious"). */
    private static final String INTENSITY_NOTE = "a word that pushes a feeling or leaves no room for doubt";

    /** True when one of the loaded words judges or accuses, not only adds force ({@link #INTENSITY_NOTE}). */
    private static boolean judges(List<TermMatcher.Match> loaded) {
        for (TermMatcher.Match l : loaded) if (!l.term().note().equals(INTENSITY_NOTE)) return true;
        return false;
    }

    private static boolean hasHearsay(List<TermMatcher.Match> ms) {
        for (TermMatcher.Match x : ms) if (hearsay(x)) return true;
        return false;
    }

    private static List<TermMatcher.Match> withoutAgent(SentenceWords t, List<TermMatcher.Match> matches) {
        if (matches.isEmpty()) return matches;
        List<TermMatcher.Match> out = new ArrayList<>(matches.size());
        for (TermMatcher.Match m : matches) {
            int next = m.end();
            if (next < t.size() && t.word(next).endsWith("ly") && next + 1 < t.size()) next++; // "accused repeatedly by"
            if (next < t.size() && t.word(next).equals("by")) continue;
            int first = m.first(); // take in the auxiliary and adverbs before "been": "has repeatedly been accused"
            while (first > 0 && m.first() - first < 3 && !t.quoted(first - 1)
                    && (TermMatcher.isInnerAdverb(t.word(first - 1)) || PERFECT.contains(t.word(first - 1)))) first--;
            while (first < m.first() && !PERFECT.contains(t.word(first))) first++;
            out.add(first == m.first() ? m : new TermMatcher.Match(first, m.end(), m.term()));
        }
        return out;
    }

    private boolean opensWithCarryOver(SentenceWords t, Sentence s) {
        return t.start(0) == s.start() && !t.quoted(0) && openers.contains(t.word(0));
    }

    /** Quotation marks around one to three words that nobody in the sentence is said to have spoken. */
    private static void scareQuotes(TextDocument doc, Sentence s, SentenceWords t, List<TermMatcher.Match> naming, Finding f) {
        int outerEnd = -1;
        for (QuoteSpan q : doc.quotes()) {
            if (q.end() <= s.start()) continue;
            if (q.start() >= s.end()) break;
            boolean nested = q.start() < outerEnd;
            outerEnd = Math.max(outerEnd, q.end());
            if (nested || !q.closed() || q.continued() || q.start() <= s.start() || q.end() > s.end()) continue;
            int words = 0;
            int before = -1;
            for (int i = 0; i < t.size(); i++) {
                if (t.start(i) >= q.contentStart() && t.end(i) <= q.contentEnd()) words++;
                if (t.end(i) <= q.start()) before = i;
            }
            if (words < 1 || words > 3 || isNamed(naming, before)) continue;
            if (isTitleCase(t, q) || ownTerm(t, before)) continue;
            f.addQuote(q, doc.text().substring(q.contentStart(), q.contentEnd()));
        }
    }

    /** True when every quoted word is capitalised: a name or a title ("Operation Dawn", "Brexit"), not irony. */
    private static boolean isTitleCase(SentenceWords t, QuoteSpan q) {
        boolean any = false;
        for (int i = 0; i < t.size(); i++) {
            if (t.start(i) < q.contentStart() || t.end(i) > q.contentEnd()) continue;
            if (!t.capitalised(i)) return false;
            any = true;
        }
        return any;
    }

    /**
     * True when the quoted term belongs to a party the sentence names before it: right after a possessive ("its
     * "moderate" partners", "the mission's "advise and assist" role", "the unions' "fair deal""), or after a capitalised name in the outlet's
     * words ("Troops from the US Marines "advise and assist" …"). The article then quotes that party's own term.
     */
    private static boolean ownTerm(SentenceWords t, int before) {
        if (before < 0) return false;
        if (POSSESSIVES.contains(t.word(before)) || t.pluralPossessive(before)) return true;
        for (int i = 1; i <= before; i++) if (!t.quoted(i) && t.capitalised(i)) return true;
        return false;
    }

    /** True when the words ending at token {@code last} are a naming cue ("known as", "called"). */
    private static boolean isNamed(List<TermMatcher.Match> naming, int last) {
        if (last < 0) return false;
        for (TermMatcher.Match m : naming) if (m.end() == last + 1) return true;
        return false;
    }
}
