package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.BlockContext.*;
import static org.sourcelight.analysis.sources.WordClasses.*;

import java.util.List;
import org.sourcelight.analysis.sources.Speaker.Cls;
import org.sourcelight.analysis.sources.Speaker.Gender;

/**
 * Finds the token range of a speaker's noun phrase next to a cue: read back from the verb ("His father said"),
 * forward after an inverted or "according to" cue ("said one former GOP aide"), or across an appositive between
 * commas ("Tara Gomes, a co-author of the report, says"). Ranges are token indices of the block.
 */
final class SubjectPhrases {
    /** A speaker phrase and the appositive or relative clause that describes it, both as token ranges. */
    record Appositive(TokenRange speaker, TokenRange role) {}

    private final SourceLexicons lex;
    private final WordClasses words;
    private final SpeakerParser parser;

    SubjectPhrases(SourceLexicons lex, WordClasses words, SpeakerParser parser) {
        this.lex = lex;
        this.words = words;
        this.parser = parser;
    }

    /**
     * The first token of the subject noun phrase ending at {@code k}, or {@code k + 1} when there is none: any
     * noun phrase read back from its head over names, content words, numbers, possessives and title abbreviations
     * ("police", "His father", "a veteran Boston-based engineer", "Police Lt. Tom Wilkison"), stopping after the
     * word that opens it ("the", "his", "some") or at a function word, comma, quote or sentence start.
     */
    int npBackward(BlockContext c, int k) {
        List<Token> t = c.tokens;
        if (k > 0 && t.get(k).type() == Token.Type.STOP && words.titleStop(t, k)) {
            int s0 = npBackward(c, k - 1); // "Donald Trump Jr. said": the phrase ends at the suffix's dot
            return s0 <= k - 1 ? s0 : k + 1;
        }
        Token head = t.get(k);
        // "One of them said", "two of us": a count of a group met before
        if (head.isWord() && (head.is("them") || head.is("us") || head.is("those") || head.is("these")) && k >= 2
                && same(t, k - 2, k) && t.get(k - 1).is("of") && t.get(k - 2).isWord()
                && (lex.quantifiers.contains(t.get(k - 2).lower()) || t.get(k - 2).digits())) return k - 2;
        if (head.isWord() && lex.pronouns.containsKey(head.lower())) return k;
        if (head.type() == Token.Type.CLOSE) {
            // "Rep. Sander M. Levin (Mich.)", "Sen. Bernie Sanders (I-Vt.)": the name before the bracket
            int open = k - 1;
            while (open > 0 && k - open < 8 && same(t, open, k) && t.get(open).type() != Token.Type.OPEN) open--;
            if (open > 0 && t.get(open).type() == Token.Type.OPEN && same(t, open - 1, k) && words.isHead(t.get(open - 1))) {
                int s0 = npBackward(c, open - 1);
                return s0 <= open - 1 ? s0 : k + 1;
            }
        }
        // "people familiar with her thinking": an -ing word after a determiner may end the phrase (context marks it wide)
        if (!words.isHead(head) && !words.commonNounWord(head) && !(c.wide[k] && head.isWord() && head.lower().endsWith("ing"))) return k + 1;
        int s = k;
        for (int pp = 0; pp < 3; pp++) {
            while (s - 1 >= 0 && same(t, s - 1, k) && (c.wide[s - 1] && !NP_PREPOSITIONS.contains(t.get(s - 1).lower())
                    || joiningSlash(t, s - 1) && c.wide[s - 2])) {
                s--;
                if (NP_OPENERS.contains(t.get(s).lower()) && !(s - 1 >= 0 && t.get(s - 1).possessive())) break;
            }
            // a post-modifier: "sources familiar with the matter", "a spokesman for the company", "head of the agency"
            int p = s - 1;
            if (p < 1 || !same(t, p, k) || !NP_PREPOSITIONS.contains(t.get(p).lower()) || t.get(p).quoted()) break;
            int q = p - 1;
            if (q >= 0 && NP_PREPOSITIONS.contains(t.get(q).lower())) q--; // "close to"
            // "three in 10", "one in four": a count of people, the way polls give who said something
            boolean counted = q >= 0 && same(t, q, k) && NUMBER_WORDS.contains(t.get(q).lower()) && (t.get(p).is("in") || t.get(p).is("of"));
            if (!counted && (q < 0 || !same(t, q, k) || !(c.wide[q] && (words.isHead(t.get(q)) || words.commonNounWord(t.get(q))))
                    || WordClasses.verbLike(t.get(q)))) break;
            if (counted && !c.wide[q]) {
                // "In Texas, half of GOP primary voters said": the count opens the phrase even in lower case
                s = countModifiersBefore(t, q, k);
                break;
            }
            s = q + 1;
        }
        while (s <= k && t.get(s).isWord() && CONNECTORS.contains(t.get(s).lower())) s++;
        return withPredeterminer(t, s, k);
    }

    /** A slash written between two words with no space ("a CNN/ORC poll", "Obama/Clinton"). */
    private static boolean joiningSlash(List<Token> t, int i) {
        return i >= 1 && i + 1 < t.size() && t.get(i).text().equals("/") && t.get(i - 1).end() == t.get(i).start()
                && t.get(i).end() == t.get(i + 1).start() && t.get(i - 1).isWord() && same(t, i - 1, i);
    }

    /** Determiners before a number or quantifier ("the two voters", "their many supporters"). */
    private static final java.util.Set<String> BEFORE_COUNT = java.util.Set.of("the", "his", "her", "their", "its", "our", "these", "those");
    /** Predeterminers before a determiner or a number ("all the attendees", "all three candidates"). */
    private static final java.util.Set<String> PREDETERMINERS = java.util.Set.of("all", "both", "half");
    /** Words that qualify a count ("nearly 100 protesters", "only 49 percent"). */
    private static final java.util.Set<String> COUNT_QUALIFIERS = java.util.Set.of("about", "nearly", "almost", "only",
            "roughly", "approximately", "just", "over", "some");
    /** Two-word qualifiers of a count ("at least four senators", "more than a dozen"). */
    private static final java.util.Set<String> COUNT_QUALIFIER_PAIRS = java.util.Set.of("at least", "at most", "more than",
            "less than", "fewer than", "up to", "as many");

    /**
     * The start of the subject once the words that open it before its determiner or count are taken in: "the two
     * voters", "all the attendees", "at least four senators", "nearly 100 protesters". A quantity is part of who
     * is speaking.
     */
    private static int withPredeterminer(List<Token> t, int s, int k) {
        if (s > k || s == 0) return s;
        Token first = t.get(s);
        boolean count = first.digits() || NUMBER_WORDS.contains(first.lower()) || first.is("dozens") || first.is("hundreds")
                || first.is("thousands") || first.is("millions");
        if (count && ok(t, s - 1, s) && BEFORE_COUNT.contains(t.get(s - 1).lower())) s--;
        else if (ok(t, s - 1, s) && PREDETERMINERS.contains(t.get(s - 1).lower()) && (BEFORE_COUNT.contains(first.lower()) || count)) s--;
        else if (count && ok(t, s - 1, s) && COUNT_QUALIFIERS.contains(t.get(s - 1).lower())) s--;
        else if ((count || first.is("a")) && s >= 2 && ok(t, s - 2, s) && ok(t, s - 1, s)
                && COUNT_QUALIFIER_PAIRS.contains(t.get(s - 2).lower() + " " + t.get(s - 1).lower())) s -= 2;
        return s;
    }

    /** Token {@code i} is an unquoted word of the sentence of token {@code s}. */
    private static boolean ok(List<Token> t, int i, int s) {
        return i >= 0 && same(t, i, s) && t.get(i).isWord() && !t.get(i).quoted();
    }

    /**
     * "A petition signed by 2,000 people called for", "Emails obtained by the paper show": a participle and "by"
     * right before the subject read back from the verb make that phrase the agent of a reduced relative clause;
     * the subject is the noun phrase the clause describes. Returns the first token of that noun phrase, or -1.
     */
    int describedByAgent(BlockContext c, int s) {
        List<Token> t = c.tokens;
        if (s < 3 || !t.get(s - 1).is("by") || !same(t, s - 3, s)) return -1;
        Token v = t.get(s - 2);
        if (!v.isWord() || v.quoted() || v.capitalized() || !isPastParticiple(v.lower())) return -1;
        Token before = t.get(s - 3);
        if (!before.isWord() || lex.pronouns.containsKey(before.lower()) || WordClasses.verbLike(before)) return -1;
        int s0 = npBackward(c, s - 3);
        // the described phrase is the clause's subject: it opens the clause ("seated next to X at a dinner
        // sponsored by Y" is no subject)
        boolean opens = opensClause(t, s0) || s0 > 0 && same(t, s0 - 1, s0) && t.get(s0 - 1).is("that");
        return s0 <= s - 3 && !WordClasses.verbLike(t.get(s0)) && opens ? s0 : -1;
    }

    /**
     * "Some residents who spoke at the meeting questioned", "The man who owns the store said": the subject read back
     * from the verb ({@code s}, "the meeting") lies inside a relative clause "who ..." hanging on the noun phrase
     * before it, and that noun phrase is who speaks. Returns the first token of that noun phrase, or -1. The clause
     * has no comma, quote or bracket in it ("Smith, who met the mayor, said" is read as an appositive), the noun
     * phrase opens its clause and "who" follows it directly, within eight words of {@code s}.
     */
    int describedByRelative(BlockContext c, int s) {
        List<Token> t = c.tokens;
        for (int w = s - 1; w >= 1 && s - w <= 8 && same(t, w, s); w--) {
            Token y = t.get(w);
            if (!y.isWord() || y.quoted()) return -1;
            // "groups that have endorsed him say", "officials whose laws were struck down say": "that" only after a
            // noun for people or a body ("the fact that he said" is a complement, not a relative clause)
            boolean that = y.is("that") && w >= 1 && t.get(w - 1).isWord() && !t.get(w - 1).capitalized()
                    && (t.get(w - 1).has(WordClasses.SPEAKER_NOUN) || words.commonNounWord(t.get(w - 1))) && t.get(w - 1).lower().endsWith("s");
            if (!(y.is("who") || y.is("whose") || that) || w == s - 1) continue;
            Token before = t.get(w - 1);
            if (!same(t, w - 1, w) || !before.isWord() || before.quoted() || WordClasses.verbLike(before)) return -1;
            int s0 = npBackward(c, w - 1);
            if (s0 > w - 1 || WordClasses.verbLike(t.get(s0)) || !opensClause(t, s0)) return -1;
            // "It means including people who ...": a phrase with a pronoun in it is no noun phrase
            for (int x = s0; x < w; x++) if (lex.pronouns.containsKey(t.get(x).lower())) return -1;
            return s0;
        }
        return -1;
    }

    /**
     * "Several people I have spoken with in recent weeks said", "Some teachers we interviewed at the school said": a
     * relative clause with no relative pronoun (a contact clause) whose subject is "I", "we" or "you" describes the
     * noun phrase before it, which is the speaker; the phrase read back from the cue ("recent weeks", "the school") is
     * part of the clause. Returns the first token of that noun phrase, or -1. The clause holds no comma, quotation or
     * bracket and the pronoun stands within ten words before {@code s}; the noun phrase opens its clause and its last
     * word is a common noun.
     */
    int describedByContactClause(BlockContext c, int s) {
        List<Token> t = c.tokens;
        for (int w = s - 1; w >= 1 && s - w <= 10 && same(t, w, s); w--) {
            Token y = t.get(w);
            if (!y.isWord() || y.quoted()) return -1;
            if (!(y.is("i") || y.is("we") || y.is("you")) || w >= s - 1) continue;
            Token before = t.get(w - 1);
            if (!same(t, w - 1, w) || !words.commonNounWord(before) || WordClasses.verbLike(before)) return -1;
            int s0 = npBackward(c, w - 1);
            if (s0 > w - 1 || WordClasses.verbLike(t.get(s0)) || !opensClause(t, s0)) return -1;
            for (int x = s0; x < w; x++) if (lex.pronouns.containsKey(t.get(x).lower())) return -1;
            return s0;
        }
        return -1;
    }

    /** Irregular past participles that describe a thing made or handled ("written by", "drawn up by" aside). */
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = java.util.Set.of("written", "given", "taken",
            "drawn", "chosen", "driven", "shown", "known", "sworn", "stolen", "made", "held", "led", "sent", "paid",
            "brought", "bought", "won", "run", "built", "sold", "spent", "told", "seen", "struck", "hit", "read");

    static boolean isPastParticiple(String l) {
        return l.length() > 4 && l.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(l);
    }

    /**
     * The first token of a count of people that ends at {@code k} and is the whole subject, as polls report who said
     * what: "Six in 10", "one in four", "42%", "Most", "half", "a majority", "two-thirds", with "more than", "about",
     * "nearly" ... before it. It must open its clause (the sentence's start, or after a comma, a semicolon, a colon,
     * "and", "but", "while", "after"). -1 when there is none.
     */
    int countBackward(BlockContext c, int k) {
        List<Token> t = c.tokens;
        Token y = t.get(k);
        if (y.quoted()) return -1;
        if (y.text().equals("%") && k >= 1 && same(t, k - 1, k) && t.get(k - 1).digits()) {
            int s = countModifiersBefore(t, k - 1, k); // "42% say", the sign a token of its own
            return opensCount(t, s, k) ? s : -1;
        }
        if (!y.isWord() && !percent(y)) return -1;
        int s;
        String l = y.lower();
        if (count(y) && k >= 2 && same(t, k - 2, k) && (t.get(k - 1).is("in") || t.get(k - 1).is("of")) && count(t.get(k - 2))
                && !(k >= 3 && t.get(k - 1).is("of") && t.get(k - 2).is("out"))) {
            s = k - 2; // "six in 10", "one of four"
        } else if (count(y) && k >= 3 && same(t, k - 3, k) && t.get(k - 1).is("of") && t.get(k - 2).is("out") && count(t.get(k - 3))) {
            s = k - 3; // "nine out of 10"
        } else if (percent(y)) {
            s = k; // "42%" (a bare number is not read: "60 pledged delegates")
        } else if (BARE_COUNTS.contains(l)) {
            s = k; // "Most said", never "the most elaborate"
        } else if ((l.equals("majority") || l.equals("plurality")) && k >= 1 && same(t, k - 1, k) && (t.get(k - 1).is("a") || t.get(k - 1).is("the"))) {
            s = k - 1; // "a majority"
        } else if ((l.equals("third") || l.equals("quarter") || l.equals("fifth")) && k >= 1 && same(t, k - 1, k)
                && (t.get(k - 1).is("a") || t.get(k - 1).is("one"))) {
            s = k - 1; // "a third"
        } else {
            return -1;
        }
        s = countModifiersBefore(t, s, k);
        return opensCount(t, s, k) ? s : -1;
    }

    /** True when a count starting at {@code s} opens its clause (see {@link #countBackward}). */
    private static boolean opensCount(List<Token> t, int s, int k) {
        if (s == 0 || !same(t, s - 1, k)) return true;
        Token p = t.get(s - 1);
        return p.type() == Token.Type.COMMA || p.type() == Token.Type.COLON || p.type() == Token.Type.QUOTE
                || p.isWord() && !p.quoted() && COUNT_CLAUSE_OPENERS.contains(p.lower());
    }

    /**
     * True when the phrase {@code [s, e)} is a count of a group ("half of Vermont Democrats", "two-thirds of the
     * voters", "nearly three-quarters of those polled"): unnamed people, whatever the group's words.
     */
    static boolean countOf(List<Token> t, int s, int e) {
        int k = s;
        while (k < e && t.get(k).isWord() && (COUNT_MODIFIERS.contains(t.get(k).lower()) || t.get(k).is("more") || t.get(k).is("than"))) k++;
        if (k < e && (t.get(k).is("a") || t.get(k).is("one"))) k++;
        if (k + 1 >= e || !t.get(k).isWord() || !t.get(k + 1).is("of")) return false;
        String l = t.get(k).lower();
        return BARE_COUNTS.contains(l) || l.equals("third") || l.equals("quarter") || l.equals("fifth") || l.equals("majority");
    }

    /** Steps back over "more than", "about", "nearly", "only" ... before a count that starts at {@code s}. */
    private static int countModifiersBefore(List<Token> t, int s, int k) {
        while (s >= 1 && same(t, s - 1, k) && t.get(s - 1).isWord() && !t.get(s - 1).quoted()) {
            String b = t.get(s - 1).lower();
            if (COUNT_MODIFIERS.contains(b)) s--;
            else if (b.equals("than") && s >= 2 && same(t, s - 2, k) && (t.get(s - 2).is("more") || t.get(s - 2).is("fewer")
                    || t.get(s - 2).is("less"))) s -= 2;
            else break;
        }
        return s;
    }

    private static boolean count(Token y) {
        return y.isWord() && !y.quoted() && (y.digits() && !year(y.lower()) || NUMBER_WORDS.contains(y.lower()) || TENS.contains(y.lower()));
    }

    private static boolean percent(Token y) {
        String x = y.text();
        return !y.quoted() && x.length() > 1 && x.endsWith("%") && Character.isDigit(x.charAt(0));
    }

    /** A four-digit number from 1800 to 2099 is read as a year ("In 2016, ..."), not a count of people. */
    private static boolean year(String l) {
        return l.length() == 4 && (l.startsWith("18") || l.startsWith("19") || l.startsWith("20")) && l.chars().allMatch(Character::isDigit);
    }

    /** Counts that stand as the subject on their own in poll reports ("Most said", "half said so"). */
    private static final java.util.Set<String> BARE_COUNTS = java.util.Set.of("most", "half", "two-thirds", "three-quarters",
            "three-fourths", "one-third", "one-quarter", "one-fifth",
            // members of a group named before: "Another said ...", "Several said they would ..."
            "another", "several");
    private static final java.util.Set<String> TENS = java.util.Set.of("10", "ten", "twenty", "thirty", "forty", "fifty", "hundred");
    private static final java.util.Set<String> COUNT_MODIFIERS = java.util.Set.of("about", "nearly", "almost", "roughly", "just",
            "only", "over", "around", "approximately", "some", "barely");
    /** Words after which a count opens a clause ("and one in four said", "after half said so"). */
    private static final java.util.Set<String> COUNT_CLAUSE_OPENERS = java.util.Set.of("and", "but", "while", "whereas", "after",
            "though", "although", "because", "when", "yet", "with");

    /** The end (exclusive) of the speaker phrase starting at {@code s}. */
    int npForward(BlockContext c, int s) {
        List<Token> t = c.tokens;
        if (s < t.size() && t.get(s).isWord() && lex.pronouns.containsKey(t.get(s).lower())) return s + 1;
        int e = s;
        while (e < t.size() && same(t, e, s) && c.np[e]) e++;
        while (e > s && (t.get(e - 1).isWord() && (CONNECTORS.contains(t.get(e - 1).lower()) || DETERMINERS.contains(t.get(e - 1).lower()))
                || t.get(e - 1).type() == Token.Type.OPEN)) e--;
        return e;
    }

    /** The end of a subject-like noun phrase after an inverted cue, over any content word ("one former GOP aide"). */
    int wideForward(BlockContext c, int s) {
        List<Token> t = c.tokens;
        int e = s;
        while (e < t.size() && same(t, e, s) && c.wide[e] && !NP_PREPOSITIONS.contains(t.get(e).lower()) && e - s < 12) e++;
        while (e > s && t.get(e - 1).isWord() && (CONNECTORS.contains(t.get(e - 1).lower()) || NP_OPENERS.contains(t.get(e - 1).lower()))) e--;
        return e;
    }

    /** Like {@link #wideForward}, over post-modifiers too ("people familiar with the network's plans"). */
    int wideForwardWithModifiers(BlockContext c, int s) {
        List<Token> t = c.tokens;
        int e = s;
        while (e < t.size() && same(t, e, s) && (c.wide[e] || t.get(e).possessive()) && e - s < 14) e++;
        while (e > s && t.get(e - 1).isWord() && (CONNECTORS.contains(t.get(e - 1).lower()) || NP_OPENERS.contains(t.get(e - 1).lower())
                || NP_PREPOSITIONS.contains(t.get(e - 1).lower()))) e--;
        return e;
    }

    /** True when the speaker phrase ending before {@code e} ends the clause: a stop, comma, "who" or the sentence's end. */
    static boolean endsPhrase(List<Token> t, int e, int i) {
        if (e >= t.size() || !same(t, e, i)) return true;
        Token y = t.get(e);
        return y.type() == Token.Type.STOP || y.type() == Token.Type.COMMA || y.is("who") || y.is("whose");
    }

    /**
     * "Ahmad Touzan, a spokesman for the prosecution, said", "Faisal Mekdad, who was speaking ..., elaborated on":
     * the comma before the cue closes an appositive or relative clause; the speaker is the phrase before it.
     * Returns the speaker and role token ranges, or null.
     */
    Appositive appositive(BlockContext c, int comma) {
        List<Token> t = c.tokens;
        int end = comma;
        int wordCount = 0;
        boolean afterAge = false; // the segment read last was an age alone: "Her son, Brian Lowe, 72, added"
        boolean afterDescription = false;
        for (int seg = 0; seg < 5; seg++) {
            int s = segmentStart(t, end);
            if (s <= 0 || s >= end) return null;
            for (int k = s; k < end; k++) if (t.get(k).isWord()) wordCount++;
            if (wordCount > 30) return null;
            Token first = t.get(s);
            boolean relative = first.is("who") || first.is("which");
            boolean apposition = (first.is("a") || first.is("an") || first.is("the")) && words.containsRole(t, s, end);
            if (t.get(s - 1).type() != Token.Type.COMMA) return null;
            int npEnd = s - 1;
            // "Yin May, 60, a doctor, said": an age between the name and its description
            if (npEnd >= 3 && t.get(npEnd - 1).digits() && t.get(npEnd - 2).type() == Token.Type.COMMA && same(t, npEnd - 3, npEnd)
                    && t.get(npEnd - 3).isWord() && t.get(npEnd - 3).capitalized()) npEnd -= 2;
            int npStart = npEnd > 0 ? npBackward(c, npEnd - 1) : npEnd;
            // "Marcel Lazar, 44, said", "Tara Gomes, a co-author of the report, says", "Corey Lewandowski, in a
            // statement ..., said": any aside between commas after a name that opens its clause
            boolean named = npStart < npEnd && isNameHead(t, npEnd - 1) && opensClause(t, npStart);
            // "The former governor of Texas, Tom Reyes, said", "The mayor of Dayton, Ann Decker, said": a description
            // that opens with a determiner and names a role ends in a place, not a name; the capitalised segment after
            // it is the name
            if (named && seg == 0 && NP_OPENERS.contains(t.get(npStart).lower()) && words.containsRole(t, npStart, npEnd)
                    && allCapitalized(t, s, end) && end - s >= 2) named = false;
            // "The company, in a statement, said": an aside that opens with a preposition, after any subject
            boolean aside = npStart < npEnd && (ASIDE_PREPOSITIONS.contains(first.lower()) || ASIDE_CLAUSES.contains(first.lower()))
                    && !first.quoted() && opensClause(t, npStart)
                    && (words.isHead(t.get(npEnd - 1)) || words.commonNounWord(t.get(npEnd - 1)));
            // "Willie Minor, an actor in Dallas, who runs a theater, recalled": the phrase before the relative clause
            // describes the name before it; read the segment before
            if (relative && npStart < npEnd && NP_OPENERS.contains(t.get(npStart).lower()) && npStart >= 2
                    && t.get(npStart - 1).type() == Token.Type.COMMA && isNameHead(t, npStart - 2)) {
                end = s - 1;
                continue;
            }
            // "Nevada's governor, Ann Decker, a Republican, said": a name after a leading description that opens the
            // clause; the description before the name is the role, read with the next segment
            if (seg == 0 && apposition && !relative && npStart >= 2 && t.get(npStart - 1).type() == Token.Type.COMMA
                    && allCapitalized(t, npStart, npEnd) && leadingDescription(c, npStart - 1)) {
                afterDescription = true;
                end = s - 1;
                continue;
            }
            if (npStart < npEnd && (relative || apposition || named || aside)) {
                int roleStart = s;
                while (roleStart < end && (t.get(roleStart).is("who") || t.get(roleStart).is("is") || t.get(roleStart).is("was")
                        || t.get(roleStart).is("also"))) roleStart++;
                return new Appositive(new TokenRange(npStart, npEnd), new TokenRange(roleStart, end));
            }
            // "A Twitter spokesman, Christopher Abboud, said": the name is the speaker, the role before it describes it
            // ("the assailant, John McGraw, told": any description that opens with a determiner, or names a role)
            boolean described = npStart < npEnd && (words.containsRole(t, npStart, npEnd)
                    || NP_OPENERS.contains(t.get(npStart).lower()) && words.commonNounWord(t.get(npEnd - 1)));
            if ((seg == 0 || seg == 1 && (afterAge || afterDescription)) && described && opensClause(t, npStart)) {
                if (allCapitalized(t, s, end)) return new Appositive(new TokenRange(s, end), new TokenRange(npStart, npEnd));
                // "Another pollster, David Wood of Clemson University, said": a name and the body it belongs to
                int of = s + 1;
                while (of < end - 1 && !(t.get(of).is("of") || t.get(of).is("at") || t.get(of).is("from"))) of++;
                if (of < end - 1 && allCapitalized(t, s, of) && allCapitalized(t, of + 1, end)) {
                    return new Appositive(new TokenRange(s, end), new TokenRange(npStart, npEnd));
                }
                // "Her neighbour, retired teacher Brian Lowe, 72, added": a role before the name inside the segment
                int n = end;
                while (n - 1 > s && t.get(n - 1).isWord() && t.get(n - 1).capitalized()) n--;
                if (end - n >= 2 && n > s && words.containsRole(t, s, n) && !allCapitalized(t, s, n)) {
                    return new Appositive(new TokenRange(n, end), new TokenRange(npStart, n));
                }
            }
            afterAge = seg == 0 && end - s == 1 && t.get(s).digits();
            // "Ohio's governor, Brian Sandor, a Republican, said": a description after the name, the role before it
            afterDescription = seg == 0 && (first.is("a") || first.is("an") || first.is("the")) && !first.quoted();
            end = s - 1;
        }
        return null;
    }

    /**
     * True when the noun phrase ending before the comma at {@code comma} opens its clause and describes a person by a
     * role ("Nevada's governor", "The mayor of Dayton"): a leading description before a name.
     */
    private boolean leadingDescription(BlockContext c, int comma) {
        List<Token> t = c.tokens;
        if (comma < 1) return false;
        int st = npBackward(c, comma - 1);
        return st < comma && opensClause(t, st) && words.containsRole(t, st, comma) && !allCapitalized(t, st, comma);
    }

    /**
     * The subject of a cue after a comma that closes an aside the appositive reader does not take: a relative clause
     * with a quotation or commas inside ("Tom Reed, who calls the mayor a "liar," said"), a participle ("Mr. Hale,
     * citing "the cost," said", "The mayor, contradicting the governor, said"), a description holding a quoted title
     * ("Ann Lee, the author of "Small Towns," about farming, said") or a reduced relative after the subject ("Voters
     * who heard him at town halls, said"). The subject is the noun phrase that opens the clause (at the sentence's
     * start or after its opening phrases) up to the aside's first comma or "who"; the aside opens with a relative
     * pronoun, a participle, a determiner, a possessive, a number, a name or a preposition of circumstance, and holds
     * no stop, colon or semicolon. Returns the subject's tokens, or null.
     */
    TokenRange asideSubject(BlockContext c, int comma) {
        List<Token> t = c.tokens;
        int first = BlockContext.sentenceFirst(t, comma);
        if (comma - first > ASIDE_SUBJECT_REACH) return null;
        for (int s = first; s < comma; s++) {
            if (s > first && !(t.get(s - 1).type() == Token.Type.COMMA && !t.get(s - 1).quoted() && opensClause(t, s))) continue;
            int e = npForward(c, s);
            int w = wideForwardWithModifiers(c, s);
            if (w > e && w < comma && (t.get(w).type() == Token.Type.COMMA || t.get(w).is("who") || WordClasses.verbLike(t.get(w)))) e = w;
            // "Sen. Jack Reed (D-R.I.), said": a stray comma after a name's bracket
            if (e == comma && e - 1 > s && t.get(e - 1).type() == Token.Type.CLOSE && s == first) return new TokenRange(s, e);
            // "Sen. Tim Kaine (D-Va.), said": the bracket's abbreviation ends in a dot the noun phrase stops at
            if (s == first && e > s && t.get(comma - 1).type() == Token.Type.CLOSE) {
                int open = comma - 2;
                while (open > s && comma - open <= 8 && t.get(open).type() != Token.Type.OPEN) open--;
                if (e >= open && partyBracket(t, open, comma - 1)) return new TokenRange(s, comma);
            }
            if (e <= s || e >= comma - 1) continue;
            Token stop = t.get(e);
            int asideStart = -1;
            if (stop.is("who") && !stop.quoted()) asideStart = e;
            else if (stop.type() == Token.Type.COMMA && !stop.quoted()) asideStart = e + 1;
            else if (WordClasses.verbLike(stop) && !stop.quoted()) {
                // "One pastor supporting the mayor, Tom Reed of …, said", "Nurses interviewed at the rallies, including
                // Ms. Lee, said": a participle phrase on the head, up to its comma, then the aside
                int m = e + 1;
                while (m < comma && m - e < 12 && (c.wide[m] || t.get(m).possessive()) && !t.get(m).quoted()) m++;
                if (m < comma - 1 && t.get(m).type() == Token.Type.COMMA && !t.get(m).quoted()) asideStart = m + 1;
            }
            if (asideStart >= 0 && asideBetween(c, asideStart, comma)) return new TokenRange(s, e);
        }
        return null;
    }

    /**
     * True when tokens {@code [open, close]} are a bracket right after a capitalised name holding at most six tokens of
     * capitalised words, hyphens and dots and no verb or comma ("(D-Va.)", "(R-N.H.)", "(Ky.)").
     */
    private static boolean partyBracket(List<Token> t, int open, int close) {
        if (open < 1 || close - open > 7 || t.get(open).type() != Token.Type.OPEN || !t.get(open - 1).capitalized()) return false;
        for (int k = open + 1; k < close; k++) {
            Token y = t.get(k);
            if (y.quoted() || !(y.isWord() && y.capitalized() || y.type() == Token.Type.STOP || y.text().equals("-"))) return false;
        }
        return close > open + 1;
    }

    /** The most tokens from a sentence's start to the comma before a cue that {@link #asideSubject} reads. */
    private static final int ASIDE_SUBJECT_REACH = 40;

    /** True when tokens {@code [a, b)} are an aside between a subject and its cue (see {@link #asideSubject}). */
    private boolean asideBetween(BlockContext c, int a, int b) {
        List<Token> t = c.tokens;
        if (b - a < 2) return false;
        Token first = t.get(a);
        if (!first.isWord() || first.quoted()) return false;
        String f = first.lower();
        boolean opens = f.equals("who") || f.equals("which") || WordClasses.verbLike(first) || DETERMINERS.contains(f)
                || first.possessive() || first.digits() || first.capitalized() || ASIDE_PREPOSITIONS.contains(f)
                || ASIDE_CLAUSES.contains(f) || f.equals("like") || f.equals("unlike");
        if (!opens) return false;
        for (int k = a; k < b; k++) {
            Token y = t.get(k);
            if (y.quoted()) continue;
            if (y.type() == Token.Type.STOP && !words.titleStop(t, k) || y.type() == Token.Type.COLON || y.text().equals(";")) return false;
        }
        return true;
    }

    /**
     * Words that open a clause or participle set between a subject and its cue, as news writes the circumstances of
     * a statement ("Powell's office, when contacted by Reuters, said", "The mayor, asked about the bridge, said",
     * "The agency, responding to questions, said"): general English subordinators and the participles of
     * newsroom copy.
     */
    static final java.util.Set<String> ASIDE_CLAUSES = java.util.Set.of("when", "while", "after", "before", "asked",
            "speaking", "responding", "reacting", "contacted", "reached", "pressed", "writing", "citing", "if", "though",
            "although", "however", "meanwhile",
            // "Several candidates, including Lee, said": the members named of a group that speaks
            "including");
    /**
     * Words that open an introductory phrase before the clause's subject, besides {@link WordClasses#OPENERS}: the
     * prepositions and sentence adverbs of English ("As part of the deal, Ann Lee, 44, said", "For now, Lee, at the
     * institute, said", "Friday, the state, leading a coalition, asked").
     */
    private static final java.util.Set<String> PHRASE_OPENERS = org.sourcelight.text.Calendar.with(
            org.sourcelight.text.Calendar.WEEKDAYS, "as", "for", "from", "with", "under", "among", "amid", "despite", "like",
            "unlike", "then", "so", "first", "finally", "overall", "ultimately", "similarly", "likewise", "thus", "early",
            "late", "by", "until", "once", "throughout");
    /** Prepositions that open an aside between a subject and its cue ("the company, in a statement, said"). */
    private static final java.util.Set<String> ASIDE_PREPOSITIONS = java.util.Set.of("in", "on", "at", "during", "through", "via");
    /** Number words that count people ("three in 10 said", "one of them said"). */
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "half", "most", "many", "some", "none", "few");

    /** True when tokens {@code [a, b)} are a name: every one capitalised, or a title's dot inside it. */
    private static boolean allCapitalized(List<Token> t, int a, int b) {
        if (b <= a) return false;
        for (int k = a; k < b; k++) {
            Token y = t.get(k);
            if (!(y.capitalized() && !y.quoted() || y.type() == Token.Type.STOP && y.text().equals(".") && k > a)) return false;
        }
        return true;
    }

    /** The last word of a name: capitalised (and not a sentence-opening common word), or a closing bracket. */
    static boolean isNameHead(List<Token> t, int k) {
        Token y = t.get(k);
        return y.type() == Token.Type.CLOSE || y.capitalized();
    }

    /** True when token {@code k} opens its clause: sentence start, after a quote, a colon, "and", "but" or an opener. */
    static boolean opensClause(List<Token> t, int k) {
        if (k == 0 || !same(t, k - 1, k)) return true;
        Token p = t.get(k - 1);
        if (p.type() == Token.Type.QUOTE || p.type() == Token.Type.COLON) return true;
        if (p.is("and") || p.is("but") || p.is("while") || p.is("because") || p.is("when")) return true;
        if (p.type() == Token.Type.COMMA) {
            // after one opening phrase or a few in a row ("On Wednesday, however, the director ... said")
            int end = k - 1;
            for (int seg = 0; seg < 3; seg++) {
                int s = segmentStart(t, end);
                if (!(s < end && (OPENERS.contains(t.get(s).lower()) || PHRASE_OPENERS.contains(t.get(s).lower())))) return false;
                if (s == 0 || !same(t, s - 1, s)) return true;
                if (t.get(s - 1).type() != Token.Type.COMMA) return false;
                end = s - 1;
            }
            return false;
        }
        return false;
    }

    /** Auxiliaries that make a clause of the words before a name ("The bridges have both closed to traffic, X said"). */
    private static final java.util.Set<String> FINITE_AUXILIARIES = java.util.Set.of("have", "has", "had", "is", "are",
            "was", "were", "will", "would", "can", "could", "should", "must");

    /** Adds the role and country of an appositive ("a spokesman for the prosecution") to a named person. */
    Speaker withRole(BlockContext c, Speaker sp, int roleStart, int roleEnd) {
        if (sp == null || sp.cls() != Cls.PERSON || !sp.named() || roleStart >= roleEnd) return sp;
        for (int k = roleStart; k < roleEnd; k++) if (c.tokens.get(k).isWord() && FINITE_AUXILIARIES.contains(c.tokens.get(k).lower())) return sp;
        Speaker role = parser.parse(c.text, c.tokens, roleStart, roleEnd);
        // "The bridges have both closed to traffic, National Highways said": a clause before the name is no role
        if (role == null || role.cls() != Cls.PERSON || role.named() || !SpeakerParser.personHead(lex, role.head())) return sp;
        return new Speaker(sp.cls(), sp.start(), sp.end(), sp.phrase(), sp.name(), sp.role().isEmpty() ? role.role() : sp.role(),
                sp.organization(), sp.country().isEmpty() ? role.country() : sp.country(), sp.head(),
                sp.gender() == Gender.UNKNOWN ? role.gender() : sp.gender(), true, false, false);
    }
}
