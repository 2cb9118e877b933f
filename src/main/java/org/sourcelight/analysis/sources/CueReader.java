package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.BlockContext.*;
import static org.sourcelight.analysis.sources.WordClasses.*;

import java.util.List;

/**
 * Reads a cue at a token: which entry of {@code attribution-cues.txt} starts there, whether a form that is also a
 * noun reads as a verb ("they call", not "phone calls"), and whether a cue that needs a reported complement has
 * one ("added that …", not "added three goals").
 */
final class CueReader {
    private final SourceLexicons lex;
    private final WordClasses words;

    CueReader(SourceLexicons lex, WordClasses words) {
        this.lex = lex;
        this.words = words;
    }

    SourceLexicons.Cue matchCue(List<Token> t, int i) {
        if (!t.get(i).has(CUE_START)) return relayVerb(t, i); // most words start no cue: no map probe
        List<SourceLexicons.Cue> cands = lex.cuesByFirstWord.get(t.get(i).lower());
        if (cands == null) return null;
        outer:
        for (SourceLexicons.Cue cue : cands) {
            int n = cue.words().size();
            if (i + n > t.size()) continue;
            for (int k = 1; k < n; k++) {
                Token y = t.get(i + k);
                if (!y.isWord() || y.quoted() || !y.lower().equals(cue.words().get(k)) || y.sentence() != t.get(i).sentence()) continue outer;
            }
            return cue;
        }
        return null;
    }

    /** The most words between a relaying verb and "as saying": "quoted a senior official in the ministry as saying". */
    private static final int RELAY_REACH = 12;

    /**
     * A past-tense verb the list does not hold that passes on someone's words: "<X> <verb>ed <Y> as saying …" (the
     * "as saying / telling / stating" construction itself says X relays Y, whatever the verb: "quoted", "cited",
     * "described", a misspelling of one of them). Read like the listed {@code +assaying} cues.
     */
    private static SourceLexicons.Cue relayVerb(List<Token> t, int i) {
        Token x = t.get(i);
        String l = x.lower();
        if (!x.isWord() || x.quoted() || x.capitalized() || l.length() < 4 || !l.endsWith("ed")) return null;
        for (int k = i + 2; k + 1 < t.size() && k <= i + RELAY_REACH && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.quoted() || y.type() == Token.Type.QUOTE) return null;
            if (y.is("as")) {
                Token z = t.get(k + 1);
                if (same(t, k + 1, i) && (z.is("saying") || z.is("telling") || z.is("stating"))) {
                    return new SourceLexicons.Cue(List.of(l), l, false, false, false, false, true, false, false, false, false, false, false);
                }
                return null;
            }
        }
        return null;
    }

    /** Object pronouns: after a form that is also a noun, they show the verb ("calls it", "notes them"). */
    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("it", "him", "them", "me", "us");
    /** Words that make the next word a noun ("the calls", "his claims", "these reports"). */
    private static final java.util.Set<String> NOUN_DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "their",
            "its", "our", "my", "your", "these", "those", "this", "that", "phone", "no", "any", "every", "each");

    /** True when a cue that is also a noun reads as a verb here: after its subject, "to" or an auxiliary. */
    boolean verbAfter(BlockContext c, List<Token> t, int i, SourceLexicons.Cue cue) {
        if (i == 0 || !same(t, i - 1, i)) return false;
        Token y = t.get(i - 1);
        if (y.type() == Token.Type.CLOSE) return true;
        if (!y.isWord() || y.quoted()) return false;
        String l = y.lower();
        if (y.possessive() && !l.equals("let's")) return false; // "Mr. King's show", "Trump's calls for": a possessive owns a noun
        if (BEFORE_VERB.contains(l) || words.isAdverb(y)) return true;
        // "did not mention his rival by name", "doesn't mention": a denied mention ("isn't reports" stays a noun)
        if (cue.lemma().equals("mention") && (l.equals("not") && i >= 2 && same(t, i - 2, i) && BEFORE_VERB.contains(t.get(i - 2).lower())
                || l.endsWith("n't") && !NEGATED_BE_FORMS.contains(l))) return true;
        if (lex.documentNouns.contains(l)) return true; // "The poll shows", "Polls show", "the report calls for"
        // "Critics call it ...", "The former first lady calls it ...": an object pronoun after the form makes it a
        // verb, unless a determiner makes it a noun ("the calls it received")
        if (i + 1 < t.size() && same(t, i + 1, i) && !t.get(i + 1).quoted() && OBJECT_PRONOUNS.contains(t.get(i + 1).lower())
                && !NOUN_DETERMINERS.contains(l)) return true;
        // "Many fear", "others hope", "Some worry": a quantifier standing for people, before the base form of a
        // view ("many fears" is a noun, and so are "most state parties", "what some call")
        if (cue.belief() && PEOPLE_QUANTIFIERS.contains(l) && !t.get(i).lower().endsWith("s")) return true;
        if (y.capitalized()) {
            // "Officials hope", "Critics fear": a plural speaker noun opening its sentence
            if ((y.has(SPEAKER_NOUN) || SpeakerParser.pluralOfRole(lex, l)) && l.endsWith("s") && !l.endsWith("ss")) return true;
            // "in a Friday tweet", "his June remarks": a day or month before the form makes it a noun ("May" is
            // also a surname: "May calls for")
            // "Syrian reports", "French claims": a nationality adjective makes the form a noun
            if (lex.functionWords.contains(l) || lex.countryWords.containsKey(l) && !lex.countryNouns.containsKey(l)) return false;
            if (lex.calendarWords.contains(l) && !l.equals("may") && i >= 2 && same(t, i - 2, i) && t.get(i - 2).isWord()
                    && NOUN_DETERMINERS.contains(t.get(i - 2).lower())) return false;
            // "Phone calls went unanswered": a capital at the sentence's start is a name only if the article also
            // writes the word with a capital inside a sentence ("Trump calls for" after "... said Trump")
            boolean initial = i - 1 == 0 || !same(t, i - 2, i - 1);
            return !initial || WordForms.of(c.text).cappedInside(y.text());
        }
        return words.commonNounWord(y) && l.endsWith("s") && !l.endsWith("ss") && !l.equals("news");
    }

    /** Negated forms of "be", after which a form that is also a noun stays a noun ("aren't remarks"). */
    private static final java.util.Set<String> NEGATED_BE_FORMS = java.util.Set.of("isn't", "aren't", "wasn't", "weren't");

    /** Quantifiers that stand for people as a subject ("Many fear", "Others hope"). */
    private static final java.util.Set<String> PEOPLE_QUANTIFIERS = java.util.Set.of("many", "most", "some", "few",
            "others", "several", "both");

    /**
     * True when a cue of believing or wanting has a clause for its object: "thinks that", "believes he", "wants to
     * run", "expects Trump to win", "worried about", "knows what". Not "wants more funding", not "Western thought."
     */
    boolean hasClause(BlockContext c, SourceLexicons.Cue cue, int i, int j) {
        List<Token> t = c.tokens;
        // "thinks the public will respond", "believes Obama advanced": a word after these verbs opens what is
        // thought (a clause or its subject), unless it ends the thought ("I think so")
        if (OPINION_VERBS.contains(cue.lemma()) && j < t.size() && same(t, j, i) && t.get(j).isWord() && !t.get(j).quoted()
                && !NOT_A_THOUGHT.contains(t.get(j).lower())) return true;
        // "believes, for example, that ...", "thinks, however, that ...": an aside of up to three words, then "that"
        if (ContentSpans.asideThat(t, i, j, -1) >= 0) return true;
        for (int k = j; k < t.size() && k <= j + 3 && same(t, k, i); k++) {
            Token y = t.get(k);
            if (!y.isWord() || y.quoted()) return false;
            String l = y.lower();
            if (l.equals("to")) {
                // a verb after "to" ("wants to run", "is expected to be"), not a noun phrase ("agreed to the deal")
                return k + 1 < t.size() && same(t, k + 1, i) && t.get(k + 1).isWord() && !t.get(k + 1).capitalized()
                        && !NP_OPENERS.contains(t.get(k + 1).lower()) && !t.get(k + 1).digits();
            }
            if (BELIEF_OPENERS.contains(l) || CLAUSE_WORDS.contains(l)) return true;
        }
        // "hope the technology developed in Israel can aid": a longer subject before the clause's auxiliary, over
        // plain words only (no comma, quote or other cue in between)
        if (!CLOSING_BELIEFS.contains(cue.lemma()) || cue.lemma().equals("expect")) return false;
        for (int k = j; k < t.size() && k <= j + BELIEF_SUBJECT_REACH && same(t, k, i); k++) {
            Token y = t.get(k);
            if (!y.isWord() || y.quoted() || NOT_IN_SUBJECT.contains(y.lower()) || y.has(CUE_START) && matchCue(t, k) != null) return false;
            if (k > j + 3 && AUXILIARIES.contains(y.lower())) return true;
        }
        return false;
    }

    /** The most words of a thought's subject before its auxiliary ("hope the technology developed in Israel can"). */
    private static final int BELIEF_SUBJECT_REACH = 7;
    /** Words that a thought's subject does not hold ("fear for their safety and are leaving"). */
    private static final java.util.Set<String> NOT_IN_SUBJECT = java.util.Set.of("to", "for", "and", "or", "but", "as",
            "than", "because", "if", "when", "while", "by", "with", "from", "at", "on", "about", "over");
    /** The auxiliaries and modals that show a clause after a longer subject. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "will", "would",
            "could", "should", "can", "may", "might", "must", "has", "have", "had", "won't", "wouldn't", "can't", "couldn't");

    /**
     * True when a cue of taking a side has what it takes a side on: an object or a clause after it ("endorsed
     * Clinton", "opposes the deal", "backed a plan to"). Not a particle or an agent ("backed down", "supported
     * by"), not a number or the sentence's end ("support fell 5 points", "who opposed.").
     */
    boolean hasObject(BlockContext c, int i, int j) {
        List<Token> t = c.tokens;
        if (j >= t.size() || !same(t, j, i)) return false;
        Token y = t.get(j);
        if (y.type() == Token.Type.QUOTE) return true;
        if (!y.isWord() || y.quoted() || y.digits()) return false;
        return !STANCE_NOT_OBJECT.contains(y.lower());
    }

    /** Words after a verb of taking a side that show another sense: particles, agents, prepositions of place. */
    private static final java.util.Set<String> STANCE_NOT_OBJECT = java.util.Set.of("by", "down", "up", "off", "away",
            "out", "into", "onto", "from", "in", "on", "at", "and", "or", "but", "as", "than", "which", "who", "itself",
            "themselves", "himself", "herself", "for", "of", "to", "among", "with", "behind", "is", "was", "has", "came", "grew");

    /**
     * True when a belief cue closes the words it is about: "..., they think, is to criticize", "..., his aides
     * believe." (a boundary before its subject, and a comma, dash or the sentence's end right after it).
     */
    boolean closesBelief(BlockContext c, SourceLexicons.Cue cue, int i, int j) {
        List<Token> t = c.tokens;
        if (!CLOSING_BELIEFS.contains(cue.lemma()) || !precededByBoundary(c, i)) return false;
        if (j >= t.size() || !same(t, j, i)) return true;
        Token y = t.get(j);
        if (y.type() == Token.Type.COMMA || y.type() == Token.Type.STOP) return true;
        return y.type() == Token.Type.OTHER && !y.quoted() && (y.text().equals("\u2014") || y.text().equals("\u2013") || y.text().equals("-"));
    }

    /** Verbs of opinion that may follow what is thought (not "declined", "agreed": "student debt would decline,"). */
    private static final java.util.Set<String> CLOSING_BELIEFS = java.util.Set.of("think", "believe", "hope", "fear", "feel",
            "worry", "know", "expect");
    /** Verbs of opinion whose object is always what is thought. */
    private static final java.util.Set<String> OPINION_VERBS = java.util.Set.of("think", "believe");
    /** Words after "think"/"believe" that end the thought or are another word ("I think so", "thought for a moment", "a think tank"). */
    private static final java.util.Set<String> NOT_A_THOUGHT = java.util.Set.of("so", "otherwise", "not", "too", "twice",
            "again", "and", "or", "but", "for", "tank", "tanks");

    /** Words that open the clause a belief is about ("that", "whether", "about"). */
    private static final java.util.Set<String> BELIEF_OPENERS = java.util.Set.of("that", "whether", "if", "why", "how", "what",
            "about", "who", "where", "when");

    /** True for a word of the function-word list (stopwords.txt). */
    boolean isFunctionWord(String lower) { return lex.functionWords.contains(lower); }

    /**
     * True when a cue that needs a reported complement has one: "that", a quotation, a colon or comma, a clause, a
     * wh- or to-clause, "for/as/of" after a verb of judging ("accused X of", "described it as"), or nothing but the
     * end of the sentence after it (the cue closes the words it reports).
     */
    boolean hasComplement(BlockContext c, SourceLexicons.Cue cue, int i, int j) {
        List<Token> t = c.tokens;
        if (j >= t.size() || !same(t, j, i)) return true;
        // "If China can build a wall, he observed this week, without cranes, then ...": a time expression between the
        // cue and the comma that closes an interrupting attribution leaves the cue after the words it reports
        int timeEnd = timeAdjunctEnd(t, j, i);
        if (timeEnd > j && timeEnd < t.size() && same(t, timeEnd, i) && t.get(timeEnd).type() == Token.Type.COMMA
                && i > 0 && precededByBoundary(c, i)) return true;
        Token first = t.get(j);
        if (first.is("that") || first.type() == Token.Type.QUOTE || first.type() == Token.Type.COLON || first.type() == Token.Type.COMMA
                || first.type() == Token.Type.STOP) return true;
        boolean subordinate = false;
        for (int k = j; k < t.size() && k < j + 8 && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.type() == Token.Type.COLON) return true;
            // a quotation is the reported words after a comma or colon, not a scare quote inside the object
            if (y.type() == Token.Type.QUOTE) {
                Token before = t.get(k - 1);
                if (before.type() == Token.Type.COMMA || before.type() == Token.Type.COLON || before.is("that")) return true;
                continue;
            }
            if (y.type() == Token.Type.STOP) return k - j <= 4 && precededByBoundary(c, i);
            if (!y.isWord() || y.quoted()) continue;
            String l = y.lower();
            if (l.equals("to")) {
                // a to-clause ("urged him to resign"), not a place or a noun ("point to the", "to Iowa")
                if (k - j <= 3 && k + 1 < t.size() && t.get(k + 1).isWord() && !t.get(k + 1).capitalized()
                        && !lex.functionWords.contains(t.get(k + 1).lower()) && !NP_OPENERS.contains(t.get(k + 1).lower())) return true;
                continue;
            }
            // "echoing security experts who say ...": a relative clause on the object, not what was echoed
            if (l.equals("who") && k > j && words.commonNounWord(t.get(k - 1))) return false;
            // "reported quarterly revenue that topped forecasts": after a verb of reporting facts, "that" or "which"
            // after its object opens a relative clause on the object, not the words reported
            if ((l.equals("that") || l.equals("which")) && ACCOUNT_VERBS.contains(cue.lemma()) && relativeOnObject(t, j, k)) return false;
            // "spoke about the plan", "confirmed the news about", but not an amount ("found the truck about a mile
            // away", "reported about 30 cases")
            if (l.equals("about") && amountAfter(t, k + 1)) continue;
            // "apologized to the family before the sentence was read": after a prepositional object of the verb, the
            // verb of a clause that "before", "while" or "because" opens is that clause's, no words reported; a
            // "that" after it still is. Right after the verb, or after a noun phrase, the clause may be what was said
            // ("explained after winning Ohio, he would need ...", "Pals claim the relationship ended after …")
            if (k > j && SUBORDINATORS.contains(l) && PREPOSITIONS.contains(t.get(j).lower())) { subordinate = true; continue; }
            if (subordinate) {
                if (l.equals("that")) return true;
                continue;
            }
            if (COMPLEMENT_OPENERS.contains(l) || CLAUSE_WORDS.contains(l)) return true;
            if ((l.equals("for") || l.equals("as") || l.equals("of")) && !FACT_VERBS.contains(cue.lemma())) return true;
        }
        return false;
    }

    /**
     * True when the words {@code [j, k)} between a verb and a "that" at {@code k} are a plain object noun phrase that
     * the "that" clause modifies ("quarterly revenue that topped forecasts", "a plan which"): no preposition, no time
     * ("reported last month that"), and a head that takes no "that" clause of its own ("no sign that", "the news
     * that", "evidence that" report what was found).
     */
    private boolean relativeOnObject(List<Token> t, int j, int k) {
        if (k <= j || k - j > 5 || !words.commonNounWord(t.get(k - 1))) return false;
        String head = t.get(k - 1).lower();
        if (THAT_NOUNS.contains(head) || lex.calendarWords.contains(head) || SpeakerSpans.TIME_WORDS.contains(head) || head.equals("quarter")) return false;
        for (int x = j; x < k; x++) {
            Token y = t.get(x);
            if (!y.isWord() || lex.functionWords.contains(y.lower()) && !y.is("a") && !y.is("an") && !y.is("the") && !y.is("its")
                    && !y.is("their") && !y.is("his") && !y.is("her") && !y.is("no")) return false;
        }
        return true;
    }

    /** Prepositions that open a verb's object ("apologized to the family", "pleaded for mercy"). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("to", "for", "with", "at", "on", "in", "about", "over");

    /** Words that open an adverbial clause of time or reason. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("before", "after", "while", "because",
            "until", "although", "though", "unless", "once");

    /** Verbs of giving an account of figures or events, whose object a "that" may modify (not "revealed", "showed"). */
    private static final java.util.Set<String> ACCOUNT_VERBS = java.util.Set.of("add", "report", "announce", "post",
            "confirm", "state", "declare", "disclose", "charge", "order");

    /** Nouns that take a "that" clause saying what they hold ("the news that", "no sign that", "evidence that"). */
    private static final java.util.Set<String> THAT_NOUNS = java.util.Set.of("sign", "signs", "evidence", "news", "fact",
            "claim", "claims", "idea", "possibility", "hope", "hopes", "view", "belief", "report", "reports", "indication",
            "indications", "suggestion", "concern", "concerns", "fear", "fears", "message", "word", "rumor", "rumors",
            "rumour", "rumours", "statement", "notion", "assurance", "assurances", "warning", "proof", "data", "findings");

    /**
     * Where a time expression of at most three words starting at {@code j} ends ("this week", "on Tuesday", "last
     * month", "Monday", "in 2015"); {@code j} when none starts there.
     */
    int timeAdjunctEnd(List<Token> t, int j, int i) {
        int k = j;
        while (k < t.size() && k - j < 3 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted()
                && SpeakerSpans.TIME_OPENERS.contains(t.get(k).lower()) && !t.get(k).is("that")) k++;
        if (k >= t.size() || !same(t, k, i) || !t.get(k).isWord() || t.get(k).quoted()) return j;
        String l = t.get(k).lower();
        boolean year = l.length() == 4 && t.get(k).digits();
        return lex.calendarWords.contains(l) && !l.equals("may") || SpeakerSpans.TIME_WORDS.contains(l) || year && k > j ? k + 1 : j;
    }

    /** True when the words at {@code k} give an amount: "30", "two dozen", "a mile", "an hour", "a third". */
    private static boolean amountAfter(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).isWord()) return false;
        Token y = t.get(k);
        if (y.digits() || AMOUNT_WORDS.contains(y.lower())) return true;
        return (y.is("a") || y.is("an")) && k + 1 < t.size() && AMOUNT_WORDS.contains(t.get(k + 1).lower());
    }

    /** Numbers and units that follow "about" when it means "roughly" (plain English, not a word list of news). */
    private static final java.util.Set<String> AMOUNT_WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "twenty", "dozen", "hundred", "thousand", "million", "billion", "half", "third",
            "quarter", "mile", "miles", "kilometre", "kilometer", "hour", "hours", "minute", "minutes", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "percent", "foot", "feet", "metre", "meter");

    /**
     * True when a verb of finding or showing at token {@code i} has a document for its subject ("A poll released
     * Friday showed Trump leading", "The study finds voters ..."): what a document shows needs no "that". Looks back
     * over at most 8 words of the cue's clause.
     */
    boolean documentSubject(BlockContext c, SourceLexicons.Cue cue, int i) { return documentBefore(c, cue, i) >= 0; }

    /** The document noun of {@link #documentSubject}'s subject ("poll" in "A poll released Friday showed"), or -1. */
    int documentBefore(BlockContext c, SourceLexicons.Cue cue, int i) {
        boolean finding = FINDING_VERBS.contains(cue.lemma());
        List<Token> t = c.tokens;
        for (int k = i - 1; k >= 0 && k >= i - 8 && same(t, k, i); k--) {
            Token y = t.get(k);
            if (!y.isWord() || y.quoted() || y.is("that") || y.is("which")) return -1;
            // any cue after a document described by a participle: "A news report published Wednesday said",
            // "A court filing released Thursday says"; a verb of finding after any document
            // ("The report published by SANA called" names its author: the phrase with its agent speaks, read elsewhere)
            if (lex.documentNouns.contains(y.lower()) && (finding || k + 1 < i - 1 && DOCUMENT_PARTICIPLES.contains(t.get(k + 1).lower())
                    && !t.get(k + 2).is("by"))) return k;
        }
        return -1;
    }

    /** Participles that describe a document before its verb ("the report released Friday said"). */
    private static final java.util.Set<String> DOCUMENT_PARTICIPLES = java.util.Set.of("published", "released", "filed",
            "issued", "obtained", "posted", "seen", "circulated", "leaked", "sent", "dated", "unveiled", "submitted");

    /** Verbs of what a document shows (their object is what it reports). */
    private static final java.util.Set<String> FINDING_VERBS = java.util.Set.of("show", "find", "suggest", "indicate", "reveal");

    /** A comma or closing quote earlier in the cue's sentence: the cue may close the words it reports. */
    boolean precededByBoundary(BlockContext c, int i) {
        for (int k = i - 1; k >= 0 && same(c.tokens, k, i) && k >= i - 8; k--) {
            if (c.isContentBoundary(k)) return true;
            // "Hollis, 41, said she had reported the tree five times": the boundary belongs to the cue in between
            Token y = c.tokens.get(k);
            if (y.isWord() && !y.quoted() && y.has(CUE_START) && matchCue(c.tokens, k) != null) return false;
        }
        return false;
    }

    boolean isParticipleCue(List<Token> t, int k) {
        SourceLexicons.Cue cue = t.get(k).isWord() && !t.get(k).quoted() ? matchCue(t, k) : null;
        return cue != null && cue.participle();
    }
}
