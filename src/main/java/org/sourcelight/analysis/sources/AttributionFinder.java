package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.BlockContext.*;
import static org.sourcelight.analysis.sources.WordClasses.*;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.analysis.sources.Speaker.Cls;
import org.sourcelight.analysis.sources.Speaker.Gender;
import org.sourcelight.model.MentionKind;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Span;

/**
 * Finds the attributions of one body block: a cue word from {@code attribution-cues.txt} and the speaker phrase
 * before it ("Lavrov added"), after it ("said the embassy", "according to Syria") or inherited from the clause
 * ("..., adding that"), plus the words attributed (the content: a quotation, a "that" clause, or the clause before
 * a trailing "..., he said"). Quoted words are never cues or speakers. Vague phrases ("reportedly") and
 * agentless passives ("has been accused of") become attributions with no speaker.
 * <p>
 * The patterns are here; reading a cue is {@link CueReader}, finding the speaker's phrase {@link SubjectPhrases},
 * the attributed words {@link ContentSpans}, the word classes {@link WordClasses}.
 */
final class AttributionFinder {
    private final SourceLexicons lex;
    private final SpeakerParser parser;
    private final WordClasses words;
    private final CueReader cues;
    private final SubjectPhrases phrases;
    private final ContentSpans spans;

    AttributionFinder(SourceLexicons lex, WordClasses words, SpeakerParser parser) {
        this.lex = lex;
        this.parser = parser;
        this.words = words;
        this.cues = new CueReader(lex, words);
        this.phrases = new SubjectPhrases(lex, words, parser);
        this.spans = new ContentSpans(cues);
    }

    /** The reading context of one block; marks once which tokens may stand inside a speaker phrase. */
    BlockContext context(String text, List<Token> tokens, List<Sentence> sentences, List<QuoteSpan> quotes, int block, int blockStart) {
        boolean[] np = new boolean[tokens.size()];
        boolean[] wide = new boolean[tokens.size()];
        boolean[] common = new boolean[tokens.size()]; // commonNounWord, read once per token
        for (int i = 0; i < np.length; i++) {
            Token y = tokens.get(i);
            common[i] = words.commonNounWord(y);
            np[i] = words.acceptableWord(y) || y.type() == Token.Type.STOP && words.titleStop(tokens, i); // a title's dot is a stop
            wide[i] = np[i] || common[i] || y.has(NP_OPENER) && !y.quoted();
        }
        // a word in -ed or -ing stands in a noun phrase only before the noun it modifies ("a retired general"),
        // never as its last word ("reacted to", "published by")
        for (int i = 0; i < np.length; i++) {
            Token y = tokens.get(i);
            if (!WordClasses.verbLike(y) || np[i] && !common[i]) continue;
            boolean modifies = i + 1 < np.length && tokens.get(i + 1).sentence() == y.sentence()
                    && (common[i + 1] // "a retired general"; "helped Fox News" is a verb
                    // "one unaligned Ohio strategist", '"...," said retired Army Gen. Ann Lee': after a determiner or
                    // a cue the word opens a noun phrase, a name after it included
                    || tokens.get(i + 1).capitalized() && !tokens.get(i + 1).quoted() && i > 0
                    && tokens.get(i - 1).sentence() == y.sentence() && tokens.get(i - 1).isWord() && !tokens.get(i - 1).quoted()
                    && (NP_OPENERS.contains(tokens.get(i - 1).lower()) || tokens.get(i - 1).has(CUE_START)));
            // "people familiar with her thinking", "after the meeting": an -ing word after a determiner is a noun
            if (!modifies && i > 0 && tokens.get(i - 1).sentence() == y.sentence() && y.lower().endsWith("ing")
                    && ING_NOUN_DETERMINERS.contains(tokens.get(i - 1).lower()) && !tokens.get(i - 1).quoted()) {
                wide[i] = true;
                np[i] = false;
                continue;
            }
            if (!modifies) wide[i] = np[i] = false;
        }
        return new BlockContext(text, tokens, sentences, new QuoteIndex(quotes), block, blockStart, np, wide);
    }

    /** The attributions of one block, in text order of their cues. */
    List<RawMention> find(BlockContext c) {
        List<RawMention> out = new ArrayList<>();
        List<Token> t = c.tokens;
        List<TokenRange> venues = new ArrayList<>();
        java.util.Map<Integer, Boolean> titled = new java.util.HashMap<>(); // title case, read once per sentence
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.quoted()) continue;
            if (!x.isWord()) {
                if (isDash(x)) {
                    int d = dashCredit(c, i, out);
                    if (d > i) i = d - 1;
                }
                continue;
            }
            if (x.is("in") && pollFrame(c, i, out)) continue;
            if (x.is("to") && viewpointTo(c, i, out)) continue;
            if (x.is("referring") && referringTo(c, i, out)) { i++; continue; }
            if (x.is("when") && whenAsked(c, i, out)) { i++; continue; }
            if (x.is("put") && asPutIt(c, i, out)) { i++; continue; }
            if (x.is("reported") && firstReportedBy(t, i)) {
                // "The meeting was first reported by Politico": the outlet after "by" is the source, as in "according to"
                according(c, i - 1, i + 2, out);
                i++;
                continue;
            }
            // a capitalised cue inside a sentence is a name ("Said Stone"), not after an opening bracket ("(According to")
            // (a headline in title case capitalises its verb too: "Mayor Says Bridge Will Open")
            boolean inside = x.capitalized() && i > 0 && same(t, i - 1, i) && t.get(i - 1).type() != Token.Type.OPEN;
            boolean titledCue = inside && titleCase(c, i, titled);
            SourceLexicons.Cue cue = inside && !titledCue ? null : cues.matchCue(t, i);
            if (titledCue && cue != null) {
                // one verb of saying per headline, its first: "Rubio Responds To Question" has one
                if (cue.belief()) cue = null;
                else titled.put(x.sentence(), false);
            }
            // "phone calls", "the United States"; after the comma that closes an appositive the form is the verb
            // ("Gerry Oban, a political consultant, notes that ...")
            if (cue != null && cue.nounToo() && !cues.verbAfter(c, t, i, cue)
                    && !(i > 0 && t.get(i - 1).type() == Token.Type.COMMA && phrases.appositive(c, i - 1) != null)) cue = null;
            // "show up to vote", "showed off the new car": the phrasal verb is no showing of a finding
            if (cue != null && cue.lemma().equals("show") && i + 1 < t.size() && same(t, i + 1, i)
                    && (t.get(i + 1).is("up") || t.get(i + 1).is("off"))) cue = null;
            if (cue == null) {
                int v = vague(c, i, out);
                if (v > i) i = v - 1;
                continue;
            }
            int j = i + cue.words().size();
            if (askedOpening(c, i, j, out)) continue;
            if (cue.venue()) venues.add(new TokenRange(i, j));
            else if (cue.after()) according(c, i, j, out);
            // '"I am a farmer," declares Janet Oaks, 44, a nurse': after a closing quotation the words reported come first
            else if (cue.belief() && !cue.stance() && !cue.participle() && closingQuoteBefore(c, i) && inverted(c, i, j, out)) {
                // '"Our rules are different," agrees Lena Marsh.': a view given in the words quoted before it
            } else if (cue.needsThat() && (!cue.participle() || progressive(t, i)) && !cues.hasComplement(c, cue, i, j)
                    && !(cue.lemma().equals("mention") && byNameAfter(t, i, j) && negatedBefore(t, i))
                    && !cues.documentSubject(c, cue, i) && !(closingQuoteBefore(c, i) && !cue.participle())) {
                // "added three goals", "reported a profit", "is adding to his wins": not speech (", adding ..." is)
            } else if (cue.belief() && (!(cue.stance() ? cues.hasObject(c, i, j)
                    : cues.hasClause(c, cue, i, j) || !cue.participle() && cues.closesBelief(c, cue, i, j)) || insideReportedWords(c, i, out)
                    || cue.stance() && (cue.participle() && !progressive(t, i) || afterSpeechVerb(t, i)))) {
                // "wants more funding" names no view; "Sanders said he plans to ..." is one attribution, Sanders';
                // "backed down" or "supported by" is no stance taken; "..., supporting the party's candidates" (a
                // state's votes as often as a view); "said he would support": a part of the words reported
            } else if (cue.participle() && !progressive(t, i)) participle(c, i, j, out);
            // a view is never inverted: "..., opposed the measure" names what is opposed, not who opposes it
            else if (!(!cue.belief() && c.isContentBoundary(i - 1) && !appositiveSubjectBefore(t, i) && !describedNameBefore(t, i)
                    && !subjectAppositiveBefore(c, i) && inverted(c, i, j, out)) && (!cue.invertedOnly() || closingSubject(c, i, j))) normal(c, cue, i, j, out);
            i = j - 1;
        }
        speakerLabel(c, out);
        colonQuotes(c, out);
        if (!venues.isEmpty()) {
            // the first person quoted in each sentence, found once: a venue passes that person's words on
            java.util.Map<Integer, RawMention> firstPerson = new java.util.HashMap<>();
            for (RawMention r : out) {
                if (r.speaker() != null && r.speaker().cls() == Cls.PERSON) firstPerson.putIfAbsent(c.sentenceIndexAt(r.cueStart()), r);
            }
            for (TokenRange v : venues) venue(c, v.start(), v.end(), firstPerson, out);
        }
        out.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return withoutViewsInsideStatements(out);
    }

    /**
     * Drops the views (beliefs, sides taken) that lie in the words of a statement of the same block ("Most voters
     * oppose the plan, according to a poll": one attribution, the poll's). A sweep over the statements' contents
     * sorted by start, with the furthest end so far: O(n log n) for n mentions.
     */
    private static List<RawMention> withoutViewsInsideStatements(List<RawMention> out) {
        boolean anyView = false;
        for (RawMention r : out) anyView |= r.kind() == MentionKind.BELIEF;
        if (!anyView) return out;
        List<RawMention> statements = new ArrayList<>();
        for (RawMention r : out) if (r.kind() == MentionKind.STATEMENT && r.contentEnd() > r.contentStart()) statements.add(r);
        statements.sort((a, b) -> Integer.compare(a.contentStart(), b.contentStart()));
        int[] starts = new int[statements.size()];
        int[] maxEnd = new int[statements.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = statements.get(k).contentStart();
            maxEnd[k] = Math.max(k == 0 ? 0 : maxEnd[k - 1], statements.get(k).contentEnd());
        }
        List<RawMention> kept = new ArrayList<>(out.size());
        for (RawMention r : out) {
            if (r.kind() == MentionKind.BELIEF) {
                int at = java.util.Arrays.binarySearch(starts, r.cueStart());
                int last = at >= 0 ? at : -at - 2;
                while (at >= 0 && last + 1 < starts.length && starts[last + 1] == r.cueStart()) last++;
                if (last >= 0 && maxEnd[last] > r.cueStart()) continue;
            }
            kept.add(r);
        }
        return kept;
    }

    /**
     * True when a verb of saying comes earlier in the sentence of token {@code i}, within 40 tokens ("Cuban said
     * that in a race ..., he would support"): a side taken there is part of what was said.
     */
    private boolean afterSpeechVerb(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 40 && same(t, k, i); k--) {
            Token y = t.get(k);
            if (!y.isWord() || y.quoted()) continue;
            SourceLexicons.Cue cue = cues.matchCue(t, k);
            if (cue != null && !cue.belief() && !cue.after() && !cue.venue() && SPEECH_LEMMAS.contains(cue.lemma())) return true;
        }
        return false;
    }

    /** Negations between a view's subject and its verb ("does not believe", "isn't expected", "never wanted"). */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "never", "n't", "isn't", "wasn't", "aren't",
            "weren't", "doesn't", "didn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "couldn't", "can't", "cannot");
    /**
     * The views whose denial is still a view the writer reports ("does not think", "is not expected to"): PolNeAR
     * data/train, 12 gold cues found for 1 false. Not "didn't want to speak on the record", "has not endorsed a
     * candidate", "didn't know much about": 12 found for 14 false (no side taken, no view reported).
     */
    private static final java.util.Set<String> NEGATED_VIEWS = java.util.Set.of("expect", "think", "believe");
    /**
     * Verbs of telling whose denial, before a question word, reports what a source withheld ("Lee would not say
     * whether she will run", "the agency did not explain why"): PolNeAR data/train, measured in decision 0104.
     */
    private static final java.util.Set<String> NEGATED_SPEECH = java.util.Set.of("say", "tell", "disclose", "explain",
            "reveal", "indicate", "elaborate", "answer");
    /** Question words that open what was withheld after a denied verb of telling. */
    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("when", "what", "whether", "how", "who",
            "whom", "why", "where", "which", "if");
    /** Weekdays and day words that may stand between a text and its -ing cue ("a statement Tuesday saying"). */
    private static final java.util.Set<String> DAY_WORDS = org.sourcelight.text.Calendar.with(
            org.sourcelight.text.Calendar.WEEKDAYS, "today", "yesterday", "tonight");

    /** Modal verbs: the denial of a verb of telling may follow one ("could not say whether"). */
    private static final java.util.Set<String> MODALS = java.util.Set.of("can", "could", "should", "may", "might", "must");
    /**
     * Verbs that carry on the cue after them: "continued to insist", "went on to praise", "kept asking" (PolNeAR
     * data/train, decision 0104; "began/started (to)" left out: as often no speech, "began calling Libyan groups").
     */
    private static final java.util.Set<String> CONTINUING = java.util.Set.of("continue", "continues", "continued");
    private static final java.util.Set<String> GOING_ON = java.util.Set.of("go", "goes", "went", "gone");
    private static final java.util.Set<String> KEEPING = java.util.Set.of("keep", "keeps", "kept");

    /**
     * A question word right after the cue at {@code i} (or after one listener or time word: "would not tell
     * reporters how", "wouldn't say Tuesday how"): what a denied verb of telling leaves open.
     */
    private static boolean questionAfter(List<Token> t, int i, int j) {
        for (int k = j; k < t.size() && k <= j + 1 && same(t, k, i); k++) {
            Token y = t.get(k);
            if (!y.isWord() || y.quoted()) return false;
            if (QUESTION_WORDS.contains(y.lower())) return true;
        }
        return false;
    }

    /**
     * Where the noun phrase of a text read back over {@code [s, e)} starts after the verb that carries or sends it
     * ("Protesters carried signs saying": "signs"); {@code s} when no such verb stands in it.
     */
    private static int textStart(List<Token> t, int s, int e) {
        int from = s;
        for (int k = s; k < e - 1; k++) {
            Token y = t.get(k);
            if (WordClasses.verbLike(y) && !y.capitalized() && !y.quoted() && (k == s || !NP_OPENERS.contains(t.get(k - 1).lower()))) from = k + 1;
        }
        return from;
    }

    /**
     * True when an "of" follows the last text noun of {@code [s, e)} ("the messages of rivals promising ..."): the -ing
     * cue belongs to the owner named after it, not to the text.
     */
    private boolean ownedAfterText(List<Token> t, int s, int e) {
        int last = -1;
        for (int k = s; k < e; k++) if (t.get(k).isWord() && t.get(k).has(WordClasses.DOCUMENT_NOUN)) last = k;
        for (int k = last + 1; k < e; k++) if (t.get(k).is("of")) return true;
        return false;
    }

    /** True when token {@code i} ("reported") stands between "first" and "by" in its sentence, outside quotations. */
    private static boolean firstReportedBy(List<Token> t, int i) {
        return i > 0 && i + 2 < t.size() && same(t, i - 1, i) && same(t, i + 2, i) && t.get(i - 1).is("first")
                && !t.get(i - 1).quoted() && t.get(i + 1).is("by") && !t.get(i + 1).quoted() && t.get(i + 2).isWord();
    }

    /** True when a negation stands right before the cue at {@code i}, over adverbs ("did not mention", "never mentioned"). */
    private boolean negatedBefore(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted() && words.isAdverb(t.get(k))
                && !NEGATIONS.contains(t.get(k).lower())) k--;
        return k >= 0 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted() && NEGATIONS.contains(t.get(k).lower());
    }

    /**
     * True when "by name" follows the object of the cue at {@code i} within ten words, before any comma or stop ("did
     * not mention his rival by name"): the speaker spoke of someone without naming them (PolNeAR train, decision 0105).
     */
    static boolean byNameAfter(List<Token> t, int i, int j) {
        for (int k = j; k + 1 < t.size() && k <= j + 10 && same(t, k + 1, i); k++) {
            Token y = t.get(k);
            if (y.quoted() || !y.isWord()) return false;
            if (y.is("by") && t.get(k + 1).is("name")) return k > j;
        }
        return false;
    }

    /**
     * Where a verb that carries on the cue at {@code i} begins, when token {@code k} ends it: "continued to" / "went
     * on to" before any cue, "kept" right before an -ing cue; -1 otherwise.
     */
    private static int catenativeStart(List<Token> t, int k, int i) {
        Token y = t.get(k);
        if (!y.isWord() || y.quoted() || k < 1 || !same(t, k - 1, i)) return -1;
        Token x = t.get(k - 1);
        if (!x.isWord() || x.quoted()) return -1;
        if (y.is("to")) {
            if (CONTINUING.contains(x.lower())) return k - 1;
            if (x.is("on") && k >= 2 && same(t, k - 2, i) && GOING_ON.contains(t.get(k - 2).lower())) return k - 2;
            return -1;
        }
        if (KEEPING.contains(y.lower()) && t.get(i).lower().endsWith("ing") && k == i - 1) return k;
        return -1;
    }

    /** The negated forms of "be" that make a passive ("isn't expected to"). */
    private static final java.util.Set<String> NEGATED_BE = java.util.Set.of("isn't", "wasn't", "aren't", "weren't");
    /** Forms of "do" before a negation ("does not believe"). */
    private static final java.util.Set<String> DO = java.util.Set.of("do", "does", "did");

    /** Forms of "seem" and "appear" that hedge the verb after "to" ("seemed to suggest", "appears to back"). */
    private static final java.util.Set<String> SEEMING = java.util.Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");

    /** The plain verbs of saying whose object is the words reported ("said he would", "saying they will"). */
    private static final java.util.Set<String> SPEECH_LEMMAS = java.util.Set.of("say", "tell", "add", "argue", "claim",
            "insist", "announce", "declare", "write", "tweet", "explain", "state", "suggest", "report", "promise", "vow", "pledge");

    /**
     * Names met outside attributions that later pronouns, surnames and role nouns may point to: a person given
     * with role and name ("remarks by US Assistant Secretary of State David Schenker"), a named document
     * ("UN Security Council Resolution 2254"), a bare surname ("Mattis' remarks").
     */
    /**
     * "a former Army captain and Medal of Honor winner": a lone capitalised word right before "of" and a capitalised
     * word heads the name of a thing or a body ("Medal of Honor"), never a person's ("Judge Emmet G. Sullivan of
     * the District Court" is one).
     */
    private static boolean nameOfAThing(List<Token> t, int a, int b, Speaker sp) {
        if (sp.cls() != Cls.PERSON || sp.name().indexOf(' ') >= 0) return false;
        for (int k = a; k < b; k++) {
            if (t.get(k).text().equals(sp.name())) return k + 2 < t.size() && t.get(k + 1).is("of") && t.get(k + 2).capitalized()
                    && (k == 0 || t.get(k - 1).isWord() && !t.get(k - 1).capitalized());
        }
        return false;
    }

    /** Every token of {@code [a, b)} is a capitalised word ("Kris Knoblauch"; not "and Medal"). */
    private static boolean allCapitalizedWords(List<Token> t, int a, int b) {
        for (int k = a; k < b; k++) if (!t.get(k).isWord() || !t.get(k).capitalized()) return false;
        return true;
    }

    List<Speaker> registrations(BlockContext c) {
        List<Speaker> out = new ArrayList<>();
        List<Token> t = c.tokens;
        int i = 0;
        while (i < t.size()) {
            if (!c.np[i]) { i++; continue; }
            int e = i;
            // "Senate Majority Leader Chuck Schumer and House Speaker Mike Johnson": two people, each named in full
            // (not "Hillary and Bill Clinton", who share the surname, nor "New Hampshire and Iowa")
            while (e < t.size() && same(t, e, i) && c.np[e] && !(e > i + 1 && t.get(e).is("and")
                    && capitalizedRun(t, e - 1, -1, i) >= 2 && capitalizedRun(t, e + 1, 1, i) >= 2)) e++;
            int a = i, b = e;
            while (a < b && t.get(a).isWord() && t.get(a).has(CONNECTOR)) a++;
            while (b > a && (!t.get(b - 1).isWord() && t.get(b - 1).type() != Token.Type.CLOSE
                    || t.get(b - 1).has(CONNECTOR | DETERMINER))) b--;
            // "Tuttle's article also attacked Christie": the owner named inside the phrase is present here too, and
            // so is one ending the phrase ("a supporter of Trump's presidential campaign": "presidential" is read as
            // no part of a noun phrase)
            boolean ownerLast = false;
            for (int p = a; p < b; p++) {
                Token y = t.get(p);
                if (y.capitalized() && possessiveName(y) && (p == a || !t.get(p - 1).capitalized())) {
                    out.add(bareName(y));
                    ownerLast = p == b - 1;
                } else if (y.capitalized() && possessiveName(y) && p > a && t.get(p - 1).isWord() && lex.isRole(t.get(p - 1).lower())
                        && (p - 1 == a || !t.get(p - 2).capitalized())) {
                    // "Mayor Walsh's press conference": a person named by role and surname
                    Speaker owner = bareName(y);
                    out.add(new Speaker(Cls.PERSON, owner.start(), owner.end(), owner.phrase(), owner.name(), t.get(p - 1).lower(), "", "",
                            owner.head(), Gender.UNKNOWN, true, false, false));
                    ownerLast = p == b - 1;
                }
            }
            if (b > a && holdsMediaName(t, a, b)) {
                // "as the nationalist Global Times tabloid noted": an outlet named in passing, which a later "the
                // paper" or "the network" may mean
                Speaker media = parser.parse(c.text, t, a, b);
                if (media != null && media.cls() == Cls.MEDIA && media.named()) {
                    out.add(media);
                    i = e;
                    continue;
                }
            }
            if (b > a && isWebAddress(t.get(b - 1))) {
                // "the website GunBroker.com": a body a later "the company" or "it" may mean
                Token w = t.get(b - 1);
                out.add(new Speaker(Cls.ORG, w.start(), w.end(), w.text(), w.text(), "", "", "", w.lower(), Gender.UNKNOWN, true, false, false));
                i = e;
                continue;
            }
            if (b > a && (words.isHead(t.get(b - 1)) || particleName(t.get(b - 1)))) {
                // "Edmonton coach Kris Knoblauch praised his captain": a role in lower case right before a full name
                // introduces that person, though the name's first word is no listed given name (a listed one is read
                // below, with its appositive)
                if (a > 0 && b - a >= 2 && t.get(a - 1).isWord() && !t.get(a - 1).capitalized() && t.get(a - 1).has(ROLE)
                        && allCapitalizedWords(t, a, b) && !(b < t.size() && t.get(b).is("of")) && !words.containsRole(t, a, b)
                        && !lex.givenNames.containsKey(t.get(a).lower())) {
                    Speaker sp = parser.parse(c.text, t, a - 1, b);
                    if (sp != null && sp.named() && sp.cls() == Cls.PERSON && sp.name().indexOf(' ') > 0) {
                        out.add(sp);
                        i = e;
                        continue;
                    }
                }
                if (words.containsRole(t, a, b) || words.containsDocumentNoun(t, a, b)) {
                    Speaker sp = parser.parse(c.text, t, a, b);
                    if (sp != null && sp.named() && (sp.cls() == Cls.PERSON || sp.cls() == Cls.DOCUMENT) && !nameOfAThing(t, a, b, sp)) out.add(sp);
                } else if (t.get(b - 1).capitalized()) {
                    // a full name whose first word is a given name ("Beverly Bond", "Hillary Clinton's"): a person
                    // a later "he" or "she" may mean, even when they have not spoken yet
                    Speaker named = b - a >= 2 && givenNameWordIn(c.text, t, a, b) ? parser.parseMentioned(c.text, t, a, b) : null;
                    if (named != null && named.cls() == Cls.PERSON && named.named() && named.name().indexOf(' ') > 0
                            && lex.givenNames.containsKey(SourceLexicons.lower(named.name().substring(0, named.name().indexOf(' '))))) {
                        out.add(withAppositiveRole(c, named, b));
                        i = e;
                        continue;
                    }
                    // a bare name ("Mattis' remarks"): only refreshes a person named before; a name after "a" or
                    // "the" modifies a noun ("a Trump rally") and is no mention of the person
                    Token last = t.get(b - 1);
                    boolean adjunct = b - 1 > 0 && same(t, b - 2, b - 1) && DETERMINERS.contains(t.get(b - 2).lower());
                    if (!adjunct && !ownerLast) out.add(bareName(last));
                }
            }
            i = e;
        }
        return out;
    }

    /** Capitalised words in a row from {@code k} going {@code step} (a title's dot between them allowed: "Mr. Obama"). */
    private static int capitalizedRun(List<Token> t, int k, int step, int sentenceOf) {
        int n = 0;
        for (int p = k; p >= 0 && p < t.size() && same(t, p, sentenceOf) && n < 3; p += step) {
            Token y = t.get(p);
            if (y.isWord() && y.capitalized()) n++;
            else if (!(y.type() == Token.Type.STOP && y.text().equals("."))) break;
        }
        return n;
    }

    /**
     * A name met outside an attribution with the role its appositive gives ("Eric Trump, son of the candidate,
     * talked politics"): the role a later or earlier "his son" may look for. {@code b} is the token after the name.
     */
    private Speaker withAppositiveRole(BlockContext c, Speaker named, int b) {
        List<Token> t = c.tokens;
        if (b >= t.size() || t.get(b).type() != Token.Type.COMMA || !same(t, b, b - 1)) return named;
        int e = b + 1;
        while (e < t.size() && e - b < 14 && same(t, e, b) && t.get(e).type() != Token.Type.COMMA && t.get(e).type() != Token.Type.STOP
                && t.get(e).type() != Token.Type.QUOTE && !t.get(e).quoted()) e++;
        if (e >= t.size() || e == b + 1 || t.get(e).type() != Token.Type.COMMA || !words.containsRole(t, b + 1, e)) return named;
        return phrases.withRole(c, named, b + 1, e);
    }

    /** True when a word of {@code [a, b)} starts the name of an outlet ("Global" of "Global Times"). */
    private boolean holdsMediaName(List<Token> t, int a, int b) {
        for (int k = a; k < b; k++) {
            Token y = t.get(k); // MEDIA_START: its lower-case form starts a media name, as any key's form does
            if (y.capitalized() && y.has(WordClasses.MEDIA_START) && lex.mediaNamesByFirstWord.containsKey(y.text())) return true;
        }
        return false;
    }

    /**
     * True when some word of tokens {@code [a, b)}, read up to the next space before the phrase's end, is a given
     * name: the test the full-name registration above makes of the name's first word, done before the phrase is
     * parsed (a name starts at a word of the phrase and its first word ends at its first space), so that the
     * capitalised phrases with no given name ("White House", "New York") are not parsed for nothing.
     */
    private boolean givenNameWordIn(String text, List<Token> t, int a, int b) {
        int end = t.get(b - 1).end();
        int space = end; // the first space at or after the end of the word read last (words are read backwards)
        int scanned = end; // text[scanned, end) has been searched for that space
        for (int k = b - 1; k >= a; k--) {
            Token y = t.get(k);
            if (!y.isWord()) continue;
            for (int p = Math.min(scanned, end) - 1; p >= y.end(); p--) if (text.charAt(p) == ' ') space = p;
            scanned = Math.min(scanned, y.end());
            if (space >= end) continue;
            // a word that is one token is its own lower-case form
            if (lex.givenNames.containsKey(space == y.end() ? y.lower() : SourceLexicons.lower(text.substring(y.start(), space)))) return true;
        }
        return false;
    }

    private static boolean possessiveName(Token y) {
        return y.text().length() > 3 && y.possessive();
    }

    /** A capitalised name met alone, without its possessive ending ("Mattis", "Tuttle's" → "Tuttle"). */
    private static Speaker bareName(Token y) {
        String name = possessiveName(y) ? y.text().substring(0, y.text().length() - Token.possessiveLength(y.lower())) : y.text();
        // a name written as its token is that token's lower-case form
        return new Speaker(Cls.PERSON, y.start(), y.start() + name.length(), name, name, "", "", "", name == y.text() ? y.lower() : SourceLexicons.lower(name),
                Gender.UNKNOWN, true, false, false);
    }

    /** "GunBroker.com", "MoveOn.org": a web address written as a name. */
    private static boolean isWebAddress(Token y) {
        String l = y.lower();
        return y.capitalized() && l.length() > 5 && (l.endsWith(".com") || l.endsWith(".org") || l.endsWith(".net"));
    }

    /** A surname with a lower-case Arabic article ("al-Awlaki", "el-Sisi"): a name's last word. */
    private static boolean particleName(Token y) {
        String x = y.text();
        return y.isWord() && !y.quoted() && x.length() > 4 && (x.startsWith("al-") || x.startsWith("el-")) && Character.isUpperCase(x.charAt(3));
    }

    /**
     * A passive that hides who spoke ("is said to", "was widely criticized", "was asked about", "is accused of"), as
     * PolNeAR counts them, except the passives that name no speaker at all: "officers were called to the scene",
     * "was found", "was denied bail", "was admitted to hospital".
     */
    private static boolean passiveReport(List<Token> t, SourceLexicons.Cue cue, int j) {
        if (NOT_PASSIVE_REPORTS.contains(cue.lemma())) return false;
        return !(cue.lemma().equals("call") && j < t.size() && SUMMONED.contains(t.get(j).lower()));
    }

    /**
     * Cue verbs whose passive was wrong more often than right on PolNeAR data/train (session 4: "found" 5 false
     * and 0 right, "denied" 6/1, "added" 3/0, "informed" 2/1), or is plainly
     * another sense in the passive ("posted to", "admitted to hospital").
     */
    private static final java.util.Set<String> NOT_PASSIVE_REPORTS = java.util.Set.of("find", "deny", "add", "inform",
            "post", "admit");
    /** "were called to the scene", "was called in", "was called off": summoned or cancelled, not words reported. */
    private static final java.util.Set<String> SUMMONED = java.util.Set.of("to", "in", "out", "off", "up", "back", "away");

    /**
     * The first token ("who") of the journalistic request for anonymity ending at {@code k}: "who asked not to be
     * named", "who requested not to be identified". It describes the speaker; it says nothing of its own. -1 when
     * there is none.
     */
    private static int anonymityRequestEndingAt(List<Token> t, int k, int i) {
        int w = k - 5;
        if (w < 0 || !same(t, w, i) || !(t.get(k).is("named") || t.get(k).is("identified"))) return -1;
        boolean form = t.get(k - 1).is("be") && t.get(k - 2).is("to") && t.get(k - 3).is("not")
                && (t.get(k - 4).is("asked") || t.get(k - 4).is("requested")) && (t.get(w).is("who") || t.get(w).is("that"));
        return form && w > 0 ? w : -1;
    }

    /**
     * "said in a video posted to social media", "according to a report released Friday": a noun phrase that is the
     * object of a preposition, with the -ed cue right after it, is a participle describing that thing, not a
     * subject and its verb.
     */
    private static boolean reducedRelative(List<Token> t, int npStart, int i, int k) {
        if (k != i - 1 || npStart < 1 || !same(t, npStart - 1, i) || !t.get(i).lower().endsWith("ed")) return false;
        String before = t.get(npStart - 1).lower(), first = t.get(npStart).lower();
        return PREPOSITIONS_BEFORE_OBJECT.contains(before) && (first.equals("a") || first.equals("an") || first.equals("the"));
    }

    /** Prepositions only, never clause openers ("after the agency called for", "by" + the author of a report). */
    private static final java.util.Set<String> PREPOSITIONS_BEFORE_OBJECT = java.util.Set.of("in", "on", "into",
            "from", "with", "through", "during", "under", "via");

    /** "asked not to be named": a request for anonymity, not a cue. */
    private static boolean anonymityRequest(List<Token> t, int j) {
        return j + 2 < t.size() && t.get(j).is("not") && t.get(j + 1).is("to") && t.get(j + 2).is("be");
    }

    /**
     * True when the sentence of token {@code i} is written in title case, as headlines are ("Mayor Says Bridge Will
     * Open"): at least four words of four letters or more outside quotes, and every one of them capitalised.
     * Read once per sentence ({@code memo}).
     */
    private static boolean titleCase(BlockContext c, int i, java.util.Map<Integer, Boolean> memo) {
        List<Token> t = c.tokens;
        int sentence = t.get(i).sentence();
        Boolean known = memo.get(sentence);
        if (known != null) return known;
        int words = 0;
        boolean all = true;
        for (int k = sentenceFirst(t, i); k < t.size() && same(t, k, i) && all; k++) {
            Token y = t.get(k);
            if (!y.isWord() || y.quoted() || y.text().length() < 4) continue;
            words++;
            // capitalised, and not in capitals throughout ("HIGHER THAN EXPECTED" is a shouted label, not a headline)
            all = y.capitalized() && !y.text().equals(y.text().toUpperCase(java.util.Locale.ROOT));
        }
        boolean title = all && words >= 4;
        memo.put(sentence, title);
        return title;
    }

    /** Most tokens of the question set before the clause in "Asked whether ..., X said". */
    private static final int ASKED_REACH = 45;

    /**
     * "Asked whether he would run, Lee said ...", "When asked about the bridge, the mayor said ...": a participle
     * that opens the sentence tells that someone (the reporter, not named) put a question; the words asked are the
     * phrase up to the comma that ends it (or a closing quotation mark after a comma), and the clause after it is
     * the answer, found as its own attribution. True when token {@code i} opens such a phrase and a mention with no
     * speaker was added.
     */
    private boolean askedOpening(BlockContext c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (!t.get(i).is("asked") || j >= t.size() || !same(t, j, i) || !t.get(j).isWord() || t.get(j).quoted()) return false;
        int first = sentenceFirst(t, i);
        if (!(i == first || i == first + 1 && t.get(first).is("when"))) return false;
        int end = -1;
        for (int k = j; k < t.size() && same(t, k, i) && k - j < ASKED_REACH; k++) {
            Token y = t.get(k);
            if (y.type() == Token.Type.COMMA && !y.quoted()) { end = k; break; }
            if (y.type() == Token.Type.QUOTE && k > j && t.get(k - 1).type() == Token.Type.COMMA && c.quotes.closingAt(y.end()) != null) {
                end = k + 1;
                break;
            }
            if (y.type() == Token.Type.STOP || y.type() == Token.Type.COLON) return false;
        }
        // the answer's clause must follow in the same sentence
        if (end < 0 || end >= t.size() || !same(t, end, i) || !(t.get(end).isWord() || t.get(end).type() == Token.Type.COMMA
                && end + 1 < t.size() && same(t, end + 1, i) && t.get(end + 1).isWord())) return false;
        RawMention r = vagueMention(c, i, j, "someone (not named)", out);
        out.add(r.withContent(t.get(j).start(), t.get(end - 1).end()));
        return true;
    }

    /** "X said ...", "..., X added", "X, a spokesman for Y, said", "The resolution passed ... and calls for". */
    private void normal(BlockContext c, SourceLexicons.Cue cue, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        if ((cue.lemma().equals("ask") || cue.lemma().equals("request")) && anonymityRequest(t, j)) return;
        int k = i - 1;
        int hedge = -1; // the "seemed" of "seemed to suggest", or -1
        boolean negated = false; // "does not believe": the cue starts at its auxiliary
        boolean passive = false;
        while (k >= 0 && same(t, k, i)) {
            Token y = t.get(k);
            if (y.isWord() && !y.quoted() && (INTERPOSED.contains(y.lower()) || words.isAdverb(y)
                    || (y.is("here") || y.is("there")) && k == i - 1) && k - 1 >= 0 && same(t, k - 1, i)) {
                k--; // "Officials here said"
            } else if (timeBefore(t, k, i) >= 0) {
                k = timeBefore(t, k, i); // "Senator Ann Lee (D-Ohio) last week said", "Lee later Thursday told"

            } else if (y.isWord() && (AUXILIARIES.contains(y.lower()) || BE.contains(y.lower()))) {
                passive |= BE.contains(y.lower()) && !cue.participle(); // "is calling for" is no passive
                k--;
            } else if (y.isWord() && !y.quoted() && DO.contains(y.lower()) && k - 1 >= 0 && same(t, k - 1, i)) {
                k--; // "Lee did tell reporters that", "while she does support the plan"
            } else if (catenativeStart(t, k, i) >= 0) {
                // "He continued to express doubts", "She went on to praise", "Lee kept asking": the verb before the
                // cue carries the saying on; the cue shown includes it
                int s0 = catenativeStart(t, k, i);
                hedge = hedge < 0 ? s0 : Math.min(hedge, s0);
                k = s0 - 1;
            } else if ((NEGATED_VIEWS.contains(cue.lemma()) || NEGATED_SPEECH.contains(cue.lemma()) && questionAfter(t, i, j)
                    || cue.lemma().equals("mention") && byNameAfter(t, i, j))
                    && y.isWord() && !y.quoted() && NEGATIONS.contains(y.lower()) && k - 1 >= 0 && same(t, k - 1, i)) {
                // "Lee does not believe ...", "is not expected to", "isn't expected to": a view denied; the cue shown
                // keeps the negation, so a reader never sees the view as held
                passive |= NEGATED_BE.contains(y.lower());
                negated = true;
                k--;
                // "does not believe", "could not say whether"
                if ((DO.contains(t.get(k).lower()) || MODALS.contains(t.get(k).lower())) && k - 1 >= 0 && same(t, k - 1, i)) k--;
            } else if (y.is("to") && !y.quoted() && k >= 1 && same(t, k - 1, i) && SEEMING.contains(t.get(k - 1).lower())) {
                // "Trump seemed to suggest ...", "She appeared to endorse ...": the writer's hedge on words or a view
                // that the subject of "seemed" gives (the cue shown is the whole "seemed to suggest")
                k -= 2;
                hedge = k + 1;
            } else if (y.type() == Token.Type.COMMA && k >= 2 && t.get(k - 1).isWord()
                    && (AUXILIARIES.contains(t.get(k - 1).lower()) || INTERPOSED.contains(t.get(k - 1).lower()))
                    && t.get(k - 2).type() == Token.Type.COMMA) {
                k -= 3; // "would, meanwhile, point to", "experts and officials, however, said"
            } else {
                int anonymity = anonymityRequestEndingAt(t, k, i); // "a witness who asked not to be named told"
                if (anonymity < 0) break;
                k = anonymity - 1;
            }
        }
        if (negated) {
            int from = k + 1;
            while (from < i && !(t.get(from).isWord() && (AUXILIARIES.contains(t.get(from).lower()) || BE.contains(t.get(from).lower())
                    || NEGATIONS.contains(t.get(from).lower()) || DO.contains(t.get(from).lower()) || MODALS.contains(t.get(from).lower())))) from++;
            if (hedge < 0 || from < hedge) hedge = from;
        }
        if (passive) {
            // "has been accused of": words someone (not named) said; "was backed by", "is opposed" name no one
            if (!byFollows(t, j) && !cue.asSaying() && !cue.stance() && passiveReport(t, cue, j)) {
                RawMention v = vagueMention(c, i, j, "someone (not named)", out);
                out.add(hedge < 0 ? v : v.withCue(t.get(hedge).start(), c.text.substring(t.get(hedge).start(), v.cueEnd())));
            }
            return;
        }
        if (k < 0 || !same(t, k, i)) return;
        Speaker sp;
        int npStart;
        boolean relative = false;
        boolean objectOnly = false; // the content is the object of a side taken in a relative clause on the subject
        if (t.get(k).is("and") || t.get(k).is("but")) {
            // a second predicate of the sentence's subject: "The senator criticized the plan and said ...",
            // "A spokesman declined to comment but said ...", after an opening phrase ("In an interview, X ... and said")
            npStart = sentenceFirst(t, k);
            // "But the court reversed and said": a conjunction opening the sentence is no part of its subject
            // (verbs of saying only: "But weeks of delay followed and find ...", "most significant and criticized" stay out)
            if (SENTENCE_CONJUNCTIONS.contains(t.get(npStart).lower()) && npStart + 2 < k && t.get(npStart + 1).isWord()
                    && !t.get(npStart + 1).quoted() && CONJOINED_SPEECH.contains(cue.lemma()) && !cue.participle()) npStart++;
            // "Asked whether she would run, the mayor smiled and said": an opening participle phrase, like an opener
            // (or any -ing word opening the sentence before a lower-case word: "Walking to the next house, Lee ... and said")
            boolean opener = OPENERS.contains(t.get(npStart).lower()) || SubjectPhrases.ASIDE_CLAUSES.contains(t.get(npStart).lower())
                    || t.get(npStart).capitalized() && t.get(npStart).lower().endsWith("ing") && t.get(npStart).lower().length() > 5
                    && npStart + 1 < k && t.get(npStart + 1).isWord() && !t.get(npStart + 1).capitalized() && !t.get(npStart + 1).quoted();
            int e = phrases.npForward(c, npStart);
            sp = e > npStart ? parser.parse(c.text, t, npStart, e) : null;
            // "The crowd cheered when Ann Lee thanked the volunteers and said ...": the speaker of a cue earlier in
            // the same comma-free stretch is the subject of both predicates
            Speaker near = earlierSpeaker(c, k, out);
            if (near != null && near.start() > t.get(segmentStart(t, k)).start() && near.start() > t.get(npStart).start()) sp = near;
            if (sp == null || sp.cls() == Cls.VAGUE) {
                int w = phrases.wideForward(c, npStart);
                sp = w > npStart ? parser.parse(c.text, t, npStart, w) : null;
            }
            if ((sp == null || opener) && t.get(k).is("and") || sp == null) {
                int comma = npStart;
                while (comma < k && comma - npStart < 14 && t.get(comma).type() != Token.Type.COMMA) comma++;
                sp = null;
                if (comma < k - 1 && opener) {
                    int s0 = comma + 1, e0 = phrases.npForward(c, s0);
                    sp = e0 > s0 ? parser.parse(c.text, t, s0, e0) : null;
                    if (sp == null) {
                        int w0 = phrases.wideForward(c, s0);
                        sp = w0 > s0 ? parser.parse(c.text, t, s0, w0) : null;
                    }
                    if (sp != null) npStart = s0;
                }
            }
            if (sp != null && (sp.cls() == Cls.VAGUE || sp.cls() == Cls.DOCUMENT && t.get(k).is("but"))) sp = null;
            if (sp == null) {
                // "..., and when Rubio thanked the city and said ...", "Podesta said Gates was not involved and said
                // ...": no subject opens the sentence; the second predicate shares the speaker of the cue before it
                sp = earlierSpeaker(c, k, out);
                npStart = k;
            }
        } else if (t.get(k).type() == Token.Type.COMMA) {
            SubjectPhrases.Appositive app = phrases.appositive(c, k);
            if (app == null) {
                // "The mayor's chief of staff, Tom Reed, of course, said", "The governor's office, for example, said":
                // an interjection between the subject (or its appositive) and the cue
                int before = interjectionBefore(t, k);
                int at = before > 0 ? before : k;
                if (before > 0) app = phrases.appositive(c, before);
                TokenRange subject = app != null ? null : phrases.asideSubject(c, at);
                if (app == null && subject == null && before > 0) {
                    int s0 = phrases.npBackward(c, before - 1);
                    if (s0 <= before - 1 && SubjectPhrases.opensClause(t, s0)) subject = new TokenRange(s0, before);
                }
                if (app == null && subject == null) return;
                if (app == null) {
                    if (parser.parse(c.text, t, subject.start(), subject.end()) == null) return;
                    app = new SubjectPhrases.Appositive(subject, new TokenRange(Math.min(subject.end() + 1, at), at));
                }
            }
            npStart = Math.min(app.speaker().start(), app.role().start()); // the role may come first: "the assailant, John McGraw,"
            sp = phrases.withRole(c, parser.parse(c.text, t, app.speaker().start(), app.speaker().end()), app.role().start(), app.role().end());
            if (sp != null && app.role().end() <= app.speaker().start()) {
                // "Carter's press secretary, Peter Cook, told": the description before the name is part of the speaker
                int s0 = t.get(app.role().start()).start();
                sp = sp.withSpan(s0, sp.end(), c.text.substring(s0, sp.end()));
            }
            if (sp == null) {
                // the appositive reader's phrase names no one ("the levy, Ruth Okafor of the grange"): the subject
                // may open the clause before an aside
                TokenRange subject = phrases.asideSubject(c, k);
                if (subject != null) {
                    npStart = subject.start();
                    sp = parser.parse(c.text, t, subject.start(), subject.end());
                }
            }
        } else if (t.get(k).type() == Token.Type.QUOTE && k >= 2 && t.get(k - 1).type() == Token.Type.COMMA && t.get(k - 2).isWord()
                && c.quotes.closingAt(t.get(k).end()) != null && phrases.asideSubject(c, k) != null) {
            // 'Tom Reed, who calls the mayor a "liar," said', 'Mr. Hale, citing "the cost," said': the aside ends
            // with a quotation whose closing mark follows its comma
            TokenRange subject = phrases.asideSubject(c, k);
            npStart = subject.start();
            sp = parser.parse(c.text, t, subject.start(), subject.end());
        } else if (isDash(t.get(k))) {
            // "Joyce — who is listed as an attorney in Illinois — told", "Gingrich -- mentioned by Newsmax -- told"
            int open = openingDash(t, k);
            if (open <= 0) return;
            npStart = phrases.npBackward(c, open - 1);
            if (npStart > open - 1 || !(SubjectPhrases.opensClause(t, npStart) || SubjectPhrases.isNameHead(t, open - 1))) return;
            sp = parser.parse(c.text, t, npStart, open);
        } else if ((t.get(k).is("who") || t.get(k).is("which")) && !t.get(k).quoted() && k >= 2 && same(t, k - 2, k)
                && t.get(k - 1).type() == Token.Type.COMMA) {
            // "Khizr Khan, who said ...", "the agency, which said ...": the relative pronoun is the speaker on the
            // page, and it means the noun phrase before the comma
            sp = relativeSubject(c, k);
            npStart = k;
            relative = true;
        } else if (t.get(k).is("who") && k == i - 1 && k > 0 && same(t, k - 1, k) && !cue.needsThat()) {
            // "security experts who say ...": the noun phrase the relative clause hangs on (the cue right after
            // "who", a plain verb of saying: "a liar who has repeatedly pledged" is a description, not a source)
            int count = phrases.countBackward(c, k - 1); // "compared with four in 10 who said", "18% who say": a poll's count
            npStart = count >= 0 ? count : phrases.npBackward(c, k - 1);
            if (npStart > k - 1) return;
            // ... but when that phrase is the subject of its sentence, its own verb follows the relative clause
            // ("The consultants who wrote it were paid by ...", "Councillors who backed the plan are clearly ..."):
            // only "that", a quotation or a colon right after the cue shows where the reported words are; a side
            // taken keeps just its object ("who backed the plan")
            if ((npStart == 0 || !same(t, npStart - 1, npStart)) && !reportedWordsMarked(t, j)) {
                if (!cue.stance()) return;
                objectOnly = true;
            }
            sp = count >= 0 ? counted(c, npStart, k - 1) : parser.parse(c.text, t, npStart, k);
            // the relative pronoun is the speaker on the page, as in "X, who said" (PolNeAR marks "who" too): it
            // means the noun phrase, which names the source
            if (sp != null) sp = sp.withSpan(t.get(k).start(), t.get(k).end(), t.get(k).text());
        } else if (cues.documentBefore(c, cue, i) >= 0 && cues.documentBefore(c, cue, i) < k) {
            // "A CNN poll last month showed", "The report published Tuesday found": the document, not the time
            int d = cues.documentBefore(c, cue, i);
            npStart = phrases.npBackward(c, d);
            if (npStart > d) return;
            sp = parser.parse(c.text, t, npStart, d + 1);
        } else if (phrases.countBackward(c, k) >= 0) {
            // "Six in 10 say", "Most said", "42% say": a poll's count of the people asked, unnamed
            npStart = phrases.countBackward(c, k);
            sp = counted(c, npStart, k);
        } else if (contractedSubject(t, k, cue, i) || contractedPronoun(t.get(k)) != null && !contractedPronoun(t.get(k))[1].equals("'s")) {
            // "He's suggesting that ...", "They've argued that ...", "she'll likely want ...": a pronoun with its
            // auxiliary written in one word ("they're expected to" is a passive: no speaker; "he's" before another
            // past form is read as before, as the noun phrase read back)
            if (!contractedSubject(t, k, cue, i)) return;
            npStart = k;
            sp = parser.parse(c.text, t, k, k + 1);
        } else {
            npStart = phrases.npBackward(c, k);
            if (npStart > k) {
                // "The officials whose laws were struck down say": the relative clause ends in no noun
                int of = phrases.describedByRelative(c, i);
                if (of < 0) return;
                int who = i - 1;
                while (!(t.get(who).is("who") || t.get(who).is("whose") || t.get(who).is("that"))) who--;
                // the relative clause has a verb of its own before the cue ("whose laws were struck down say"); the
                // cue of the clause itself ("groups that have endorsed him") is no statement of the groups here
                boolean ownVerb = false;
                for (int v = who + 1; v < i; v++) {
                    ownVerb |= (WordClasses.verbLike(t.get(v)) || SubjectPhrases.isPastParticiple(t.get(v).lower()))
                            && !AUXILIARIES.contains(t.get(v).lower()) && !BE.contains(t.get(v).lower());
                }
                if (!ownVerb) return;
                Speaker head = parser.parse(c.text, t, of, who);
                if (head == null || head.cls() == Cls.PRONOUN || head.cls() == Cls.VAGUE) return;
                int s0 = t.get(of).start(), e0 = t.get(k).end();
                sp = head.withSpan(s0, e0, c.text.substring(s0, e0));
                npStart = of;
            } else {
            if (reducedRelative(t, npStart, i, k)) return;
            sp = parser.parse(c.text, t, npStart, k + 1);
            if (SubjectPhrases.countOf(t, npStart, k + 1)) sp = counted(c, npStart, k); // "half of Vermont Democrats"
            else {
                // "Six in 10 Ohio Democratic primary voters said": a poll's count of the group the phrase names (the
                // count ends before the phrase, or the phrase read back took its last number)
                int before = npStart > 0 && same(t, npStart - 1, k) ? phrases.countBackward(c, npStart - 1) : -1;
                int within = -1;
                for (int p = npStart; before < 0 && within < 0 && p < k && p <= npStart + 3; p++) {
                    int q = phrases.countBackward(c, p); // a count read back from inside the phrase to its start or before
                    if (q >= 0 && (q < npStart || q == npStart && p > npStart)) within = q;
                }
                if (before >= 0 || within >= 0) {
                    npStart = before >= 0 ? before : within;
                    sp = counted(c, npStart, k);
                }
            }
            int described = phrases.describedByAgent(c, npStart);
            if (described >= 0) {
                // "A petition signed by 2,000 people called for": the petition speaks, its signers describe it
                // (a document keeps its author as its organisation: "statement by X" reads as X's)
                Speaker whole = parser.parse(c.text, t, described, k + 1);
                Speaker head = parser.parse(c.text, t, described, npStart - 2);
                int s0 = t.get(described).start(), e0 = t.get(k).end();
                if (head != null) {
                    sp = head.cls() == Cls.DOCUMENT && whole != null ? whole : head.withSpan(s0, e0, c.text.substring(s0, e0));
                    npStart = described;
                }
            }
            int relativeOf = described < 0 ? phrases.describedByRelative(c, npStart) : -1;
            if (relativeOf >= 0) {
                // "Some residents who spoke at the meeting questioned": the residents speak, not the meeting
                int who = npStart - 1;
                while (!(t.get(who).is("who") || t.get(who).is("whose") || t.get(who).is("that"))) who--;
                Speaker head = parser.parse(c.text, t, relativeOf, who);
                int s0 = t.get(relativeOf).start(), e0 = t.get(k).end();
                if (head != null) {
                    sp = head.withSpan(s0, e0, c.text.substring(s0, e0));
                    npStart = relativeOf;
                }
            }
            int contactOf = described < 0 && relativeOf < 0 ? phrases.describedByContactClause(c, npStart) : -1;
            if (contactOf >= 0) {
                // "Several people I have spoken with in recent weeks said": the people speak, not "recent weeks"
                int pronoun = contactOf;
                while (!(t.get(pronoun).is("i") || t.get(pronoun).is("we") || t.get(pronoun).is("you"))) pronoun++;
                Speaker head = parser.parse(c.text, t, contactOf, pronoun);
                int s0 = t.get(contactOf).start(), e0 = t.get(k).end();
                sp = head == null ? null : head.withSpan(s0, e0, c.text.substring(s0, e0));
                npStart = contactOf;
            }
            // (not when the name and cue interrupt the sentence: "The new pier, Voss said, would open" names no role)
            if (sp != null && sp.cls() == Cls.PERSON && sp.named() && npStart >= 2 && t.get(npStart - 1).type() == Token.Type.COMMA
                    && !(j < t.size() && same(t, j, i) && t.get(j).type() == Token.Type.COMMA)) {
                int segStart = segmentStart(t, npStart - 1);
                sp = phrases.withRole(c, sp, segStart, npStart - 1); // "Chief of the General Staff ..., Valery Gerasimov"
            }
            }
        }
        if (sp == null) return;
        // "what he believes are", "the campaign he wants to run", "what he is saying" (an -ing cue here follows "be")
        if ((cue.belief() || cue.participle()) && relativeClause(c, npStart)) return;
        if (cue.asSaying()) {
            asSaying(c, sp, npStart, i, j, out);
            return;
        }
        // a relative clause's words follow its cue: the comma before "who" closes no quote
        boolean trailing = !relative && spans.isTrailing(c, npStart, i, j) && !answersQuestion(c, npStart, out)
                && !countAfterOpener(c, sp, npStart, i, j);
        // "continued to push" is no attribution; "continued: ..." is
        if (cue.trailingOnly() && !trailing && spans.introducingColon(c, i, j) < 0 && !quoteAfterComma(c, i, j)) return;
        // a belief with no clause after it closes the words it is about ("..., his aides believe."), or is none
        if (cue.belief() && !cue.stance() && !trailing && !cues.hasClause(c, cue, i, j)) return;
        int objectEnd = objectOnly ? phrases.npForward(c, j) : j;
        Span content = cue.noContent() ? new Span(t.get(j - 1).end(), t.get(j - 1).end())
                : objectOnly ? (objectEnd > j ? new Span(t.get(j).start(), t.get(objectEnd - 1).end()) : null)
                : trailing ? spans.trailingContent(c, npStart - 1) : spans.forwardContent(c, i, afterTimeAndComma(t, i, j));
        // "..., as David Dayen noted in The Intercept.", "..., as some have speculated.": the clause before ", as" is
        // what the cue reports when nothing but where or when follows the cue
        if (content != null && !trailing && !cue.noContent() && asClauseBefore(t, npStart, i, j)) content = spans.trailingContent(c, npStart - 2);
        if (content == null) return;
        // a side taken reports what it is on; a view in a relative clause ends with the clause's comma ("Teachers,
        // who believe the plan is unfair, marched")
        if (cue.stance() && !trailing && !objectOnly) content = spans.stanceObject(c, i, j, content, true);
        else if (relative && cue.belief()) content = spans.stanceObject(c, i, j, content, false);
        else if (!relative && !objectOnly && !cue.noContent() && !cue.stance()) content = interrupted(c, npStart, i, j, content, trailing);
        RawMention m = mention(c, sp, i, j, content);
        // "would not say whether": what a source withheld is no words it said; shown as a view, as "declined to say" is
        if (negated && (NEGATED_SPEECH.contains(cue.lemma()) || cue.lemma().equals("mention"))) m = m.withKind(MentionKind.BELIEF);
        out.add(hedge < 0 ? m : m.withCue(t.get(hedge).start(), c.text.substring(t.get(hedge).start(), m.cueEnd())));
    }

    /**
     * Where the words reported start after a cue followed by a time expression and a comma ("If China can build a
     * wall, he observed this week, without cranes, then he can build one": from "without"); {@code j} otherwise.
     */
    /**
     * The words of a sentence that its attribution interrupts ('"The harbour was never the problem," Voss said, "and
     * the council knows it."', "The goal, he said, is a lasting truce.", "If the ferry stops, she said, the island is
     * cut off."): the speaker and cue stand between two commas in the middle of one sentence, so what they report is
     * the part before and the part after them. The span runs from the first part to the end of the second; the cue
     * and speaker inside it keep their own highlights. {@code content} is returned unchanged when the sentence does
     * not go on after the cue (its words then are the writer's: '..., Sanders said, a policy that ...' is left when
     * the part before is a quotation or clause of its own and the part after no verb of its own follows).
     */
    private Span interrupted(BlockContext c, int npStart, int i, int j, Span content, boolean trailing) {
        List<Token> t = c.tokens;
        int n = t.size();
        if (npStart < 1 || !same(t, npStart - 1, i)) return content;
        Token prev = t.get(npStart - 1);
        boolean quoteBefore = prev.type() == Token.Type.QUOTE && c.quotes.closingAt(prev.end()) != null;
        if (quoteBefore) {
            // the quotation's sentence goes on: its own comma stands inside the closing mark ('"...," she said, "...')
            int mark = prev.start();
            if (mark < 1 || c.text.charAt(mark - 1) != ',') return content;
        } else if (prev.type() != Token.Type.COMMA || npStart - 1 == sentenceFirst(t, npStart - 1)) return content;
        // after the cue: where or to whom it was said, up to the comma that closes the interruption
        int k = j;
        while (k < n && same(t, k, i) && k - j < INTERRUPTION_REACH && t.get(k).isWord() && !t.get(k).quoted()
                && !(t.get(k).has(CUE_START) && cues.matchCue(t, k) != null)) k++;
        if (k + 1 >= n || t.get(k).type() != Token.Type.COMMA || !same(t, k + 1, i) && t.get(k + 1).type() != Token.Type.QUOTE) return content;
        Token next = t.get(k + 1);
        boolean quoteAfter = next.type() == Token.Type.QUOTE && c.quotes.startingAt(next.start()) != null;
        // 'wrote in her memoir, "Seaside Town."': a title, not the rest of the quotation
        if (quoteAfter && spans.quotedTitle(c, k + 1)) return content;
        if (!quoteAfter && !next.isWord() || next.quoted() && !quoteAfter) return content;
        // "..., he said, wiping his brow", "..., she said, a debate that ...": the writer's words again
        if (!quoteAfter && (cues.isParticipleCue(t, k + 1) || NOT_GOING_ON.contains(next.lower())
                || next.lower().length() > 5 && next.lower().endsWith("ing"))) return content;
        // a quotation interrupted goes on in a quotation ('"...," he said, looking at the crowd' ends at the mark)
        if (quoteBefore && !quoteAfter) return content;
        // a quotation that opens a sentence of its own after an opening phrase ("Asked about it, she said, \"I never
        // ...\"", "But, he said, \"...\"") reports only itself; one that goes on in lower case ("If she wins, he
        // said, \"she will ...\"") finishes the sentence that the phrase began
        if (quoteAfter && !quoteBefore && !(lowerCaseQuote(c, next) && wordsBetween(t, sentenceFirst(t, npStart - 1), npStart - 1) >= 2)) return content;
        // "..., he said, and added that ...": a second cue of the speaker's is its own attribution
        for (int m = k + 1; m < n && m <= k + 3 && same(t, m, i); m++) {
            if (m > k + 1 && t.get(m).isWord() && !t.get(m).quoted() && t.get(m).has(CUE_START) && cues.matchCue(t, m) != null) return content;
        }
        Span before = trailing ? content : spans.trailingContent(c, npStart - 1);
        Span after = trailing ? spans.forwardContent(c, k, k + 1) : content;
        if (before == null || after == null || before.end() <= before.start() || after.end() <= after.start()) return content;
        if (before.end() > t.get(npStart).start() || after.start() < t.get(k).end()) return content;
        return ContentSpans.span(c, before.start(), after.end());
    }

    /** True when the first letter inside the quotation opening at {@code mark} is lower case. */
    private static boolean lowerCaseQuote(BlockContext c, Token mark) {
        QuoteSpan q = c.quotes.startingAt(mark.start());
        for (int x = q.contentStart(); x < q.contentEnd(); x++) {
            char ch = c.text.charAt(x);
            if (Character.isLetter(ch)) return Character.isLowerCase(ch);
        }
        return false;
    }

    /** The words among tokens {@code [from, to)}. */
    private static int wordsBetween(List<Token> t, int from, int to) {
        int w = 0;
        for (int k = from; k < to; k++) if (t.get(k).isWord()) w++;
        return w;
    }

    /**
     * True when a cue that is read inverted only ("read", "reads") ends its sentence after a closing quotation and a
     * short subject ('"We will not close," the sign read.', '"...," it reads.'): the words quoted are what the text
     * says, as they are after '"...," read the statement'. On PolNeAR train all 10 such uses are marked attributions.
     */
    private static boolean closingSubject(BlockContext c, int i, int j) {
        List<Token> t = c.tokens;
        if (j < t.size() && same(t, j, i) && t.get(j).type() != Token.Type.STOP) return false;
        int k = i - 1, words = 0;
        while (k >= 0 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted() && words < 6) { k--; words++; }
        if (words == 0 || k < 0) return false;
        if (t.get(k).type() == Token.Type.COMMA && k > 0) k--;
        return t.get(k).type() == Token.Type.QUOTE && c.quotes.closingAt(t.get(k).end()) != null;
    }

    /** Words of where, when and to whom between a cue and the comma closing an interrupting attribution. */
    private static final int INTERRUPTION_REACH = 7;
    /** Words after an interrupting attribution's comma that open the writer's words, not the rest of the sentence. */
    private static final java.util.Set<String> NOT_GOING_ON = java.util.Set.of("who", "whom", "whose", "which", "according",
            "and", "but", "or", "adding", "as", "while", "though", "although", "because", "since", "after", "before", "when", "a", "an");

    private int afterTimeAndComma(List<Token> t, int i, int j) {
        int after = cues.timeAdjunctEnd(t, j, i);
        return after > j && after + 1 < t.size() && same(t, after + 1, i) && t.get(after).type() == Token.Type.COMMA ? after + 1 : j;
    }

    /**
     * True when the subject at {@code npStart} follows ", as" in the middle of its sentence and the words after the cue
     * at {@code [i, j)} up to the sentence's end only say where, when or to whom (or there are none): "..., as Lee
     * noted in her column.", "..., as some have speculated." At least three words stand before the comma.
     */
    private static boolean asClauseBefore(List<Token> t, int npStart, int i, int j) {
        if (npStart < 5 || !t.get(npStart - 1).is("as") || t.get(npStart - 1).quoted() || t.get(npStart - 2).type() != Token.Type.COMMA
                || !same(t, npStart - 2, i)) return false;
        int words = 0;
        for (int k = sentenceFirst(t, npStart - 2); k < npStart - 2; k++) if (t.get(k).isWord()) words++;
        if (words < 3) return false;
        boolean place = false; // after "in", "on", "at", "during": the words of a place or an occasion ("in her column")
        for (int k = j; k < t.size() && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.type() == Token.Type.STOP) continue;
            if (!y.isWord() || y.quoted()) return false;
            if (y.is("in") || y.is("on") || y.is("at") || y.is("during")) place = true;
            else if (!(place && !WordClasses.verbLike(y) && !CLAUSE_WORDS.contains(y.lower()) || BEFORE_THAT.contains(y.lower())
                    || y.capitalized() || y.digits() || y.is("of") || y.is("before"))) return false;
        }
        return true;
    }

    /**
     * True when the clause whose subject starts at token {@code npStart} answers the question of an opening "Asked
     * ...," found just before it ("Asked whether he would run, Lee said he had not decided"): the words before the
     * comma are the question, not what the subject said.
     */
    private static boolean answersQuestion(BlockContext c, int npStart, List<RawMention> out) {
        if (out.isEmpty() || npStart == 0) return false;
        RawMention r = out.get(out.size() - 1);
        Token subject = c.tokens.get(npStart);
        if (c.sentenceIndexAt(r.cueStart()) != subject.sentence() || r.contentEnd() > subject.start()) return false;
        // "Noting that the vote was close, Lee said …": the opening participle's words are its own
        if (r.speaker() != null && r.cueStart() == c.sentence(subject.sentence()).start() && r.speaker().start() == subject.start()) return true;
        return r.speaker() != null && r.speaker().cls() == Cls.VAGUE && r.cue().equalsIgnoreCase("asked");
    }

    /** True when a comma and an opening quotation mark follow the cue ending at {@code j} ('He continued, "We ...'). */
    private static boolean quoteAfterComma(BlockContext c, int i, int j) {
        List<Token> t = c.tokens;
        return j + 1 < t.size() && same(t, j + 1, i) && t.get(j).type() == Token.Type.COMMA && !t.get(j).quoted()
                && t.get(j + 1).type() == Token.Type.QUOTE && c.quotes.closingAt(t.get(j + 1).end()) == null
                && j + 2 < t.size() && t.get(j + 2).quoted();
    }

    /** True when token {@code j}, right after a cue, opens marked reported words: "that", a quotation or a colon. */
    private static boolean reportedWordsMarked(List<Token> t, int j) {
        return j < t.size() && (t.get(j).is("that") || t.get(j).type() == Token.Type.QUOTE || t.get(j).type() == Token.Type.COLON
                || t.get(j).type() == Token.Type.COMMA && j + 1 < t.size() && t.get(j + 1).type() == Token.Type.QUOTE);
    }

    /** The unnamed people a poll counts, tokens {@code [s, k]} ("Six in 10", "half of Vermont Democrats"). */
    private static Speaker counted(BlockContext c, int s, int k) {
        int cs = c.tokens.get(s).start(), ce = c.tokens.get(k).end();
        String phrase = c.text.substring(cs, ce);
        return new Speaker(Cls.ANONYMOUS, cs, ce, phrase, phrase, "", "", "", "people", Gender.UNKNOWN, false, false, false);
    }

    /**
     * The speaker of "X, who said" / "X, which said" (token {@code k} is the relative pronoun after a comma): the
     * noun phrase before the comma, or the name before a describing appositive ("Malkia Cyril, the executive director
     * at the center, who told"), read as a speaker and placed on the pronoun. Null when that phrase is no speaker.
     */
    private Speaker relativeSubject(BlockContext c, int k) {
        List<Token> t = c.tokens;
        int before = k - 2;
        Speaker sp = null;
        SubjectPhrases.Appositive app = phrases.appositive(c, k - 1);
        if (app != null && app.speaker().end() <= app.role().start()) {
            sp = phrases.withRole(c, parser.parse(c.text, t, app.speaker().start(), app.speaker().end()), app.role().start(), app.role().end());
        }
        if (sp == null) {
            int s = phrases.npBackward(c, before);
            if (s > before) return null;
            sp = parser.parse(c.text, t, s, before + 1);
        }
        boolean who = t.get(k).is("who");
        if (who && (sp == null || sp.cls() != Cls.PERSON && sp.cls() != Cls.ANONYMOUS)) {
            // "The loss was steep for Ann Lee, who said": the name right before the comma, when the phrase read
            // back ran over a preposition into words that name nobody
            int n = before;
            while (n - 1 >= 0 && same(t, n - 1, k) && (t.get(n - 1).isWord() && t.get(n - 1).capitalized() && !t.get(n - 1).quoted()
                    || t.get(n - 1).type() == Token.Type.STOP && words.titleStop(t, n - 1))) n--;
            Speaker named = n <= before && t.get(before).capitalized() ? parser.parse(c.text, t, n, before + 1) : null;
            if (named != null && named.cls() == Cls.PERSON && named.named()) sp = named;
        }
        if (sp == null || sp.cls() == Cls.PRONOUN || sp.cls() == Cls.VAGUE) return null;
        // "who" means a person or a group of people; "which" a body, a document or a country
        if (who ? sp.cls() != Cls.PERSON && sp.cls() != Cls.ANONYMOUS : sp.cls() == Cls.PERSON || sp.cls() == Cls.ANONYMOUS) return null;
        Token w = t.get(k);
        return sp.withSpan(w.start(), w.end(), w.text());
    }

    /** '"...," said the embassy.' and '"...," read a statement from the Turkish presidency.' */
    private boolean inverted(BlockContext c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (j >= t.size() || CONNECTORS.contains(t.get(j).lower()) || !same(t, j, i)) return false;
        int e = phrases.npForward(c, j);
        int w = phrases.wideForward(c, j);
        if (!SubjectPhrases.endsPhrase(t, e, i) && SubjectPhrases.endsPhrase(t, w, i)) e = w; // '"...," said one former GOP leadership aide.'
        // 'said one person familiar with the talks': the wide phrase runs up to the post-modifier when it names a
        // kind of speaker and the cue reports words ("endorsed Republican candidate Sen. Ted Cruz in November" and
        // "tweeted their approval of the filibuster" are objects)
        if (!SubjectPhrases.endsPhrase(t, e, i) && w > e && w < t.size() && NP_PREPOSITIONS.contains(t.get(w).lower())
                && namesSpeakerKind(t, j, w) && !cues.matchCue(t, i).belief()) e = w;
        if (!SubjectPhrases.endsPhrase(t, e, i) && e > j && e < t.size() && NP_PREPOSITIONS.contains(t.get(e).lower())) {
            // a post-modifier: '"...," said David French of the National Retail Federation.', 'said one person with
            // knowledge of the talks', 'said a longtime adviser to Trump, who ...'
            int m = e;
            for (int pp = 0; pp < 3 && m < t.size() && same(t, m, i) && NP_PREPOSITIONS.contains(t.get(m).lower()) && !t.get(m).quoted(); pp++) {
                int m2 = m + 1;
                // "a source close to the campaign", "a man next to her": a preposition of two words
                if (m2 < t.size() && same(t, m2, i) && (t.get(m).is("close") || t.get(m).is("next")) && t.get(m2).is("to")) m2++;
                int opened = m2;
                // "familiar with the meeting": an -ing word after a determiner is a noun
                while (m2 < t.size() && same(t, m2, i) && m2 - m < 9 && !t.get(m2).quoted()
                        && (c.wide[m2] || t.get(m2).possessive() || ingNoun(t, m2))) m2++;
                if (m2 == opened) break;
                m = m2;
            }
            if (m > e && SubjectPhrases.endsPhrase(t, m, i)) e = m;
        }
        // '"...," said Tom Lee in a statement', 'said former executive Carla Fiore during the debate': a person named
        // in full, then the circumstances of the words
        for (int end : new int[] {e, w}) {
            if (SubjectPhrases.endsPhrase(t, end, i) || end <= j || !t.get(end).isWord() || t.get(end).quoted()
                    || !INVERTED_ADJUNCTS.contains(t.get(end).lower())) continue;
            Speaker named = parser.parse(c.text, t, j, end);
            if (named != null && named.cls() == Cls.PERSON && named.named()) {
                out.add(mention(c, named, i, j, spans.trailingContent(c, i - 1)));
                return true;
            }
        }
        if (e <= j || !SubjectPhrases.endsPhrase(t, e, i) || parser.parse(c.text, t, j, e) == null) return describedAfterQuote(c, i, j, out);
        Speaker sp = parser.parse(c.text, t, j, e);
        if (sp == null) return false;
        // "..., called for an open primary process.": a phrase after the verb that names no kind of speaker is its
        // object, not an inverted subject (the subject is then read before the verb)
        if (sp.cls() == Cls.ANONYMOUS && !sp.named() && !lex.isSpeakerNoun(sp.head())) return describedAfterQuote(c, i, j, out);
        out.add(mention(c, sp, i, j, spans.trailingContent(c, i - 1)));
        return true;
    }

    /**
     * A speaker described by a noun phrase after a cue that follows a closing quotation: '"…," said one of those
     * aides, who …', 'said one of two witnesses who saw it', 'said one owner of a shop that sells shoes', 'said a
     * donor involved in the fund', 'said the station chief known as Sam', 'wrote one reader.'. After the quotation's
     * closing mark the words after a verb of saying are its subject, so a determiner or a count and a noun name the
     * speaker even when the noun is in no list; a relative clause or a participle after it describes the speaker.
     */
    private boolean describedAfterQuote(BlockContext c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        SourceLexicons.Cue cue = cues.matchCue(t, i);
        if (cue == null || cue.belief() || !closingQuoteBefore(c, i) || j + 1 >= t.size() || !same(t, j + 1, i)) return false;
        Token first = t.get(j);
        if (!first.isWord() || first.quoted() || !NP_OPENERS.contains(first.lower())) return false;
        // "one of those aides", "two of the jurors": a count of a group
        boolean group = t.get(j + 1).is("of") && !NP_OPENERS_OF_THINGS.contains(first.lower());
        int headStart = group ? j + 2 : j;
        int e = phrases.wideForward(c, headStart);
        if (e - 1 < headStart) return false;
        // "one trustee familiar with the board", "a friend close to the family": the adjective opens a description
        boolean connected = e - 1 > headStart && (t.get(e - 1).is("familiar") || t.get(e - 1).is("close")) && e < t.size()
                && same(t, e, i) && (t.get(e).is("with") || t.get(e).is("to"));
        if (connected) e--;
        Token head = t.get(e - 1);
        // a capitalised head only when it is a listed speaker noun right after the determiner ("a Republican involved in")
        boolean kindNoun = head.has(SPEAKER_NOUN) && e - 1 == j + 1;
        if (head.quoted() || head.capitalized() && !group && !kindNoun || !(words.commonNounWord(head) || head.has(SPEAKER_NOUN) || group && head.capitalized())) return false;
        // one post-modifier of the head ("owner of a shop", "chief of the station")
        if (!group && !connected && e + 1 < t.size() && same(t, e + 1, i) && t.get(e).is("of")) {
            int m = phrases.wideForward(c, e + 1);
            if (m > e + 1) e = m;
        }
        boolean ends = SubjectPhrases.endsPhrase(t, e, i);
        Token after = e < t.size() && same(t, e, i) ? t.get(e) : null;
        // "who saw it", "that sells shoes", "involved in the fund", "known as Sam", "familiar with the plan"
        boolean described = connected || after != null && !after.quoted() && (after.is("that") || after.is("who") || (WordClasses.verbLike(after) || after.is("known"))
                && e + 1 < t.size() && same(t, e + 1, i) && t.get(e + 1).isWord() && (NP_PREPOSITIONS.contains(t.get(e + 1).lower())
                || t.get(e + 1).is("as") || t.get(e + 1).is("by")));
        if (!ends && !described) return false;
        Speaker sp = group ? counted(c, j, e - 1) : parser.parse(c.text, t, j, e);
        if (sp == null || sp.cls() == Cls.PRONOUN || sp.cls() == Cls.VAGUE) return false;
        out.add(mention(c, sp, i, j, spans.trailingContent(c, i - 1)));
        return true;
    }

    /**
     * The comma before an interjection that ends at the comma {@code k} ("X, of course,", "X, for example,", "X, for
     * instance,", "X, in turn,", "X, for one,", "X, in fact,", "X, it turned out,"), or -1.
     */
    private static int interjectionBefore(List<Token> t, int k) {
        int s = segmentStart(t, k);
        if (s < 2 || s >= k || t.get(s - 1).type() != Token.Type.COMMA || t.get(s - 1).quoted()) return -1;
        StringBuilder b = new StringBuilder();
        for (int p = s; p < k; p++) {
            if (!t.get(p).isWord() || t.get(p).quoted()) return -1;
            b.append(p > s ? " " : "").append(t.get(p).lower());
        }
        return INTERJECTIONS.contains(b.toString()) ? s - 1 : -1;
    }

    /** Interjections that a writer sets between commas anywhere in a clause (plain English, not news words). */
    private static final java.util.Set<String> INTERJECTIONS = java.util.Set.of("of course", "for example", "for instance",
            "in turn", "for one", "in fact", "it turned out", "in particular", "at least", "in short", "in addition",
            "by contrast", "in contrast", "as well", "if anything", "after all", "for their part", "for his part",
            "for her part", "for its part");

    /** Verbs of saying whose second predicate may follow a sentence-opening conjunction ("But the court reversed and said"). */
    private static final java.util.Set<String> CONJOINED_SPEECH = java.util.Set.of("say", "tell", "add", "argue", "claim",
            "insist", "explain", "write", "describe", "ask", "warn");

    /** Determiners after which an -ing word is a noun ("the meeting", "her thinking"). */
    private static final java.util.Set<String> ING_NOUN_DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her",
            "their", "its", "our", "my", "your");

    /** Conjunctions that may open a sentence before its subject ("But the court ...", "And the mayor ..."). */
    private static final java.util.Set<String> SENTENCE_CONJUNCTIONS = java.util.Set.of("but", "and", "yet", "so");

    /**
     * A time phrase between a subject and its cue that ends at token {@code k} ("last week", "this month", "later
     * Thursday", "earlier this year"): returns the token before it, or -1. Only right before the cue at {@code i},
     * and only after a word that can end a subject (a capitalised word or a closing bracket).
     */
    private static int timeBefore(List<Token> t, int k, int i) {
        if (k != i - 1 || k < 2 || !t.get(k).isWord() || t.get(k).quoted() || !TIME_NOUNS.contains(t.get(k).lower())) return -1;
        int p = k - 1;
        if (t.get(p).is("this") && p >= 1 && (t.get(p - 1).is("earlier") || t.get(p - 1).is("later"))) p--;
        else if (!(t.get(p).is("last") || t.get(p).is("this") || t.get(p).is("later") || t.get(p).is("earlier"))) return -1;
        if (p < 1 || !same(t, p - 1, i)) return -1;
        Token b = t.get(p - 1);
        return b.type() == Token.Type.CLOSE || b.isWord() && b.capitalized() && !b.quoted() ? p - 1 : -1;
    }

    private static final java.util.Set<String> TIME_NOUNS = org.sourcelight.text.Calendar.with(
            org.sourcelight.text.Calendar.WEEKDAYS, "week", "month", "year", "weekend", "night", "spring", "summer", "fall", "winter");

    /**
     * "While most liked the plan, six in 10 said the budget was short", "Of the nurses polled, 2,000 said they would
     * strike": a count of people after an opening clause reports the words after its cue when a clause follows it and
     * no quotation stands before the count in its sentence (the opening words are the writer's, not the words said).
     */
    private boolean countAfterOpener(BlockContext c, Speaker sp, int npStart, int i, int j) {
        List<Token> t = c.tokens;
        if (sp == null || sp.cls() != Cls.ANONYMOUS || !"people".equals(sp.head()) || j >= t.size() || !same(t, j, i)) return false;
        if (!(t.get(j).is("that") || t.get(j).isWord() && CLAUSE_WORDS.contains(t.get(j).lower()) || t.get(j).is("the") || t.get(j).is("a"))) return false;
        for (int k = sentenceFirst(t, npStart); k < npStart; k++) if (t.get(k).type() == Token.Type.QUOTE || t.get(k).quoted()) return false;
        return true;
    }

    /** True when token {@code k} is an -ing word right after "the", "a" or "an" ("the meeting", "a briefing"): a noun. */
    private static boolean ingNoun(List<Token> t, int k) {
        Token y = t.get(k);
        return k > 0 && y.isWord() && !y.quoted() && !y.capitalized() && y.lower().endsWith("ing") && y.lower().length() > 4
                && t.get(k - 1).isWord() && DETERMINERS.contains(t.get(k - 1).lower());
    }

    /** Determiners whose "of" counts things, not people ("all of it", "most of the money" stay out of a count). */
    private static final java.util.Set<String> NP_OPENERS_OF_THINGS = java.util.Set.of("the", "a", "an", "his", "her", "their",
            "its", "our", "my", "your", "this", "these", "those", "no", "all");

    /**
     * True when the cue at token {@code i} follows the closing mark of a quotation, the comma or question mark inside
     * or outside it ('"We won," said …', '"Why?" asked …', '"We won", said …').
     */
    private static boolean closingQuoteBefore(BlockContext c, int i) {
        List<Token> t = c.tokens;
        if (i < 2 || !same(t, i - 1, i)) return false;
        Token p = t.get(i - 1);
        if (p.type() == Token.Type.QUOTE) return c.quotes.closingAt(p.end()) != null && !t.get(i - 2).isWord();
        return p.type() == Token.Type.COMMA && t.get(i - 2).type() == Token.Type.QUOTE && c.quotes.closingAt(t.get(i - 2).end()) != null;
    }

    /** Words that open the circumstances of a statement after an inverted speaker ('said Tom Lee in a statement'). */
    private static final java.util.Set<String> INVERTED_ADJUNCTS = java.util.Set.of("in", "on", "at", "during", "after",
            "before", "when", "while", "as", "last", "this", "earlier", "later", "yesterday", "today", "referring",
            "speaking", "adding", "noting", "recalling");

    /** The most words of a noun phrase before an appositive name ("The race director of the city marathon, …"). */
    private static final int APPOSITIVE_HEAD_REACH = 8;

    /**
     * "The race director, Mark Ellis, thanked …": the comma before the cue closes a name in apposition to a noun
     * phrase that opens the sentence, so that phrase is the cue's subject and the words after the cue are its object,
     * never an inverted speaker. True when the tokens before the comma at {@code i - 1} are a capitalised name after
     * another comma, and before that comma only the words of a noun phrase back to the sentence's start.
     */
    private static boolean appositiveSubjectBefore(List<Token> t, int i) {
        if (i < 4 || t.get(i - 1).type() != Token.Type.COMMA) return false;
        int k = i - 2;
        while (k >= 0 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted() && (t.get(k).capitalized() || t.get(k).lower().endsWith("."))) k--;
        if (k == i - 2 || k < 1 || !same(t, k, i) || t.get(k).type() != Token.Type.COMMA) return false;
        int m = k - 1, words = 0;
        while (m >= 0 && same(t, m, i) && words <= APPOSITIVE_HEAD_REACH) {
            Token y = t.get(m);
            if (!y.isWord() || y.quoted() || y.has(WordClasses.CUE_START) || WordClasses.verbLike(y)) return false;
            m--;
            words++;
        }
        return words > 0 && words <= APPOSITIVE_HEAD_REACH && (m < 0 || !same(t, m, i));
    }

    /**
     * "Recalling that night, Tom Reed, who ran the shelter, said the river rose": the comma before the cue at {@code i}
     * closes a relative clause or description on a subject that opens its clause, so the words after the cue are
     * what it reports, never an inverted speaker.
     */
    private boolean subjectAppositiveBefore(BlockContext c, int i) {
        List<Token> t = c.tokens;
        if (i < 3 || t.get(i - 1).type() != Token.Type.COMMA || t.get(i - 1).quoted()) return false;
        SubjectPhrases.Appositive app = phrases.appositive(c, i - 1);
        // "One farmer backing the levy, Ruth Okafor of the grange, said the roads came first": an aside on a subject
        if (app == null) return phrases.asideSubject(c, i - 1) != null;
        Token first = t.get(app.role().start());
        boolean relative = first.is("who") || first.is("which") || app.role().start() > 0 && t.get(app.role().start() - 1).is("who");
        int start = Math.min(app.speaker().start(), app.role().start());
        return relative && (SubjectPhrases.opensClause(t, start) || afterOpeningParticiple(t, start));
    }

    /** True when token {@code s} follows the comma of an opening -ing phrase ("Recalling that night, Tom Reed …"). */
    private static boolean afterOpeningParticiple(List<Token> t, int s) {
        if (s < 2 || t.get(s - 1).type() != Token.Type.COMMA || !same(t, s - 1, s)) return false;
        int first = sentenceFirst(t, s);
        Token y = t.get(first);
        return first < s - 1 && y.capitalized() && !y.quoted() && y.lower().endsWith("ing") && y.lower().length() > 5;
    }

    /** The most words of a description set off by commas after a name ("Graham, a former candidate, told"). */
    private static final int DESCRIPTION_REACH = 24;

    /**
     * '"…," Graham, a former candidate, told CBS News', 'Harman, now director of the Wilson Center, urged Obama': the
     * comma before the cue closes a description in apposition to a capitalised name that opens the clause (at the
     * sentence's start or after a closing quotation and its comma), so the name is the cue's subject and the words
     * after the cue are its object or listener, never an inverted speaker. The description has at least one word,
     * no quotation, stop or colon; the name only capitalised words and title dots.
     */
    private static boolean describedNameBefore(List<Token> t, int i) {
        if (i < 4 || t.get(i - 1).type() != Token.Type.COMMA) return false;
        int k = i - 2, words = 0;
        while (k >= 0 && same(t, k, i) && t.get(k).type() != Token.Type.COMMA) {
            Token y = t.get(k);
            if (y.quoted() || !(y.isWord() || y.type() == Token.Type.OPEN || y.type() == Token.Type.CLOSE
                    || y.type() == Token.Type.STOP && k > 0 && t.get(k - 1).end() == y.start() && t.get(k - 1).capitalized())) return false;
            if (y.isWord() && ++words > DESCRIPTION_REACH) return false;
            k--;
        }
        if (words == 0 || k < 1 || !same(t, k, i)) return false;
        int m = k - 1, name = 0;
        while (m >= 0 && same(t, m, i) && !t.get(m).quoted()
                && (t.get(m).isWord() && (t.get(m).capitalized() || t.get(m).lower().endsWith("."))
                    || t.get(m).type() == Token.Type.STOP && m > 0 && t.get(m - 1).end() == t.get(m).start() && t.get(m - 1).capitalized())) {
            if (t.get(m).isWord()) name++;
            m--;
        }
        if (name == 0 || name > 6) return false;
        if (m < 0 || !same(t, m, i)) return true;
        Token b = t.get(m);
        if (b.type() == Token.Type.QUOTE) return true;
        return b.type() == Token.Type.COMMA && m > 0 && t.get(m - 1).type() == Token.Type.QUOTE;
    }

    /** True when {@code [a, b)} holds a speaker noun written in lower case ("person", "adviser", "officials"). */
    private static boolean namesSpeakerKind(List<Token> t, int a, int b) {
        // a capitalised speaker noun right after a determiner or count is a kind too ("one Democrat familiar with")
        for (int k = a; k < b; k++) {
            if (t.get(k).isWord() && t.get(k).has(WordClasses.SPEAKER_NOUN) && !t.get(k).quoted()
                    && (!t.get(k).capitalized() || k == a + 1 && NP_OPENERS.contains(t.get(a).lower()))) return true;
        }
        return false;
    }

    /** ", adding that ...", ", saying ...", and "a statement by X saying that ...". */
    private void participle(BlockContext c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        Speaker sp = null;
        if (openingParticiple(c, i, j, out)) return;
        // "responded by saying ...", "after noting that ...", "before adding that ...", "after initially saying ..."
        int g = i > 1 && same(t, i - 2, i) && words.isAdverb(t.get(i - 1)) && !t.get(i - 1).quoted()
                && (t.get(i - 2).is("after") || t.get(i - 2).is("before")) ? i - 2 : i - 1;
        boolean gerund = i > 0 && same(t, g, i) && t.get(g).isWord() && !t.get(g).quoted() && GERUND_OPENERS.contains(t.get(g).lower());
        if (gerund && t.get(g).is("by")) {
            // "Trump responded to that tweet by calling ...", "explained the headline by saying: ...": one
            // attribution, the verb's; what it reports is what the -ing cue introduces
            int by = t.get(i - 1).start(), sentence = t.get(i).sentence();
            for (int m = out.size() - 1; m >= 0; m--) {
                RawMention r = out.get(m);
                if (c.sentenceIndexAt(r.cueStart()) < sentence) break;
                if (r.cueEnd() <= by && (r.contentStart() <= by && t.get(i).start() < r.contentEnd() || r.contentStart() >= t.get(j - 1).end())) {
                    Span words = spans.forwardContent(c, i, j);
                    if (!words.isEmpty()) out.set(m, r.withContent(words.start(), words.end()));
                    return;
                }
            }
        }
        boolean coordinated = i > 0 && same(t, i - 1, i) && (t.get(i - 1).is("and") || t.get(i - 1).is("but")) && !t.get(i - 1).quoted();
        if (coordinated) {
            // "calling them liars and vowing to ...", "praising the plan but warning that ...": a second participle
            // of the speaker of the cue before it in the sentence
            sp = earlierSpeaker(c, i - 1, out);
            if (sp != null) {
                out.add(mention(c, sp, i, j, spans.forwardContent(c, i, j)));
                return;
            }
        }
        if (i > 0 && (commaBefore(c, i) || gerund)) {
            // the speaker of an earlier cue of this sentence; mentions are in cue order, so the walk back stops at
            // the sentence before (linear over a block of thousands of participles)
            for (int m = out.size() - 1; m >= 0 && sp == null; m--) {
                RawMention r = out.get(m);
                int sentence = c.sentenceIndexAt(r.cueStart());
                if (sentence < t.get(i).sentence()) break;
                if (r.speaker() != null && r.cueStart() < t.get(i).start() && sentence == t.get(i).sentence()) sp = r.speaker();
            }
            if (sp == null) {
                // the clause's subject: "He also issued a statement, saying ...", "In 2016, Mrs. Schlafly endorsed
                // Donald J. Trump, saying ..." (after a short opener and its comma)
                int s = clauseStart(t, sentenceFirst(t, i), i);
                int e = phrases.npForward(c, s);
                if (e > s) sp = parser.parse(c.text, t, s, e);
                int w = phrases.wideForward(c, s);
                if (sp == null) {
                    if (w > s) sp = parser.parse(c.text, t, s, w);
                } else if (w > e && !(sp.cls() == Cls.PERSON && sp.named() && sp.name().indexOf(' ') > 0)) {
                    // "United legend Gary Nevin blasted …, saying": the subject runs over a word in no list to the
                    // full name it describes; "United" alone is a description of Neville, not the speaker
                    Speaker wide = parser.parse(c.text, t, s, w);
                    if (wide != null && wide.cls() == Cls.PERSON && wide.named() && wide.name().indexOf(' ') > 0) sp = wide;
                }
                if (sp != null && sp.cls() == Cls.VAGUE) sp = null;
            }
        } else if (i > 0) {
            int s = phrases.npBackward(c, i - 1);
            if (s < i && words.containsDocumentNoun(t, s, i) && !ownedAfterText(t, s, i)) sp = parser.parse(c.text, t, textStart(t, s, i), i);
            // "... sent a tweet Tuesday saying": the text right before the day word is the head of its phrase
            // "released a statement Wednesday saying ...": a weekday or a day word between the text and its -ing cue
            if (sp == null && i > 1 && same(t, i - 2, i) && t.get(i - 1).isWord() && !t.get(i - 1).quoted()
                    && DAY_WORDS.contains(t.get(i - 1).lower())) {
                int s0 = phrases.npBackward(c, i - 2);
                if (s0 < i - 1 && words.containsDocumentNoun(t, i - 2, i - 1)) sp = parser.parse(c.text, t, textStart(t, s0, i - 1), i - 1);
            }
            SourceLexicons.Cue cue = cues.matchCue(t, i);
            // the -ing form after "with" and a noun phrase reports only with what it reports after it: not "with 44
            // precincts reporting", "with the economy adding 151,000 jobs", "with private pleading."
            boolean reports = j < t.size() && same(t, j, i) && (t.get(j).isWord() || t.get(j).type() == Token.Type.QUOTE)
                    && cue != null && (!cue.needsThat() || t.get(j).is("that") || t.get(j).type() == Token.Type.QUOTE) && !cue.trailingOnly();
            int count = reports ? phrases.countBackward(c, i - 1) : -1;
            if (!reports) {
                // no attribution
            } else if (sp == null && count > 0 && t.get(count - 1).is("with") && same(t, count - 1, i)) {
                sp = counted(c, count, i - 1); // "..., with three in 10 saying ..."
            } else if (sp == null && s < i && s > 0 && t.get(s - 1).is("with") && same(t, s - 1, i) && !t.get(s - 1).quoted()) {
                // "..., with former Gov. Martin O'Malley calling Trump a fascist": the noun phrase after "with"
                Speaker w = parser.parse(c.text, t, s, i);
                if (w != null && w.cls() != Cls.VAGUE && w.cls() != Cls.PRONOUN) sp = w;
            }
        }
        if (sp != null) out.add(mention(c, sp, i, j, spans.forwardContent(c, i, j)));
    }

    /**
     * The speaker of the last attribution found before token {@code k} in its sentence (its cue before that token),
     * or null. Mentions are in cue order: the walk back stops at the sentence before.
     */
    private static Speaker earlierSpeaker(BlockContext c, int k, List<RawMention> out) {
        int sentence = c.tokens.get(k).sentence(), at = c.tokens.get(k).start();
        for (int m = out.size() - 1; m >= 0; m--) {
            RawMention r = out.get(m);
            if (c.sentenceIndexAt(r.cueStart()) < sentence) break;
            if (r.speaker() != null && r.speaker().cls() != Cls.VAGUE && r.cueEnd() <= at && c.sentenceIndexAt(r.cueStart()) == sentence) return r.speaker();
        }
        return null;
    }

    /**
     * True when a comma ends the clause before token {@code i}: a comma of its own, or one set inside the closing
     * quotation mark, as US copy writes it ('... called the plan "a disgrace," adding that ...').
     */
    private static boolean commaBefore(BlockContext c, int i) {
        List<Token> t = c.tokens;
        if (t.get(i - 1).type() == Token.Type.COMMA) return true;
        return i >= 2 && same(t, i - 2, i) && t.get(i - 1).type() == Token.Type.QUOTE && c.quotes.closingAt(t.get(i - 1).end()) != null
                && t.get(i - 2).type() == Token.Type.COMMA;
    }

    /**
     * Prepositions before an -ing cue whose speaker is the subject of the clause ("Clinton responded by saying ...").
     */
    private static final java.util.Set<String> GERUND_OPENERS = java.util.Set.of("by", "after", "before", "upon");

    /**
     * "Noting that the vote was close, Lee said …", "Recalling the flood, the mayor told …": an -ing cue opening its
     * sentence reports the words up to the comma that closes its clause, and the speaker is the main clause's subject
     * after that comma. The clause must report something (a verb that needs "that" has it, a quotation or a clause
     * after it) and hold no stop or colon; the subject must parse as a speaker.
     */
    private boolean openingParticiple(BlockContext c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (!t.get(i).capitalized() || sentenceFirst(t, i) != i || j >= t.size() || !same(t, j, i)) return false;
        SourceLexicons.Cue cue = cues.matchCue(t, i);
        if (cue == null || cue.belief() || cue.needsThat() && !cues.hasComplement(c, cue, i, j)) return false;
        // reported words follow at once: "that", a quotation, "whether/how/why" or a clause ("Noting he had won");
        // "Pointing to the report, …", "Weighing in on …", "Responding to …" frame what follows and report nothing
        Token next = t.get(j);
        boolean reports = next.is("that") || next.type() == Token.Type.QUOTE || next.is("whether") || next.is("how") || next.is("why")
                || next.isWord() && CLAUSE_WORDS.contains(next.lower());
        if (!reports || t.get(i).text().equals(t.get(i).text().toUpperCase(java.util.Locale.ROOT))) return false;
        int comma = j;
        while (comma < t.size() && same(t, comma, i) && comma - j < 40
                && !(t.get(comma).type() == Token.Type.COMMA && !t.get(comma).quoted())) {
            Token y = t.get(comma);
            if (!y.quoted() && (y.type() == Token.Type.COLON || y.type() == Token.Type.STOP && !words.titleStop(t, comma))) return false;
            comma++;
        }
        // the closing mark after a comma inside it: 'Recalling "the cost of waiting," Lee said'
        if (comma >= t.size() || !same(t, comma, i) || comma == j) {
            return false;
        }
        int s = comma + 1;
        if (s < t.size() && t.get(s).type() == Token.Type.QUOTE && !t.get(s).quoted()) s++;
        if (s >= t.size() || !same(t, s, i)) return false;
        int e = phrases.npForward(c, s);
        Speaker sp = e > s ? parser.parse(c.text, t, s, e) : null;
        if (sp == null || sp.cls() == Cls.VAGUE || e >= t.size() || !same(t, e, i)) return false;
        Span content = ContentSpans.span(c, t.get(j).start(), t.get(comma - 1).end());
        if (content.isEmpty()) return false;
        out.add(mention(c, sp, i, j, content));
        return true;
    }

    /**
     * "In a CBS News poll released Monday, 62 percent said ...", "In the same survey, most residents backed ...": a
     * poll or survey that opens its sentence, with its modifiers up to a comma, is the source of the clause after the
     * comma, as "according to" would make it. Only at a sentence's start: "leads in the polls" inside a clause is as
     * often the writer's own summary (PolNeAR data/train marks 16 of 20 sentence-opening "In ... poll," and 34 of
     * 197 others). The modifiers hold no quotation, no cue and no relative pronoun, at most 12 tokens.
     */
    private boolean pollFrame(BlockContext c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        int j = i + 1;
        if (j >= t.size() || i != sentenceFirst(t, i) || !same(t, i, j) || !t.get(j).isWord()) return false;
        // the poll's noun phrase: words, none a verb form, up to the first poll noun ("the same survey")
        int h = j;
        while (h < t.size() && h - j < 12 && same(t, h, i) && !t.get(h).quoted()
                && (t.get(h).isWord() && !WordClasses.verbLike(t.get(h)) || t.get(h).type() == Token.Type.STOP && words.titleStop(t, h)
                    || jointSponsors(t, h, j))
                && !SpeakerParser.POLL_NOUNS.contains(t.get(h).lower())) h++;
        if (h >= t.size() || h - j >= 12 || !same(t, h, i) || !SpeakerParser.POLL_NOUNS.contains(t.get(h).lower())) return false;
        Speaker sp = parser.parse(c.text, t, j, h + 1);
        if (sp == null || sp.cls() != Cls.DOCUMENT) return false;
        int comma = modifiersEnd(c, h + 1, i);
        if (comma < 0) return false;
        // the poll with its modifiers when they read as one document ("a survey published by NBC News")
        Speaker whole = comma > h + 1 ? parser.parse(c.text, t, j, comma) : null;
        if (whole != null && whole.cls() == Cls.DOCUMENT) sp = whole;
        // "In a survey of 800 voters, conducted May 1-4, half said": a participle's aside after the first comma
        if (WordClasses.verbLike(t.get(comma + 1)) && t.get(comma + 1).lower().endsWith("ed") || t.get(comma + 1).is("taken")) {
            comma = modifiersEnd(c, comma + 2, i);
            if (comma < 0) return false;
        }
        int words = 0;
        for (int k = comma + 1; k < t.size() && same(t, k, i) && words < 3; k++) if (t.get(k).isWord()) words++;
        if (words < 3) return false; // "In the polls, anyway." reports nothing
        Span content = ContentSpans.span(c, t.get(comma + 1).start(), c.sentence(t.get(i).sentence()).end());
        out.add(mention(c, sp, i, j, content));
        return true;
    }

    /** Words for people that may follow a viewpoint's "To" ("To many, ...", "To them, ..."): pronouns and quantifiers. */
    private static final java.util.Set<String> VIEWPOINT_HOLDERS = java.util.Set.of("them", "him", "her", "many", "most",
            "some", "others");

    /** The most tokens of the holder of a viewpoint, a description in commas included ("To Sexton, who ..., "). */
    private static final int VIEWPOINT_REACH = 16;

    /**
     * "To Sexton, who has studied the rallies, Tuesday marked a turning point.", "To many, the plan is a betrayal.": a
     * sentence opening with "To", a capitalised name (or them/him/her/many/most/some/others) and a comma, then a
     * clause of at least three words, is that person's view (PolNeAR marks it as an attribution with the cue "To";
     * on data/train 8 of 10 such openings). The holder may carry a description or a relative clause in commas
     * before the clause. "To win the race, ..." (an infinitive), "To a person, ..." and "To date, ..." are not read.
     */
    private boolean viewpointTo(BlockContext c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        int j = i + 1;
        if (j + 1 >= t.size() || !t.get(i).capitalized() || i != sentenceFirst(t, i) || !same(t, i, j) || t.get(j).quoted()
                || !t.get(j).isWord() || !(t.get(j).capitalized() || VIEWPOINT_HOLDERS.contains(t.get(j).lower()))) return false;
        int comma = j;
        while (comma < t.size() && same(t, comma, i) && comma - j < VIEWPOINT_REACH && !t.get(comma).quoted()
                && (t.get(comma).isWord() || t.get(comma).type() == Token.Type.STOP && words.titleStop(t, comma))) comma++;
        if (comma >= t.size() || !same(t, comma, i) || t.get(comma).type() != Token.Type.COMMA || comma == j) return false;
        Speaker sp;
        Token holder = t.get(j);
        if (comma == j + 1 && OBJECT_PRONOUNS.containsKey(holder.lower())) {
            // "To them, ...": the pronoun as its subject form, resolved as "they said" is
            String subject = OBJECT_PRONOUNS.get(holder.lower());
            Gender g = subject.equals("he") ? Gender.MALE : subject.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
            sp = new Speaker(Cls.PRONOUN, holder.start(), holder.end(), holder.text(), subject, "", "", "", subject, g, false, false, false);
        } else if (comma == j + 1 && VIEWPOINT_HOLDERS.contains(holder.lower())) {
            sp = counted(c, j, j); // "To many, ...": people the article does not name
        } else {
            sp = parser.parse(c.text, t, j, comma);
            if (sp == null || sp.cls() == Cls.VAGUE || sp.cls() == Cls.DOCUMENT || sp.cls() == Cls.PRONOUN) return false;
        }
        // "To Sexton, who has made a study of the rallies, Tuesday marked ...": the relative clause describes the holder
        if (comma + 1 < t.size() && t.get(comma + 1).is("who") && !t.get(comma + 1).quoted()) {
            int k = comma + 2;
            while (k < t.size() && same(t, k, i) && k - j < VIEWPOINT_REACH + 8 && t.get(k).isWord() && !t.get(k).quoted()) k++;
            if (k >= t.size() || !same(t, k, i) || t.get(k).type() != Token.Type.COMMA) return false;
            int e = t.get(k - 1).end();
            sp = sp.withSpan(sp.start(), e, c.text.substring(sp.start(), e));
            comma = k;
        }
        int words = 0;
        for (int k = comma + 1; k < t.size() && same(t, k, i) && words < 3; k++) if (t.get(k).isWord()) words++;
        if (words < 3) return false;
        Span content = ContentSpans.span(c, t.get(comma + 1).start(), c.sentence(t.get(i).sentence()).end());
        int cs = t.get(i).start(), ce = t.get(i).end();
        out.add(new RawMention(sp, cs, ce, c.text.substring(cs, ce), content.start(), content.end(), c.block,
                sp.end() > sp.start() ? sp.start() : cs, null, MentionKind.BELIEF));
        return true;
    }

    /**
     * The slash between two sponsors' names of one poll ("NBC News/Wall Street Journal", "CNN/ORC"): a "/" glued to
     * capitalised words on both sides, inside a noun phrase that opened at {@code from}.
     */
    private static boolean jointSponsors(List<Token> t, int h, int from) {
        Token y = t.get(h);
        return y.type() == Token.Type.OTHER && y.text().equals("/") && h > from && h + 1 < t.size()
                && t.get(h - 1).end() == y.start() && t.get(h + 1).start() == y.end()
                && t.get(h - 1).isWord() && (t.get(h - 1).capitalized() || t.get(h - 1).digits())
                && t.get(h + 1).isWord() && t.get(h + 1).capitalized();
    }

    /**
     * '"...," Hedge said, referring to the two resorts': the participle after an attribution of its sentence says
     * whom or what the speaker meant; the speaker is that attribution's, the content the words after "to" up to the
     * sentence's end or a quotation. Only after a comma (and at most one hedging adverb: "likely referring to") and
     * after a statement cued earlier in the sentence ("For many, referring to oneself as ..." is no attribution). On
     * PolNeAR data/train such glosses are marked 32 times of 36.
     */
    /**
     * '"Maybe," the coach said when asked whether he would stay.', 'She told the council on Monday when asked about
     * the flood: "…"': "when asked" after a statement cued earlier in the same sentence (not after "and", which opens a
     * clause of its own) is a question put by someone not named, as a sentence-opening "Asked …," is (decision 0080);
     * its content is the question, up to the sentence's end, a colon or a quotation. Token {@code i} is "when".
     */
    private boolean whenAsked(BlockContext c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (i + 2 >= t.size() || !t.get(i + 1).is("asked") || t.get(i + 1).quoted() || !same(t, i, i + 2) || !t.get(i + 2).isWord()
                || t.get(i + 2).quoted() || i == 0 || !same(t, i - 1, i) || t.get(i - 1).is("and") || t.get(i - 1).is("but")
                || t.get(i + 2).is("to")) return false; // "when asked to do so by police" is a request, no question
        boolean stated = false;
        int sentence = t.get(i).sentence();
        for (int m = out.size() - 1; m >= 0 && !stated; m--) {
            RawMention r = out.get(m);
            if (r.cueStart() >= t.get(i).start()) continue;
            if (c.sentenceIndexAt(r.cueStart()) != sentence) break;
            stated = r.kind() == MentionKind.STATEMENT && r.speaker() != null && r.speaker().cls() != Cls.VAGUE
                    && (r.cue().equalsIgnoreCase("said") || r.cue().equalsIgnoreCase("says") || r.cue().equalsIgnoreCase("told")
                    || r.cue().equalsIgnoreCase("tells"));
        }
        if (!stated) return false;
        int e = i + 2;
        while (e < t.size() && same(t, e, i) && !t.get(e).quoted() && t.get(e).type() != Token.Type.QUOTE
                && t.get(e).type() != Token.Type.COLON && !(t.get(e).type() == Token.Type.STOP && !words.titleStop(t, e))) e++;
        Span content = ContentSpans.span(c, t.get(i + 2).start(), t.get(e - 1).end());
        if (content.isEmpty()) return false;
        out.add(vagueMention(c, i + 1, i + 2, "someone (not named)", out).withContent(content.start(), content.end()));
        return true;
    }

    private boolean referringTo(BlockContext c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (i + 2 >= t.size() || !t.get(i + 1).is("to") || t.get(i + 1).quoted() || !same(t, i, i + 2) || !t.get(i + 2).isWord()) return false;
        int k = i - 1;
        if (k >= 0 && t.get(k).isWord() && REFERRING_HEDGES.contains(t.get(k).lower())) k--;
        if (k < 0 || t.get(k).type() != Token.Type.COMMA || !same(t, k, i)) return false;
        RawMention said = null;
        int sentence = t.get(i).sentence();
        for (int m = out.size() - 1; m >= 0 && said == null; m--) {
            RawMention r = out.get(m);
            if (r.cueStart() >= t.get(i).start()) continue;
            if (c.sentenceIndexAt(r.cueStart()) != sentence) break;
            if (r.kind() == MentionKind.STATEMENT && r.speaker() != null && r.speaker().cls() != Cls.VAGUE && !r.cue().equalsIgnoreCase("according to")) said = r;
        }
        if (said == null) return false;
        int e = i + 2;
        while (e < t.size() && same(t, e, i) && t.get(e).type() != Token.Type.QUOTE && !t.get(e).quoted()) e++;
        Span content = ContentSpans.span(c, t.get(i + 2).start(), t.get(e - 1).end());
        if (content.isEmpty()) return false;
        out.add(mention(c, said.speaker(), i, i + 2, content));
        return true;
    }

    /**
     * "As Tom Ridge, a former secretary, put it: \"...\"", "as an American diplomat put it, an \"extreme makeover\"",
     * '"...," as she put it': the speaker between "as" and "put it" (with an appositive between commas), the content
     * the quotation after it (after a comma or colon, within a short venue: "put it in his memo to employees,") or the
     * clause after its comma, or else the quotation that closes right before "as". PolNeAR data/train marks 8 of 9.
     */
    private boolean asPutIt(BlockContext c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (i + 1 >= t.size() || !t.get(i + 1).is("it") || t.get(i + 1).quoted() || !same(t, i, i + 1)) return false;
        int as = i - 1;
        while (as >= 0 && i - as <= 30 && same(t, as, i) && !t.get(as).quoted() && !(t.get(as).is("as") && t.get(as).isWord())) as--;
        if (as < 0 || i - as > 30 || !same(t, as, i) || !t.get(as).is("as") || as + 1 >= i) return false;
        int end = as + 1;
        while (end < i && t.get(end).type() != Token.Type.COMMA) end++;
        Speaker sp = parser.parse(c.text, t, as + 1, end);
        if (end < i - 1 && t.get(i - 1).type() == Token.Type.COMMA) {
            // "As the LinkedIn chief executive, Jeff Weiner, put it": the name in the appositive
            Speaker named = parser.parse(c.text, t, end + 1, i - 1);
            if (named != null && named.named() && named.cls() == Cls.PERSON && (sp == null || !sp.named())) sp = named;
        }
        if (sp == null || sp.cls() == Cls.VAGUE) return false;
        Span content = null;
        int k = i + 2;
        while (k < t.size() && same(t, k, i) && k - i <= 16 && t.get(k).type() != Token.Type.COMMA && t.get(k).type() != Token.Type.COLON
                && t.get(k).type() != Token.Type.STOP && !t.get(k).quoted()) k++;
        if (k + 1 < t.size() && (t.get(k).type() == Token.Type.COMMA || t.get(k).type() == Token.Type.COLON)) {
            QuoteSpan q = t.get(k + 1).type() == Token.Type.QUOTE ? c.quotes.startingAt(t.get(k + 1).start()) : null;
            if (q != null) content = new Span(q.start(), q.end());
            else if (k == i + 2 && same(t, k + 1, i) && t.get(k + 1).isWord()) {
                // the clause after the comma; inside a sentence only up to its next comma ("owed his election to, as
                // an aide put it, an \"extreme makeover\", ...")
                int e = sentenceFirst(t, as) == as ? -1 : k + 1;
                while (e >= 0 && e < t.size() && same(t, e, i) && t.get(e).type() != Token.Type.COMMA) e++;
                int to = e < 0 || e >= t.size() || !same(t, e, i) ? c.sentence(t.get(i).sentence()).end() : t.get(e - 1).end();
                content = ContentSpans.span(c, t.get(k + 1).start(), to);
            }
        }
        int before = as - 1;
        if (before >= 0 && t.get(before).type() == Token.Type.COMMA) before--;
        if (content == null && before >= 0 && t.get(before).type() == Token.Type.QUOTE) {
            QuoteSpan q = c.quotes.closingAt(t.get(before).end());
            if (q != null) content = new Span(q.start(), q.end()); // '"...," as she put it'
        }
        if (content == null || content.isEmpty()) return false;
        out.add(mention(c, sp, i, i + 2, content));
        return true;
    }

    /** Adverbs that hedge a gloss ("likely referring to", "apparently referring to"). */
    private static final java.util.Set<String> REFERRING_HEDGES = java.util.Set.of("apparently", "likely", "presumably",
            "possibly", "probably", "perhaps", "clearly", "evidently", "seemingly");

    /**
     * The comma that ends a poll's modifiers starting at token {@code k} ("released Monday", "of 800 likely
     * voters"), followed by a word of the same sentence; -1 when a quotation, a colon, a stop, a cue, a relative
     * pronoun or more than 12 tokens come first.
     */
    private int modifiersEnd(BlockContext c, int k, int i) {
        List<Token> t = c.tokens;
        int m = k;
        while (m < t.size() && same(t, m, i) && m - k <= 12 && t.get(m).type() != Token.Type.COMMA) {
            Token y = t.get(m);
            if (y.quoted() || y.type() == Token.Type.QUOTE || y.type() == Token.Type.COLON
                    || y.type() == Token.Type.STOP && !words.titleStop(t, m)
                    || y.isWord() && (y.is("that") || y.is("which") || y.is("who") || cues.matchCue(t, m) != null)) return -1;
            m++;
        }
        if (m + 1 >= t.size() || !same(t, m, i) || t.get(m).type() != Token.Type.COMMA || !same(t, m + 1, i) || !t.get(m + 1).isWord()) return -1;
        return m;
    }

    /** "according to X": the speaker follows the cue. */
    private void according(BlockContext c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        int e = phrases.npForward(c, j);
        Speaker sp = e > j ? parser.parse(c.text, t, j, e) : null;
        if (sp == null && e == j && j < t.size() && same(t, i, j) && OBJECT_PRONOUNS.containsKey(t.get(j).lower())
                && SubjectPhrases.endsPhrase(t, j + 1, i)) {
            // "according to him": the pronoun as its subject form, resolved as "he said" is
            Token p = t.get(j);
            String subject = OBJECT_PRONOUNS.get(p.lower());
            Gender g = subject.equals("he") ? Gender.MALE : subject.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
            sp = new Speaker(Cls.PRONOUN, p.start(), p.end(), p.text(), subject, "", "", "", subject, g, false, false, false);
            e = j + 1;
        }
        if (sp == null) {
            // "according to the same poll", "a yearly Gallup poll", "recent polling", "the \"Better Buses\" document":
            // words up to a document noun that the phrase readers above stop short of
            int h = documentHead(c, j, i);
            if (h > 0) {
                Speaker doc = parser.parse(c.text, t, j, h + 1);
                if (doc == null || doc.cls() != Cls.DOCUMENT) {
                    int s0 = t.get(j).start(), e0 = t.get(h).end();
                    String phrase = c.text.substring(s0, e0);
                    doc = new Speaker(Cls.DOCUMENT, s0, e0, phrase, phrase, "", "", "", t.get(h).lower(), Gender.UNKNOWN,
                            false, t.get(j).is("the"), false);
                }
                sp = doc;
                e = h + 1;
            }
        }
        if (sp == null || !SubjectPhrases.endsPhrase(t, e, i)) {
            // "according to a national Gallup Poll", "according to people familiar with the plans"
            int w = phrases.wideForwardWithModifiers(c, j);
            Speaker wide = w > j ? parser.parse(c.text, t, j, w) : null;
            if (wide != null) { sp = wide; e = w; }
        }
        if (sp == null) return;
        Sentence s = c.sentence(t.get(i).sentence());
        int first = sentenceFirst(t, i);
        boolean atStart = i == first || i == first + 1 && t.get(first).type() == Token.Type.OPEN; // "(According to X, ..."
        boolean afterComma = i > 0 && t.get(i - 1).type() == Token.Type.COMMA && same(t, i - 1, i);
        boolean atEnd = e >= t.size() || !same(t, e, i) || t.get(e).type() == Token.Type.STOP;
        Span content;
        if (atStart && e < t.size() && same(t, e, i) && t.get(e).type() != Token.Type.COMMA) {
            // "According to a staff report released last week, the city ...", "According to people close to the
            // couple, ...": the words describing the source run to the comma that ends the opening phrase
            for (int k = e; k < t.size() && same(t, k, i) && k - e <= 12 && t.get(k).type() != Token.Type.QUOTE && !t.get(k).quoted(); k++) {
                if (t.get(k).type() == Token.Type.COMMA) { e = k; break; }
            }
        }
        if (atStart && e < t.size() && t.get(e).type() == Token.Type.COMMA) {
            int p = e + 1;
            if (p < t.size() && (t.get(p).is("which") || t.get(p).is("who"))) {
                while (p < t.size() && same(t, p, i) && t.get(p).type() != Token.Type.COMMA) p++;
                p++;
            }
            int end = s.end();
            if (i != first && end - 1 > t.get(p < t.size() ? p : i).start() && c.text.charAt(end - 1) == ')') end--; // "(According to X, ...)"
            content = p < t.size() && same(t, p, i) ? ContentSpans.span(c, t.get(p).start(), end) : new Span(s.end(), s.end());
        } else if (afterComma && (atEnd || sourceRunsToEnd(t, e, i))) {
            content = spans.trailingContent(c, i - 1);
        } else if (afterComma) {
            content = ContentSpans.span(c, s.start(), s.end());
        } else {
            // "The meeting was first reported by Politico": the reported thing, without the passive's auxiliary
            int k = i;
            while (k - 1 >= first && t.get(k - 1).isWord() && !t.get(k - 1).quoted()
                    && (BE.contains(t.get(k - 1).lower()) || t.get(k - 1).is("has") || t.get(k - 1).is("had") || t.get(k - 1).is("have"))) k--;
            content = ContentSpans.span(c, s.start(), k > first ? t.get(k - 1).end() : t.get(i).start());
        }
        out.add(mention(c, sp, i, j, content));
    }

    /**
     * True when the words after the speaker phrase of "..., according to X" (from token {@code e}) still describe X
     * up to the sentence's end: no comma, or a comma before a relative clause or an appositive ("..., according to
     * a lawsuit filed in Manhattan by Yulia Tymoshenko, a former prime minister."). The reported words are then
     * the clause before "according to", not the whole sentence (PolNeAR data/train: 65 contents ran on over their
     * source).
     */
    private static boolean sourceRunsToEnd(List<Token> t, int e, int i) {
        for (int k = e; k < t.size() && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.quoted() || y.type() == Token.Type.QUOTE || y.type() == Token.Type.COLON) return false;
            if (y.type() == Token.Type.COMMA) {
                return k + 1 < t.size() && same(t, k + 1, i) && DESCRIBING.contains(t.get(k + 1).lower());
            }
        }
        return true;
    }

    /**
     * The index of the document noun that ends a noun phrase opening at token {@code j} ("the same poll", "a yearly
     * Gallup poll", "recent polling", "the \"Medicare for all\" document"): within ten tokens of words that are no
     * verb form, title dots and a quoted title; -1 when a comma, a stop, a cue or another word comes first.
     */
    private int documentHead(BlockContext c, int j, int i) {
        List<Token> t = c.tokens;
        for (int h = j; h < t.size() && h - j < 10 && same(t, h, i); h++) {
            Token y = t.get(h);
            if (y.isWord() && y.has(DOCUMENT_NOUN) && !y.quoted()) return h > j || !y.capitalized() ? h : -1;
            boolean part = y.quoted() || y.type() == Token.Type.QUOTE
                    || y.isWord() && !WordClasses.verbLike(y) && cues.matchCue(t, h) == null
                    || y.type() == Token.Type.STOP && words.titleStop(t, h);
            if (!part) return -1;
        }
        return -1;
    }

    /** The object pronouns after "according to", with the subject form the pronoun lexicon lists. */
    private static final java.util.Map<String, String> OBJECT_PRONOUNS = java.util.Map.of("him", "he", "her", "she", "them", "they");

    /** Words that open a description of the noun phrase before their comma: a relative clause or an appositive. */
    private static final java.util.Set<String> DESCRIBING = java.util.Set.of("who", "which", "whose", "a", "an");

    /** "X quoted/cited Y as saying ...": Y is the speaker, X the outlet passing the words on. */
    private void asSaying(BlockContext c, Speaker outlet, int npStart, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        int a = j;
        while (a + 1 < t.size() && same(t, a, i) && !(t.get(a).is("as") && (t.get(a + 1).is("saying") || t.get(a + 1).is("telling") || t.get(a + 1).is("stating")))) a++;
        if (a + 1 >= t.size() || !same(t, a, i) || !t.get(a).is("as")) {
            // "He cited polling data", "The report cited an internal inquiry": a person, a group of people or a
            // document puts forward what it cites, its object the words reported; an organisation is left out, as a
            // body citing a text often acts on it ("The coalition has cited Resolution 2254 to justify ..."), and so
            // is "quoted" (who quotes passes on another's words: "The mayor quoted engineers who say ...")
            boolean speaks = t.get(i).lower().startsWith("cit") && (outlet.cls() == Cls.PERSON || outlet.cls() == Cls.PRONOUN || outlet.cls() == Cls.ANONYMOUS
                    || outlet.cls() == Cls.DOCUMENT || outlet.cls() == Cls.MEDIA);
            if (speaks && j < t.size() && same(t, j, i) && (t.get(j).isWord() || t.get(j).type() == Token.Type.QUOTE)) {
                Span cited = spans.forwardContent(c, i, j);
                if (!cited.isEmpty()) out.add(mention(c, outlet, i, j, cited));
            }
            return;
        }
        Speaker quoted = a > j ? parser.parse(c.text, t, j, a) : null;
        if (quoted == null) return;
        Span content = spans.isTrailing(c, npStart, a, a + 2) ? spans.trailingContent(c, npStart - 1) : spans.forwardContent(c, a, a + 2);
        out.add(mention(c, quoted, a, a + 2, content));
        out.add(mention(c, outlet, i, j, content));
    }

    /** "Speaking to the Interfax news agency, Lavrov added ...": the outlet is a second-hand source. */
    private void venue(BlockContext c, int i, int j, java.util.Map<Integer, RawMention> firstPerson, List<RawMention> out) {
        List<Token> t = c.tokens;
        int e = phrases.npForward(c, j);
        if (e <= j) return;
        Speaker sp = parser.parse(c.text, t, j, e);
        if (sp == null || sp.cls() != Cls.MEDIA) return;
        RawMention r = firstPerson.get(t.get(i).sentence());
        if (r != null) out.add(mention(c, sp, i, j, new Span(r.contentStart(), r.contentEnd())));
    }

    /**
     * A quotation credited by a dash and a name after it, as listicles, epigraphs, vox-pops and embedded posts set
     * it: '"…" ― Sonya Herridge', '"…" - Jane Roe, Toronto', '… — Paul Ryan (@SpeakerRyan) July 5, 2016'. The dash
     * (cue) follows a closing quotation mark (the content is that quotation) or, for a post, the name is followed
     * by a handle in brackets (the content is the block's words before the dash); the name ends the block, or a
     * comma, stop or bracket after it starts a short tail that quotes and reports nothing. Returns the token after
     * the name, or {@code i}.
     */
    private int dashCredit(BlockContext c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        int d = i;
        while (d < t.size() && isDash(t.get(d))) d++;
        Span content = null;
        if (i > 0 && t.get(i - 1).type() == Token.Type.QUOTE) {
            QuoteSpan q = c.quotes.closingAt(t.get(i - 1).end());
            if (q != null && quoteWords(c.text, q) >= 3 && standsAlone(c, q) && !coveredBy(q.start(), q.end(), out)) content = new Span(q.start(), q.end());
        }
        int e = d < t.size() ? phrases.npForward(c, d) : d;
        if (e <= d || !t.get(d).capitalized()) return i;
        if (content == null && !(handleAfter(t, e) && i > 0)) return i;
        if (!creditTail(t, e)) return i;
        Speaker sp = parser.parse(c.text, t, d, e);
        if (sp == null || !sp.named() || sp.cls() == Cls.VAGUE || sp.cls() == Cls.DOCUMENT) return i;
        if (content == null) content = ContentSpans.span(c, c.blockStart, t.get(i).start());
        if (content.isEmpty()) return i;
        out.add(mention(c, sp, i, d, content));
        return e;
    }

    /** A dash credit at the start of a block, crediting the quotation that ends the block before ({@code quote}). */
    RawMention dashCreditOfPrevious(BlockContext c, QuoteSpan quote) {
        List<Token> t = c.tokens;
        if (t.isEmpty() || !isDash(t.get(0)) || quoteWords(c.text, quote) < 3 || !standsAlone(c, quote)) return null;
        int d = 0;
        while (d < t.size() && isDash(t.get(d))) d++;
        int e = d < t.size() ? phrases.npForward(c, d) : d;
        if (e <= d || !t.get(d).capitalized() || !creditTail(t, e)) return null;
        Speaker sp = parser.parse(c.text, t, d, e);
        if (sp == null || !sp.named() || sp.cls() == Cls.VAGUE || sp.cls() == Cls.DOCUMENT) return null;
        return mention(c, sp, 0, d, new Span(quote.start(), quote.end()));
    }

    /** "(@handle" right after the name: a post's author. */
    private static boolean handleAfter(List<Token> t, int e) {
        return e + 1 < t.size() && t.get(e).type() == Token.Type.OPEN && t.get(e + 1).type() == Token.Type.OTHER && t.get(e + 1).text().equals("@");
    }

    /**
     * What may follow the name of a dash credit up to the end of its block: nothing, a stop, or after a comma, stop
     * or bracket at most 16 tokens with no quotation mark ("Philadelphia", "(@handle) July 5, 2016").
     */
    private boolean creditTail(List<Token> t, int e) {
        if (e >= t.size()) return true;
        Token y = t.get(e);
        if (y.type() != Token.Type.COMMA && y.type() != Token.Type.STOP && y.type() != Token.Type.OPEN) return false;
        if (t.size() - e > 16) return false;
        for (int k = e; k < t.size(); k++) {
            if (t.get(k).type() == Token.Type.QUOTE) return false;
            if (t.get(k).isWord() && !t.get(k).quoted() && cues.matchCue(t, k) != null && !cues.isParticipleCue(t, k)) return false;
        }
        return true;
    }

    /**
     * True when a quotation is a sentence of its own: it opens its paragraph (after at most a list mark, "3." or
     * "•") or follows a sentence's end. A quoted phrase ending a sentence ('called him "my friend."') is not.
     */
    private static boolean standsAlone(BlockContext c, QuoteSpan q) {
        String x = c.text;
        int k = q.start();
        while (k > 0 && Character.isWhitespace(x.charAt(k - 1)) && x.charAt(k - 1) != '\n') k--;
        if (k == 0 || x.charAt(k - 1) == '\n') return true;
        char before = x.charAt(k - 1); // the end of a sentence, or a list mark ("3.", "3)", "•")
        return before == '.' || before == '!' || before == '?' || before == ':' || before == ';' || before == ')' || before == '\u2022';
    }

    private static int quoteWords(String text, QuoteSpan q) {
        int n = 0;
        boolean in = false;
        for (int k = q.contentStart(); k < q.contentEnd(); k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    /** True when an attribution found so far in this block already reports words overlapping [s, e). */
    /**
     * True when an attribution found before gives at least half of the words [s, e): a turn's label yields to it
     * ("Lee: \"We will win,\" she said."), but not to a report inside the turn ("FALLIN: I think ... If you watch
     * what he said this week, ...": the turn stays the label's).
     */
    private static boolean mostlyCoveredBy(int s, int e, List<RawMention> out) {
        for (int m = out.size() - 1; m >= 0; m--) {
            RawMention r = out.get(m);
            int overlap = Math.min(e, r.contentEnd()) - Math.max(s, r.contentStart());
            if (overlap > 0 && 2 * overlap >= e - s) return true;
        }
        return false;
    }

    private static boolean coveredBy(int s, int e, List<RawMention> out) {
        for (int m = out.size() - 1; m >= 0; m--) if (out.get(m).contentStart() < e && out.get(m).contentEnd() > s) return true;
        return false;
    }

    /**
     * A speaker label opening a paragraph, as transcripts and interviews set a turn: "TAPPER: Why not debate?",
     * "Rep. Ann Lee (D-Mich.): We will vote no.", "Q: ..." and "A: ...". The label (at most eight tokens of names,
     * title dots and a bracket) names the speaker of the words after the colon, up to the paragraph's end; the
     * colon is the cue. A label must show it names someone: a single "Q" (the interviewer) or "A" (the person
     * interviewed), or a named person or body whose name has a given name or title, or whose words the article
     * also capitalises inside a sentence and never writes in lower case ("Tapper" for "TAPPER"). "Note:",
     * "Update:", "Where: City Hall" and "7:30" are not labels.
     */
    private void speakerLabel(BlockContext c, List<RawMention> out) {
        RawMention m = label(c, false, out);
        if (m != null) out.add(m);
    }

    /**
     * A headline that gives a speaker and, after a colon, what they said: "Pence: Gennifer Flowers Won't Be at
     * Debate", "Poll: Most Voters Back the Plan". The same label rules as a transcript's turn (the words of a
     * headline need no stop and may be capitalised); null when the title is no such headline.
     */
    RawMention headline(BlockContext c) {
        RawMention m = label(c, true, List.of());
        return m != null ? m : headlineCue(c);
    }

    /**
     * A headline whose speaker opens it and whose cue verb follows: "Clinton Says Russians Hacked DNC", "Mike Pence
     * Calls for Special Prosecutor", "Poll Finds Voters Split". The speaker is read as a headline label is (the
     * article's own usage must show a name, or it is an outlet, a document or a group); the content is the rest of
     * the title. On PolNeAR data/train 432 gold cues lie in titles and 374 of them were missed.
     */
    private RawMention headlineCue(BlockContext c) {
        List<Token> t = c.tokens;
        int a = 0;
        // a rubric before a colon opens some headlines ("The Latest: Clinton tells voters ...")
        for (int k = 0; k < t.size() && k < 4; k++) {
            if (t.get(k).type() == Token.Type.COLON && t.get(k).text().equals(":")) { a = k + 1; break; }
        }
        if (a >= t.size() || !t.get(a).capitalized() || t.get(a).quoted()
                || lex.functionWords.contains(t.get(a).lower()) && !t.get(a).is("the")) return null; // "If Obama Says It"
        for (int i = a + 1; i < t.size() && i <= a + 8; i++) {
            Token x = t.get(i);
            if (x.quoted()) return null;
            SourceLexicons.Cue cue = x.isWord() ? cues.matchCue(t, i) : null;
            if (cue == null) {
                // the words of the speaker's phrase: a sentence-case headline writes its nouns in lower case
                // ("Former Mexico leader Calderon calls ...")
                boolean part = x.isWord() && !WordClasses.verbLike(x) && !(lex.functionWords.contains(x.lower()) && !x.is("the"))
                        || x.is("of") || x.is("the") || x.isWord() && inBracket(t, i)
                        || x.type() == Token.Type.STOP && x.text().equals(".") && t.get(i - 1).isWord()
                        || x.type() == Token.Type.OPEN || x.type() == Token.Type.CLOSE;
                if (!part) return null;
                continue;
            }
            if (cue.venue() || cue.after() || cue.trailingOnly() || cue.invertedOnly() || cue.noContent() || cue.asSaying()
                    || cue.participle()) return null;
            int j = i + cue.words().size();
            if (wordsFrom(t, j) < 2) return null;
            // a form that is also a noun is a verb here only in the third person before its object ("Trump Calls
            // Cruz ..."), never "Jobs Report Gives ...", "Morning Email:" or "Clinton Emails Released"
            if (cue.nounToo() && (!x.lower().endsWith("s") || WordClasses.verbLike(t.get(j)))) return null;
            Speaker sp = labelSpeaker(c, a, i, true);
            if (sp == null) return null;
            Span content = ContentSpans.span(c, t.get(j).start(), t.get(t.size() - 1).end());
            return content.isEmpty() ? null : mention(c, sp, i, j, content);
        }
        return null;
    }

    private RawMention label(BlockContext c, boolean headline, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (t.isEmpty() || !t.get(0).capitalized() || t.get(0).quoted()) return null;
        int a = 0;
        // a rubric and a dash before the label ("EXCLUSIVE – Roger Stone: ...")
        if (t.size() > 3 && t.get(0).isWord() && NOTICE_LABELS.contains(t.get(0).lower()) && isDash(t.get(1))) a = 2;
        int k = a;
        while (k < t.size() && k < a + 9 && t.get(k).type() != Token.Type.COLON) {
            Token y = t.get(k);
            if (headline && k > a && y.isWord() && HEADLINE_LABEL_PREPOSITIONS.contains(y.lower())) break;
            boolean part = y.isWord() && (y.capitalized() || y.is("of") || y.is("the") || inBracket(t, k))
                    || y.type() == Token.Type.STOP && y.text().equals(".") && k > 0 && t.get(k - 1).isWord()
                    || y.type() == Token.Type.OPEN || y.type() == Token.Type.CLOSE || inBracket(t, k) && !y.quoted();
            if (!part || y.quoted()) return null;
            k++;
        }
        if (headline && k < t.size() && k < a + 9 && t.get(k).isWord() && HEADLINE_LABEL_PREPOSITIONS.contains(t.get(k).lower()) && k > a) {
            // "Clinton to Planned Parenthood: …", "Former AG Mukasey at RNC: …", "Lee on the budget: …": the speaker
            // before a listener, a venue or a topic; the words after the preposition are read up to the colon
            int p = k;
            int colon = p + 1;
            while (colon < t.size() && colon < p + 10 && t.get(colon).type() != Token.Type.COLON && !t.get(colon).quoted()) colon++;
            if (colon >= t.size() - 1 || t.get(colon).type() != Token.Type.COLON || !t.get(colon).text().equals(":")) return null;
            for (int m = a; m < colon; m++) if (t.get(m).isWord() && cues.matchCue(t, m) != null) return null;
            Speaker sp = labelSpeaker(c, a, p, true);
            if (sp == null || wordsFrom(t, colon + 1) < 2) return null;
            Span content = ContentSpans.span(c, t.get(colon + 1).start(), t.get(t.size() - 1).end());
            return content.isEmpty() ? null : mention(c, sp, colon, colon + 1, content);
        }
        if (k == a || k >= t.size() - 1 || t.get(k).type() != Token.Type.COLON || !t.get(k).text().equals(":")) return null;
        if (t.get(k + 1).digits() && t.get(k + 1).start() == t.get(k).end()) return null; // "7:30"
        for (int m = a; m < k; m++) {
            Token y = t.get(m);
            if (!y.isWord()) continue;
            SourceLexicons.Cue cm = NOTICE_LABELS.contains(y.lower()) ? null : cues.matchCue(t, m);
            // "Editor's note:", "Said Stone:"; a cue that is also a noun ends a label as its head ("Report:")
            if (NOTICE_LABELS.contains(y.lower()) || cm != null && !(cm.nounToo() && m + cm.words().size() == k)) return null;
        }
        int from = k + 1;
        int end = c.tokens.get(t.size() - 1).end();
        QuoteSpan q = t.get(from).type() == Token.Type.QUOTE ? c.quotes.startingAt(t.get(from).start()) : null;
        if (q != null) {
            end = Math.max(end, q.end());
            // 'Clinton: "…" Bush: "…"': a second name, colon and quotation in the paragraph is the next turn
            int e = q.end();
            for (int m = from + 1; m + 1 < t.size(); m++) {
                if (t.get(m).start() < e || t.get(m).quoted() || t.get(m).type() != Token.Type.COLON || t.get(m + 1).type() != Token.Type.QUOTE) continue;
                end = e;
                break;
            }
        } else if (headline ? wordsFrom(t, from) < 2 : !saysSomething(c, from)) return null; // "Clinton: 1,769", "Iowa: Tim Albrecht, Brad Anderson, ..."
        Speaker sp = labelSpeaker(c, a, k, headline);
        if (sp == null) return null;
        Span content = ContentSpans.span(c, t.get(from).start(), end);
        if (content.isEmpty() || mostlyCoveredBy(content.start(), content.end(), out)) return null;
        return mention(c, sp, k, k + 1, content);
    }

    /** Prepositions after a headline label's speaker: the listener ("to"), the venue ("at") or the topic ("on"). */
    private static final java.util.Set<String> HEADLINE_LABEL_PREPOSITIONS = java.util.Set.of("to", "at", "on");

    private static int wordsFrom(List<Token> t, int from) {
        int n = 0;
        for (int k = from; k < t.size(); k++) if (t.get(k).isWord()) n++;
        return n;
    }

    /**
     * Labels that open a notice or a section, not a speaker's turn: the words newsrooms print before a colon
     * to mark a note, a correction or a link (AP and Reuters style guides' "Editor's note", "Correction",
     * "Update"; web pages' "Related", "Watch", "Read more", "Photo", "Video", "Source").
     */
    private static final java.util.Set<String> NOTICE_LABELS = java.util.Set.of("note", "notes", "update", "updated",
            "correction", "clarification", "related", "watch", "read", "photo", "photos", "video", "source", "sources",
            "credit", "editor's", "editors", "disclosure", "advertisement", "listen", "see", "more", "also", "breaking",
            "exclusive", "live", "opinion", "analysis", "review", "subscribe", "follow", "contact", "email", "tags",
            "latest", "notice", "paid", "sponsored", "factbox", "explainer", "timeline", "recap", "preview");

    /**
     * True when the words from token {@code from} to the block's end read as something said: a sentence ending in a
     * stop, question or exclamation mark, with at least one lower-case word that is not "and", "of" or "the"
     * (not a list of names, a tally or a slogan).
     */
    private static boolean saysSomething(BlockContext c, int from) {
        List<Token> t = c.tokens;
        Token last = t.get(t.size() - 1);
        if (last.type() != Token.Type.STOP && last.type() != Token.Type.QUOTE) return false;
        int words = 0;
        boolean lower = false;
        for (int k = from; k < t.size(); k++) {
            Token y = t.get(k);
            if (!y.isWord()) continue;
            words++;
            if (!y.capitalized() && !y.digits() && !y.is("and") && !y.is("of") && !y.is("the")) lower = true;
        }
        return words >= 2 && lower;
    }

    /** True when token {@code k} lies between brackets that close within the next eight tokens ("(D-Mich.)"). */
    private static boolean inBracket(List<Token> t, int k) {
        int open = k;
        while (open >= 0 && k - open < 8 && t.get(open).type() != Token.Type.OPEN && t.get(open).type() != Token.Type.CLOSE) open--;
        return open >= 0 && t.get(open).type() == Token.Type.OPEN && open != k;
    }

    /**
     * The speaker a label names (tokens [a, b)), or null when it shows no one: "Q" and "A" stand for the
     * interviewer and the person interviewed; an all-capital label is read as the name it spells ("KATE BOLDUAN").
     */
    /** True when every word of tokens {@code [a, b)} but "of", "the", "and" is capitalised. */
    private boolean titleCased(List<Token> t, int a, int b) {
        for (int k = a; k < b; k++) {
            Token y = t.get(k);
            if (y.isWord() && !y.capitalized() && !y.is("of") && !y.is("the") && !y.is("and") && !y.possessive()) return false;
        }
        return true;
    }

    /**
     * The index of a headline verb in the label {@code [a, b)}, or -1: a capitalised word in -s ("Hammers", "Slams",
     * "Urges", not "Congress" or a possessive) right after a word the article also writes, capitalised, outside the
     * label (a name it uses: "Warren"), that the article itself never writes with a capital outside the label, and
     * followed by more of the label, which ends in a noun for a person, body or document ("… Bank Chief").
     */
    private int headlineVerbAfterName(BlockContext c, List<Token> t, int a, int b) {
        if (b - a < 4 || !describesSource(t.get(b - 1))) return -1;
        int from = t.get(a).start(), to = t.get(b - 1).end();
        for (int m = a + 1; m < b - 1; m++) {
            Token y = t.get(m), before = t.get(m - 1);
            String w = y.text();
            if (!y.isWord() || !y.capitalized() || y.possessive() || w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")
                    || w.endsWith("us") || w.endsWith("is")) continue;
            if (!before.isWord() || !before.capitalized() || before.possessive()) continue;
            String l = y.lower();
            if (lex.roleNouns.contains(l) || lex.orgNouns.contains(l) || lex.documentNouns.contains(l)) continue;
            if (wordOutside(c.text, before.text(), from, to) && !wordOutside(c.text, w, from, to)) return m;
        }
        return -1;
    }

    /** True when {@code word} stands as a whole word, as written, somewhere in {@code text} outside {@code [from, to)}. */
    private static boolean wordOutside(String text, String word, int from, int to) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at >= from && at < to) continue;
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) return true;
        }
        return false;
    }

    /** True when {@code y} is a noun for a person, a body or a document ("Pollster", "Board", "Report"), read in lower case. */
    private boolean describesSource(Token y) {
        String head = y.lower();
        return y.isWord() && !y.quoted() && (lex.roleNouns.contains(head) || lex.orgNouns.contains(head) || lex.documentNouns.contains(head));
    }

    private Speaker labelSpeaker(BlockContext c, int a, int b, boolean headline) {
        List<Token> t = c.tokens;
        if (b - a == 1 && (t.get(a).text().equals("Q") || t.get(a).text().equals("A"))) {
            boolean q = t.get(a).text().equals("Q");
            String role = q ? "interviewer" : "person interviewed";
            Token x = t.get(a);
            return new Speaker(Cls.PERSON, x.start(), x.end(), x.text(), "the " + role, role, "", "", role,
                    Gender.UNKNOWN, false, !q, false);
        }
        List<Token> view = new ArrayList<>(t.subList(a, b));
        boolean allCaps = true;
        for (int k = 0; k < view.size(); k++) {
            Token y = view.get(k);
            if (y.isWord() && y.text().length() >= 2 && y.text().equals(y.text().toUpperCase(java.util.Locale.ROOT)) && !y.digits()) {
                String title = y.text().charAt(0) + y.lower().substring(1);
                view.set(k, new Token(y.start(), y.end(), title, y.lower(), y.type(), y.quoted(), y.sentence(), y.classes()));
            } else if (y.isWord() && !inBracket(t, a + k)) allCaps = false;
        }
        Speaker sp = parser.parse(c.text, allCaps ? view : t.subList(a, b), 0, b - a);
        if (allCaps) {
            // an outlet written in capitals is its name, not a surname to title-case ("AP:", "CNN:")
            Speaker asWritten = parser.parse(c.text, t, a, b);
            if (asWritten != null && asWritten.cls() == Cls.MEDIA) return asWritten;
        }
        if (sp == null) return null;
        if (headline && !allCaps) {
            // "Elizabeth Warren Hammers Bank Chief: '…'": a title-case headline that puts a verb between a name and a
            // description names the speaker first; the description is whom she spoke to, not who spoke
            int verb = headlineVerbAfterName(c, t, a, b);
            if (verb > a) {
                Speaker named = parser.parse(c.text, t, a, verb);
                if (named != null && named.named() && named.cls() == Cls.PERSON) return named;
            }
        }
        // (title case only: a sentence-case headline, "Russian foreign minister says …", stays the writer's summary)
        if (headline && !allCaps && titleCased(t, a, b) && !sp.named() && (sp.cls() == Cls.PERSON || sp.cls() == Cls.ORG)
                && describesSource(t.get(b - 1))) return sp;
        if (headline && !allCaps && sp.named()) {
            // "Mayor's Son Says …", "Former Council Pollster Says …", "New Polls Show …": a title-case headline capitalises
            // a description too; a phrase that ends in a noun for a person, a body or a document (never a name the
            // article writes with its capital inside a sentence) is read as the description written in lower case
            Token last = t.get(b - 1);
            if (describesSource(last) && !WordForms.of(c.text).cappedInside(last.text())) {
                List<Token> lower = new ArrayList<>(t.subList(a, b));
                for (int k = 0; k < lower.size(); k++) {
                    Token y = lower.get(k);
                    if (y.isWord() && !y.possessive()) lower.set(k, new Token(y.start(), y.end(), y.lower(), y.lower(), y.type(), y.quoted(), y.sentence(), y.classes()));
                }
                Speaker described = parser.parse(c.text, lower, 0, b - a);
                if (described != null && !described.named() && described.cls() != Cls.PRONOUN && described.cls() != Cls.VAGUE) {
                    return described.withSpan(t.get(a).start(), last.end(), c.text.substring(t.get(a).start(), last.end()));
                }
            }
        }
        // a headline may give a poll, a report, an outlet or a group as its source ("Poll:", "Report:", "Newspaper:",
        // "Insiders:")
        if (headline && (sp.cls() == Cls.DOCUMENT || !sp.named() && (sp.cls() == Cls.ANONYMOUS || sp.cls() == Cls.MEDIA && b - a == 1))) return sp;
        if (!sp.named() || !(sp.cls() == Cls.PERSON || sp.cls() == Cls.ORG || sp.cls() == Cls.MEDIA)) return null;
        WordForms forms = WordForms.of(c.text);
        boolean evidence = false;
        // in running text a given name or a title shows a person; a headline capitalises every word, so there only
        // the article's own usage counts (the surname written with its capital inside a sentence, never in lower case)
        for (Token y : view) {
            if (headline || !y.isWord() || !y.capitalized() || lex.functionWords.contains(y.lower())) continue;
            if (lex.givenNames.containsKey(y.lower()) || lex.titles.contains(y.lower())) evidence = true;
        }
        int lastWord = view.size() - 1;
        while (lastWord > 0 && !view.get(lastWord).isWord()) lastWord--;
        Token last = view.get(lastWord);
        if (last.isWord() && forms.cappedInside(last.text()) && !forms.writtenLower(last.lower()) && !words.commonNounWord(last)
                && !WordClasses.verbLike(last)) evidence = true;
        // "TAPPER:" in a transcript that opened the turns with "JAKE TAPPER:": the surname of a full label
        if (!headline && allCaps && lastWord == 0 && forms.endsFullLabel(t.get(a).text())) evidence = true;
        // "More from Lund:" in an article that names "Greta Lund": a surname the article writes after a given name
        if (!headline && !allCaps && last.isWord() && last.capitalized() && !forms.writtenLower(last.lower())
                && forms.followsGivenName(last.text(), lex.givenNames.keySet())) evidence = true;
        if (headline && sp.cls() == Cls.MEDIA) evidence = true;
        if (!evidence) return null;
        return allCaps ? sp.withSpan(t.get(a).start(), t.get(b - 1).end(), c.text.substring(t.get(a).start(), t.get(b - 1).end())) : sp;
    }

    /**
     * A name before a colon that opens a quotation, as digests and briefings quote: "Pollster Ann Lee: \"...\"",
     * "More from the report: \"...\"" is not read (no name). The quotation is the content, the colon the cue; only
     * quotations no attribution of this block has already given.
     */
    private void colonQuotes(BlockContext c, List<RawMention> out) {
        List<Token> t = c.tokens;
        for (int k = 1; k + 1 < t.size(); k++) {
            Token colon = t.get(k);
            if (colon.type() != Token.Type.COLON || colon.quoted() || !colon.text().equals(":") || t.get(k + 1).type() != Token.Type.QUOTE) continue;
            QuoteSpan q = c.quotes.startingAt(t.get(k + 1).start());
            if (q == null || quoteWords(c.text, q) < 3 || coveredBy(q.start(), q.end(), out)) continue;
            if (!t.get(k - 1).isWord() && t.get(k - 1).type() != Token.Type.CLOSE) continue;
            boolean capital = t.get(k - 1).capitalized() || t.get(k - 1).type() == Token.Type.CLOSE;
            int s = phrases.npBackward(c, k - 1);
            if (s > k - 1 || t.get(s).quoted()) continue;
            for (int m = k - 2; m > s; m--) if (t.get(m).is("from")) { s = m + 1; break; } // "More from Lund:"
            // the name and its role words, not the verb it is the object of ("did not surprise pollster Ann Lee:")
            while (capital && s < k - 1 && t.get(s).isWord() && !t.get(s).capitalized() && !lex.isSpeakerNoun(t.get(s).lower())
                    && !lex.modifiers.contains(t.get(s).lower())) s++;
            Token before = s > 0 && same(t, s - 1, k) ? t.get(s - 1) : null;
            // "More from Lund: ...", "From the report: ...": the source after "from" that opens its segment
            boolean from = before != null && before.is("from") && !before.quoted()
                    && (s - 1 == segmentStart(t, s - 1) || s - 2 >= 0 && same(t, s - 2, k) && t.get(s - 2).is("more") && s - 2 == dashSegmentStart(t, s - 2));
            if (!capital && !from) continue;
            // "a blunt message to Lund:", "celebrated the result on Twitter:": a listener or a place, not the speaker
            if (!from && before != null && before.isWord() && LISTENER_PREPOSITIONS.contains(before.lower())) continue;
            boolean cueBefore = false; // "X said in a statement: ..." is the cue's; a headline before a dash is not
            for (int m = dashSegmentStart(t, s); m < k && !cueBefore; m++) cueBefore = t.get(m).isWord() && cues.matchCue(t, m) != null;
            if (cueBefore) continue;
            Speaker sp = labelSpeaker(c, s, k, false);
            if (sp == null && from) {
                Speaker doc = parser.parse(c.text, t, s, k);
                if (doc != null && doc.cls() == Cls.DOCUMENT) sp = doc;
            }
            if (sp == null || sp.cls() != Cls.PERSON && sp.cls() != Cls.ORG && sp.cls() != Cls.MEDIA && sp.cls() != Cls.DOCUMENT) continue;
            out.add(mention(c, sp, k, k + 1, new Span(q.start(), q.end())));
        }
    }

    /** Prepositions before a name that make it a listener or a place ("a message to Lund:", "on Twitter:"). */
    private static final java.util.Set<String> LISTENER_PREPOSITIONS = java.util.Set.of("to", "on", "at", "in", "into",
            "for", "with", "about", "against", "toward", "towards", "over", "after", "before", "via");

    /** Like {@link BlockContext#segmentStart}, and a dash also ends the segment ("Pollsters agree - Omar Haddad:"). */
    private static int dashSegmentStart(List<Token> t, int k) {
        int s = segmentStart(t, k);
        for (int m = k - 1; m >= s; m--) if (isDash(t.get(m))) return m + 1;
        return s;
    }

    /** "reportedly", "it is believed": an attribution to nobody. Returns the token after the phrase, or i. */
    private int vague(BlockContext c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (!t.get(i).has(VAGUE_START)) return i; // most words: neither a vague adverb nor a vague phrase's first word
        if (lex.vagueAdverbs.contains(t.get(i).lower())) {
            out.add(vagueMention(c, i, i + 1, t.get(i).lower(), out));
            return i + 1;
        }
        List<List<String>> candidates = lex.vaguePhrasesByFirstWord.get(t.get(i).lower());
        if (candidates == null) return i;
        outer:
        for (List<String> p : candidates) {
            if (i + p.size() > t.size()) continue;
            for (int k = 0; k < p.size(); k++) {
                Token y = t.get(i + k);
                if (!y.isWord() || y.quoted() || !y.lower().equals(p.get(k))) continue outer;
            }
            out.add(vagueMention(c, i, i + p.size(), String.join(" ", p), out));
            return i + p.size();
        }
        return i;
    }

    private RawMention vagueMention(BlockContext c, int i, int j, String name, List<RawMention> out) {
        List<Token> t = c.tokens;
        Sentence s = c.sentence(t.get(i).sentence());
        int cs = t.get(i).start(), ce = t.get(j - 1).end();
        Speaker sp = new Speaker(Cls.VAGUE, cs, cs, "", name, "", "", "", name, Gender.UNKNOWN, false, false, false);
        Span content = ContentSpans.span(c, s.start(), s.end());
        return new RawMention(sp, cs, ce, c.text.substring(cs, ce), content.start(), content.end(), c.block, cs, null, kindAt(c, i));
    }

    private RawMention mention(BlockContext c, Speaker sp, int i, int j, Span content) {
        int cs = c.tokens.get(i).start(), ce = c.tokens.get(j - 1).end();
        return new RawMention(sp, cs, ce, c.text.substring(cs, ce), content.start(), content.end(), c.block,
                sp.end() > sp.start() ? sp.start() : cs, null, kindAt(c, i));
    }

    /**
     * True when token {@code i} lies in the words of an attribution found earlier in its sentence ("Sanders said
     * last week that he plans to ..."): the belief is part of what was said. Walks back only over that sentence.
     */
    private static boolean insideReportedWords(BlockContext c, int i, List<RawMention> out) {
        int at = c.tokens.get(i).start(), sentence = c.tokens.get(i).sentence();
        for (int m = out.size() - 1; m >= 0; m--) {
            RawMention r = out.get(m);
            if (c.sentenceIndexAt(r.cueStart()) < sentence) break;
            if (r.contentStart() <= at && at < r.contentEnd()) return true;
        }
        return false;
    }

    /**
     * True when the -ing cue at token {@code i} follows a form of "be" in its sentence ("is calling for", "were
     * urging", "has been saying", "he's saying", "kept asking"): a verb with its subject before it, not a participle
     * after a comma.
     */
    private static boolean progressive(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted() && (INTERPOSED.contains(t.get(k).lower())
                || t.get(k).lower().endsWith("ly") || t.get(k).is("not") || t.get(k).is("still"))) k--;
        return k >= 0 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted() && (BE.contains(t.get(k).lower()) && !t.get(k).is("being")
                || contractedBe(t.get(k)) || k == i - 1 && KEEPING.contains(t.get(k).lower()));
    }

    /**
     * True when token {@code k} is "he", "she", "it" or "they" with a contracted auxiliary ("he's", "they've",
     * "she'll", "he'd") that can stand before the cue at {@code i}: "'re" and "'s" make a passive before a past form
     * ("they're expected to", "it's said"), so they stand only before an -ing cue, or ("he's said", "she's argued")
     * a verb of saying of a person.
     */
    private static boolean contractedSubject(List<Token> t, int k, SourceLexicons.Cue cue, int i) {
        String[] pa = contractedPronoun(t.get(k));
        if (pa == null) return false;
        String p = pa[0], aux = pa[1];
        boolean ing = t.get(i).lower().endsWith("ing");
        if (aux.equals("'re")) return ing;
        if (aux.equals("'s")) return ing || !p.equals("it") && !cue.belief() && SPEECH_LEMMAS.contains(cue.lemma());
        return true;
    }

    /** The pronoun and the contracted auxiliary of "he's", "they've", "she'll" ({he, 's}), or null for another word. */
    private static String[] contractedPronoun(Token y) {
        if (!y.isWord() || y.quoted()) return null;
        String l = y.lower().replace('\u2019', '\'');
        int n = l.endsWith("'s") ? 2 : SpeakerParser.contractionLength(l);
        if (n == 0 || n >= l.length()) return null;
        String p = l.substring(0, l.length() - n);
        return CONTRACTED_SUBJECTS.contains(p) ? new String[] {p, l.substring(l.length() - n)} : null;
    }

    /** The pronouns whose contracted auxiliary may open a speaker's clause ("he's", "they've"; not "I'm", "we're"). */
    private static final java.util.Set<String> CONTRACTED_SUBJECTS = java.util.Set.of("he", "she", "it", "they");

    /** "he's" or "they're" before an -ing word: a pronoun and its form of "be" written in one word. */
    private static boolean contractedBe(Token y) {
        if (!y.isWord() || y.quoted()) return false;
        String l = y.lower().replace('\u2019', '\'');
        return l.equals("he's") || l.equals("she's") || l.equals("it's") || l.equals("they're");
    }

    /** A dash used as a bracket or before a credit: an em, en or quotation dash, or a hyphen (or two) standing alone. */
    /** The most tokens of one opening phrase before its comma ("Adopting the recommendations of a hearing officer, "). */
    private static final int OPENING_PHRASE_REACH = 16;

    /**
     * Where the clause of the sentence starting at token {@code s} starts, before the token {@code limit}: after a
     * dateline ("WASHINGTON ― ", "PARIS, Aug 31 (Reuters) - ") and after up to three opening phrases set off by commas
     * ("In 2016, ", "Hours later, ", "Facing mounting criticism from both parties, ", "Two weeks after the vote, ").
     */
    private static int clauseStart(List<Token> t, int s, int limit) {
        s = afterDateline(t, s, limit);
        for (int guard = 0; guard < 3 && s < limit; guard++) {
            int k = s;
            while (k < limit && k - s < OPENING_PHRASE_REACH && t.get(k).type() != Token.Type.COMMA
                    && t.get(k).type() != Token.Type.QUOTE && !t.get(k).quoted()) k++;
            if (k >= limit || t.get(k).type() != Token.Type.COMMA) break;
            boolean opener = OPENERS.contains(t.get(s).lower()) && k - s < 8;
            if (!opener && !ContentSpans.openingPhrase(t, s, k) && !timePhrase(t, s, k)) break;
            s = k + 1;
        }
        return s;
    }

    /** Words of a span of time ("hours", "a month", "two weeks"), from English grammars' units of time. */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("minutes", "minute", "hours", "hour", "days",
            "day", "weeks", "week", "months", "month", "years", "year", "moments", "moment", "decades", "decade");
    /** Words after a span of time that make it a time before the clause: "Hours later", "Two weeks after the vote". */
    private static final java.util.Set<String> TIME_RELATIONS = java.util.Set.of("later", "earlier", "before", "after", "ago");

    /** True when {@code [s, comma)} is a phrase of at most eight words opening with a span of time and its relation. */
    private static boolean timePhrase(List<Token> t, int s, int comma) {
        if (comma - s > 8) return false;
        for (int k = s; k < comma; k++) if (!t.get(k).isWord()) return false;
        for (int k = s; k + 1 < comma && k <= s + 2; k++)
            if (TIME_UNITS.contains(t.get(k).lower()) && TIME_RELATIONS.contains(t.get(k + 1).lower())) return true;
        return false;
    }

    /**
     * After a dateline opening the sentence at {@code s}: a place in capitals, or a place with the agency in brackets,
     * then a dash ("WASHINGTON ― ", "Washington (AFP) – ", "PARIS, Aug 31 (Reuters) - "); {@code s} when there is none.
     */
    private static int afterDateline(List<Token> t, int s, int limit) {
        Token f = t.get(s);
        boolean capitals = f.isWord() && f.text().length() >= 3 && f.text().equals(f.text().toUpperCase(java.util.Locale.ROOT))
                && Character.isLetter(f.text().charAt(0));
        boolean bracket = false;
        for (int k = s; k < limit && k - s <= 10; k++) {
            Token y = t.get(k);
            if (isDash(y)) {
                if (k == s || !(capitals || bracket)) return s;
                int d = k + 1;
                while (d < limit && isDash(t.get(d))) d++;
                return d < limit ? d : s;
            }
            if (y.type() == Token.Type.OPEN) bracket = true;
            else if (!(y.isWord() && (y.capitalized() || y.digits()) || y.type() == Token.Type.COMMA || y.type() == Token.Type.CLOSE
                    || y.type() == Token.Type.STOP)) return s;
        }
        return s;
    }

    private static boolean isDash(Token y) {
        if (y.type() != Token.Type.OTHER || y.quoted()) return false;
        String x = y.text();
        return x.equals("\u2014") || x.equals("\u2013") || x.equals("\u2015") || x.equals("-");
    }

    /**
     * The token before the opening dash of the aside whose closing dash (run) ends at {@code k}, within its
     * sentence and 40 tokens; -1 when there is none. "X — aside — said": returns the index of the first dash.
     */
    private static int openingDash(List<Token> t, int k) {
        int close = k;
        while (close - 1 >= 0 && isDash(t.get(close - 1))) close--;
        for (int d = close - 1; d >= 0 && close - d <= 40 && same(t, d, k); d--) {
            if (isDash(t.get(d))) {
                while (d - 1 >= 0 && isDash(t.get(d - 1))) d--;
                return d;
            }
        }
        return -1;
    }

    /**
     * True when the subject starting at token {@code s} opens a relative clause: after "what", "which", "who", "that"
     * or a noun ("the arguments that they believe worked", "who it believes deserves").
     */
    private boolean relativeClause(BlockContext c, int s) {
        if (s <= 0 || !same(c.tokens, s - 1, s)) return false;
        Token before = c.tokens.get(s - 1);
        if (!before.isWord() || before.quoted()) return false;
        return before.is("what") || before.is("which") || before.is("whom") || before.is("who") || before.is("that")
                || words.commonNounWord(before);
    }

    /** A statement, or a belief or intention when the cue at token {@code i} is a {@code +belief} form. */
    private MentionKind kindAt(BlockContext c, int i) {
        SourceLexicons.Cue cue = c.tokens.get(i).isWord() ? cues.matchCue(c.tokens, i) : null;
        return cue == null ? MentionKind.STATEMENT : cue.kind();
    }
}
