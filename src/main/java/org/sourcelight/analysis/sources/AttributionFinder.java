package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sourcelight.analysis.sources.Speaker.Cls;
import org.sourcelight.analysis.sources.Speaker.Gender;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;

/**
 * Finds the attributions of one body block: a cue word from {@code attribution-cues.txt} and the speaker phrase
 * before it ("Lavrov added"), after it ("said the embassy", "according to Syria") or inherited from the clause
 * ("..., adding that"), plus the words attributed (the content: a quotation, a "that" clause, or the clause before
 * a trailing "..., he said"). Quoted words are never cues or speakers. Vague phrases ("reportedly") and
 * agentless passives ("has been accused of") become attributions with no speaker.
 */
final class AttributionFinder {
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "would", "will", "then",
            "repeatedly", "later", "earlier", "further", "instead", "meanwhile", "again", "previously", "reportedly",
            "allegedly", "both", "too", "last", "once", "already", "now", "recently", "publicly", "angrily", "strongly");
    private static final Set<String> BE = Set.of("been", "be", "being", "is", "are", "was", "were");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "in", "by", "from", "and");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Words that open a noun phrase and end the walk back from its head ("his aides", "some officials"). */
    private static final Set<String> NP_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "these", "those", "some", "many", "most", "several", "both", "all", "other", "another",
            "each", "few", "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
            "hundreds", "thousands", "millions");
    /** Words between a subject and its verb that are not part of either ("Clinton herself said", "Carter however said"). */
    private static final Set<String> INTERPOSED = Set.of("himself", "herself", "itself", "themselves", "however",
            "though", "too", "also", "alone", "instead");
    /** Words that open a sentence-initial adverbial ("On Wednesday, ...") rather than reported content. */
    private static final Set<String> OPENERS = Set.of("on", "in", "last", "back", "separately", "speaking", "earlier",
            "later", "meanwhile", "this", "during", "after", "before", "at", "following", "yesterday", "today",
            "also", "however", "but", "and", "elsewhere", "since", "when", "while", "addressing");
    /** Words allowed between a cue and its "that" ("said on Thursday that", "told reporters that"). */
    private static final Set<String> BEFORE_THAT = Set.of("on", "in", "at", "during", "last", "this", "earlier",
            "later", "also", "again", "today", "yesterday", "reporters", "journalists", "the", "press", "a", "news",
            "conference", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
            "statement", "interview", "email", "letter", "speech", "tweet", "post", "release", "call", "briefing",
            "an", "his", "her", "their", "its", "recent", "written", "televised", "phone", "radio", "night", "morning",
            "afternoon", "evening", "weekend", "month", "year", "ago", "him", "them", "us", "me");
    /** Prepositions that join a post-modifier to a subject's head ("sources familiar with the matter"). */
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "with", "in", "at", "from", "to", "on", "close", "near", "among", "inside", "within", "under");

    private final SourceLexicons lex;
    private final SpeakerParser parser;

    AttributionFinder(SourceLexicons lex, SpeakerParser parser) {
        this.lex = lex;
        this.parser = parser;
    }

    /** The reading context of one block; marks once which tokens may stand inside a speaker phrase. */
    Context context(String text, List<Token> tokens, List<Sentence> sentences, List<QuoteSpan> quotes, int block, int blockStart) {
        boolean[] np = new boolean[tokens.size()];
        boolean[] wide = new boolean[tokens.size()];
        for (int i = 0; i < np.length; i++) {
            np[i] = acceptableWord(tokens.get(i)) || titleStop(tokens, i);
            wide[i] = np[i] || commonNounWord(tokens.get(i)) || NP_OPENERS.contains(tokens.get(i).lower()) && !tokens.get(i).quoted();
        }
        // a word in -ed or -ing stands in a noun phrase only before the noun it modifies ("a retired general"),
        // never as its last word ("reacted to", "published by")
        for (int i = 0; i < np.length; i++) {
            if (!verbLike(tokens.get(i)) || np[i] && !commonNounWord(tokens.get(i))) continue;
            boolean modifies = i + 1 < np.length && tokens.get(i + 1).sentence() == tokens.get(i).sentence()
                    && commonNounWord(tokens.get(i + 1)); // "a retired general"; "helped Fox News" is a verb
            if (!modifies) wide[i] = np[i] = false;
        }
        return new Context(text, tokens, sentences, quotes, block, blockStart, np, wide);
    }

    /** The attributions of one block, in text order of their cues. */
    List<RawMention> find(Context c) {
        List<RawMention> out = new ArrayList<>();
        List<Token> t = c.tokens;
        List<int[]> venues = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (!x.isWord() || x.quoted()) continue;
            SourceLexicons.Cue cue = x.capitalized() && i > 0 && same(t, i - 1, i) ? null : matchCue(t, i);
            if (cue != null && cue.nounToo() && !verbAfter(c, t, i)) cue = null; // "phone calls", "the United States"
            if (cue == null) {
                int v = vague(c, i, out);
                if (v > i) i = v - 1;
                continue;
            }
            int j = i + cue.words().size();
            if (cue.venue()) venues.add(new int[] {i, j});
            else if (cue.after()) according(c, i, j, out);
            else if (cue.needsThat() && !hasComplement(c, cue, i, j)) {
                // "added three goals", "reported a profit": not speech
            } else if (cue.participle()) participle(c, i, j, out);
            else if (!(isContentBoundary(c, i - 1) && inverted(c, i, j, out)) && !cue.invertedOnly()) normal(c, cue, i, j, out);
            i = j - 1;
        }
        for (int[] v : venues) venue(c, v[0], v[1], out);
        out.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return out;
    }

    private SourceLexicons.Cue matchCue(List<Token> t, int i) {
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

    /**
     * Names met outside attributions that later pronouns, surnames and role nouns may point to: a person given
     * with role and name ("remarks by US Assistant Secretary of State David Schenker"), a named document
     * ("UN Security Council Resolution 2254"), a bare surname ("Mattis' remarks").
     */
    List<Speaker> registrations(Context c) {
        List<Speaker> out = new ArrayList<>();
        List<Token> t = c.tokens;
        int i = 0;
        while (i < t.size()) {
            if (!c.np[i]) { i++; continue; }
            int e = i;
            while (e < t.size() && same(t, e, i) && c.np[e]) e++;
            int a = i, b = e;
            while (a < b && t.get(a).isWord() && CONNECTORS.contains(t.get(a).lower())) a++;
            while (b > a && (!t.get(b - 1).isWord() && t.get(b - 1).type() != Token.Type.CLOSE
                    || CONNECTORS.contains(t.get(b - 1).lower()) || DETERMINERS.contains(t.get(b - 1).lower()))) b--;
            if (b > a && isHead(t.get(b - 1))) {
                if (containsRole(t, a, b) || containsDocumentNoun(t, a, b)) {
                    Speaker sp = parser.parse(c.text, t, a, b);
                    if (sp != null && sp.named() && (sp.cls() == Cls.PERSON || sp.cls() == Cls.DOCUMENT)) out.add(sp);
                } else if (t.get(b - 1).capitalized()) {
                    // a full name whose first word is a given name ("Beverly Bond", "Hillary Clinton's"): a person
                    // a later "he" or "she" may mean, even when they have not spoken yet
                    Speaker named = b - a >= 2 ? parser.parse(c.text, t, a, b) : null;
                    if (named != null && named.cls() == Cls.PERSON && named.named() && named.name().indexOf(' ') > 0
                            && lex.givenNames.containsKey(SourceLexicons.lower(named.name().substring(0, named.name().indexOf(' '))))) {
                        out.add(named);
                        i = e;
                        continue;
                    }
                    // a bare name ("Mattis' remarks"): only refreshes a person named before
                    Token last = t.get(b - 1);
                    out.add(new Speaker(Cls.PERSON, last.start(), last.end(), last.text(), last.text(), "", "", "", last.lower(),
                            Gender.UNKNOWN, true, false, false));
                }
            }
            i = e;
        }
        return out;
    }

    // ---- the patterns ----

    /** Words after which a verb follows, never a noun ("they call", "will call", "to call"). */
    private static final Set<String> BEFORE_VERB = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which", "that",
            "will", "would", "can", "could", "should", "may", "might", "must", "to", "did", "does", "do", "also", "often",
            "repeatedly", "never", "always", "now", "then", "still", "just", "only", "later", "again", "and");

    /** True when a cue that is also a noun reads as a verb here: after its subject, "to" or an auxiliary. */
    private boolean verbAfter(Context c, List<Token> t, int i) {
        if (i == 0 || !same(t, i - 1, i)) return false;
        Token y = t.get(i - 1);
        if (y.type() == Token.Type.CLOSE) return true;
        if (!y.isWord() || y.quoted()) return false;
        String l = y.lower();
        if (BEFORE_VERB.contains(l) || isAdverb(y)) return true;
        if (y.capitalized()) {
            if (lex.functionWords.contains(l)) return false;
            // "Phone calls went unanswered": a capital at the sentence's start is a name only if the article also
            // writes the word with a capital inside a sentence ("Trump calls for" after "... said Trump")
            boolean initial = i - 1 == 0 || !same(t, i - 2, i - 1);
            return !initial || WordForms.of(c.text).cappedInside(y.text());
        }
        return commonNounWord(y) && l.endsWith("s") && !l.endsWith("ss") && !l.equals("news");
    }


    /** Words after which a verb's object is a reported clause ("whether", "to" + verb ...). */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("that", "whether", "why", "how", "if", "what", "when",
            "where", "who", "to", "about");
    /** Words that show a clause follows (a subject and its verb): "added the deal was good", "added he would". */
    private static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "will", "would", "could", "should",
            "can", "may", "might", "must", "has", "have", "had", "did", "does", "do", "he", "she", "they", "we", "i", "it",
            "there", "won't", "wasn't", "isn't", "aren't", "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "couldn't");
    /** Verbs of reporting facts, whose "for/as/of" object is no statement ("reported a profit for the quarter"). */
    private static final Set<String> FACT_VERBS = Set.of("report", "announce", "post", "show", "find", "reveal", "confirm",
            "state", "declare", "indicate", "estimate", "charge", "disclose", "signal");

    /**
     * True when a cue that needs a reported complement has one: "that", a quotation, a colon or comma, a clause, a
     * wh- or to-clause, "for/as/of" after a verb of judging ("accused X of", "described it as"), or nothing but the
     * end of the sentence after it (the cue closes the words it reports).
     */
    private boolean hasComplement(Context c, SourceLexicons.Cue cue, int i, int j) {
        List<Token> t = c.tokens;
        if (j >= t.size() || !same(t, j, i)) return true;
        Token first = t.get(j);
        if (first.is("that") || first.type() == Token.Type.QUOTE || first.type() == Token.Type.COLON || first.type() == Token.Type.COMMA
                || first.type() == Token.Type.STOP) return true;
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
                        && !lex.functionWords.contains(t.get(k + 1).lower())) return true;
                continue;
            }
            if (COMPLEMENT_OPENERS.contains(l) || CLAUSE_WORDS.contains(l)) return true;
            if ((l.equals("for") || l.equals("as") || l.equals("of")) && !FACT_VERBS.contains(cue.lemma())) return true;
        }
        return false;
    }

    /** A comma or closing quote earlier in the cue's sentence: the cue may close the words it reports. */
    private boolean precededByBoundary(Context c, int i) {
        for (int k = i - 1; k >= 0 && same(c.tokens, k, i) && k >= i - 8; k--) if (isContentBoundary(c, k)) return true;
        return false;
    }

    /** "X said ...", "..., X added", "X, a spokesman for Y, said", "The resolution passed ... and calls for". */
    private void normal(Context c, SourceLexicons.Cue cue, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        int k = i - 1;
        boolean passive = false;
        while (k >= 0 && same(t, k, i)) {
            Token y = t.get(k);
            if (y.isWord() && !y.quoted() && (INTERPOSED.contains(y.lower()) || isAdverb(y)) && k - 1 >= 0 && same(t, k - 1, i)) {
                k--;
            } else if (y.isWord() && (AUXILIARIES.contains(y.lower()) || BE.contains(y.lower()))) {
                passive |= BE.contains(y.lower());
                k--;
            } else if (y.type() == Token.Type.COMMA && k >= 2 && t.get(k - 1).isWord()
                    && AUXILIARIES.contains(t.get(k - 1).lower()) && t.get(k - 2).type() == Token.Type.COMMA) {
                k -= 3; // "would, meanwhile, point to"
            } else break;
        }
        if (passive) {
            if (!byFollows(t, j) && !cue.asSaying()) out.add(vagueMention(c, i, j, "someone (not named)", out));
            return;
        }
        if (k < 0 || !same(t, k, i)) return;
        Speaker sp;
        int npStart;
        if (t.get(k).is("and")) {
            npStart = sentenceFirst(t, k);
            int e = npForward(c, npStart);
            sp = e > npStart ? parser.parse(c.text, t, npStart, e) : null;
        } else if (t.get(k).type() == Token.Type.COMMA) {
            int[] app = appositive(c, k);
            if (app == null) return;
            npStart = app[0];
            sp = withRole(c, parser.parse(c.text, t, app[0], app[1]), app[2], app[3]);
        } else {
            npStart = npBackward(c, k);
            if (npStart > k) return;
            sp = parser.parse(c.text, t, npStart, k + 1);
            if (sp != null && sp.cls() == Cls.PERSON && sp.named() && npStart >= 2 && t.get(npStart - 1).type() == Token.Type.COMMA) {
                int segStart = segmentStart(t, npStart - 1);
                sp = withRole(c, sp, segStart, npStart - 1); // "Chief of the General Staff ..., Valery Gerasimov"
            }
        }
        if (sp == null) return;
        if (cue.asSaying()) {
            asSaying(c, sp, npStart, i, j, out);
            return;
        }
        if (cue.trailingOnly() && !isTrailing(c, npStart, i, j)) return; // "continued to push" is no attribution
        int[] content = cue.noContent() ? new int[] {t.get(j - 1).end(), t.get(j - 1).end()}
                : isTrailing(c, npStart, i, j) ? trailingContent(c, npStart - 1) : forwardContent(c, i, j);
        out.add(mention(c, sp, i, j, content));
    }

    /** '"...," said the embassy.' and '"...," read a statement from the Turkish presidency.' */
    private boolean inverted(Context c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (j >= t.size() || CONNECTORS.contains(t.get(j).lower()) || !same(t, j, i)) return false;
        int e = npForward(c, j);
        int w = wideForward(c, j);
        if (!endsPhrase(t, e, i) && endsPhrase(t, w, i)) e = w; // '"...," said one former GOP leadership aide.'
        if (e <= j || !endsPhrase(t, e, i)) return false;
        Speaker sp = parser.parse(c.text, t, j, e);
        if (sp == null) return false;
        out.add(mention(c, sp, i, j, trailingContent(c, i - 1)));
        return true;
    }

    /** ", adding that ...", ", saying ...", and "a statement by X saying that ...". */
    private void participle(Context c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        Speaker sp = null;
        if (i > 0 && t.get(i - 1).type() == Token.Type.COMMA) {
            for (int m = out.size() - 1; m >= 0 && sp == null; m--) {
                RawMention r = out.get(m);
                if (r.speaker() != null && r.cueStart() < t.get(i).start() && c.sentenceIndexAt(r.cueStart()) == t.get(i).sentence()) sp = r.speaker();
            }
            if (sp == null) {
                // the clause's subject: "He also issued a statement, saying ...", "In 2016, Mrs. Schlafly endorsed
                // Donald J. Trump, saying ..." (after a short opener and its comma)
                int s = sentenceFirst(t, i);
                if (OPENERS.contains(t.get(s).lower())) {
                    int k = s;
                    while (k < i && k - s < 8 && t.get(k).type() != Token.Type.COMMA) k++;
                    if (k < i && t.get(k).type() == Token.Type.COMMA) s = k + 1;
                }
                int e = npForward(c, s);
                if (e > s) sp = parser.parse(c.text, t, s, e);
                if (sp == null) {
                    int w = wideForward(c, s);
                    if (w > s) sp = parser.parse(c.text, t, s, w);
                }
                if (sp != null && sp.cls() == Cls.VAGUE) sp = null;
            }
        } else if (i > 0) {
            int s = npBackward(c, i - 1);
            if (s < i && containsDocumentNoun(t, s, i)) sp = parser.parse(c.text, t, s, i);
        }
        if (sp != null) out.add(mention(c, sp, i, j, forwardContent(c, i, j)));
    }

    /** "according to X": the speaker follows the cue. */
    private void according(Context c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        int e = npForward(c, j);
        Speaker sp = e > j ? parser.parse(c.text, t, j, e) : null;
        if (sp == null || !endsPhrase(t, e, i)) {
            // "according to a national Gallup Poll", "according to people familiar with the plans"
            int w = wideForwardWithModifiers(c, j);
            Speaker wide = w > j ? parser.parse(c.text, t, j, w) : null;
            if (wide != null) { sp = wide; e = w; }
        }
        if (sp == null) return;
        Sentence s = c.sentence(t.get(i).sentence());
        boolean atStart = i == sentenceFirst(t, i);
        boolean afterComma = i > 0 && t.get(i - 1).type() == Token.Type.COMMA && same(t, i - 1, i);
        boolean atEnd = e >= t.size() || !same(t, e, i) || t.get(e).type() == Token.Type.STOP;
        int[] content;
        if (atStart && e < t.size() && t.get(e).type() == Token.Type.COMMA) {
            int p = e + 1;
            if (p < t.size() && (t.get(p).is("which") || t.get(p).is("who"))) {
                while (p < t.size() && same(t, p, i) && t.get(p).type() != Token.Type.COMMA) p++;
                p++;
            }
            content = p < t.size() && same(t, p, i) ? span(c, t.get(p).start(), s.end()) : new int[] {s.end(), s.end()};
        } else if (afterComma && atEnd) {
            content = trailingContent(c, i - 1);
        } else if (afterComma) {
            content = span(c, s.start(), s.end());
        } else {
            content = span(c, s.start(), t.get(i).start());
        }
        out.add(mention(c, sp, i, j, content));
    }

    /** "X quoted/cited Y as saying ...": Y is the speaker, X the outlet passing the words on. */
    private void asSaying(Context c, Speaker outlet, int npStart, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        int a = j;
        while (a + 1 < t.size() && same(t, a, i) && !(t.get(a).is("as") && (t.get(a + 1).is("saying") || t.get(a + 1).is("telling") || t.get(a + 1).is("stating")))) a++;
        if (a + 1 >= t.size() || !same(t, a, i) || !t.get(a).is("as")) return;
        Speaker quoted = a > j ? parser.parse(c.text, t, j, a) : null;
        if (quoted == null) return;
        int[] content = isTrailing(c, npStart, a, a + 2) ? trailingContent(c, npStart - 1) : forwardContent(c, a, a + 2);
        out.add(mention(c, quoted, a, a + 2, content));
        out.add(mention(c, outlet, i, j, content));
    }

    /** "Speaking to the Interfax news agency, Lavrov added ...": the outlet is a second-hand source. */
    private void venue(Context c, int i, int j, List<RawMention> out) {
        List<Token> t = c.tokens;
        int e = npForward(c, j);
        if (e <= j) return;
        Speaker sp = parser.parse(c.text, t, j, e);
        if (sp == null || sp.cls() != Cls.MEDIA) return;
        for (RawMention r : List.copyOf(out)) {
            if (r.speaker() == null || r.speaker().cls() != Cls.PERSON || c.sentenceIndexAt(r.cueStart()) != t.get(i).sentence()) continue;
            out.add(mention(c, sp, i, j, new int[] {r.contentStart(), r.contentEnd()}));
            return;
        }
    }

    /** "reportedly", "it is believed": an attribution to nobody. Returns the token after the phrase, or i. */
    private int vague(Context c, int i, List<RawMention> out) {
        List<Token> t = c.tokens;
        if (lex.vagueAdverbs.contains(t.get(i).lower())) {
            out.add(vagueMention(c, i, i + 1, t.get(i).lower(), out));
            return i + 1;
        }
        List<List<String>> phrases = lex.vaguePhrasesByFirstWord.get(t.get(i).lower());
        if (phrases == null) return i;
        outer:
        for (List<String> p : phrases) {
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

    private RawMention vagueMention(Context c, int i, int j, String name, List<RawMention> out) {
        List<Token> t = c.tokens;
        Sentence s = c.sentence(t.get(i).sentence());
        int cs = t.get(i).start(), ce = t.get(j - 1).end();
        Speaker sp = new Speaker(Cls.VAGUE, cs, cs, "", name, "", "", "", name, Gender.UNKNOWN, false, false, false);
        int[] content = span(c, s.start(), s.end());
        return new RawMention(sp, cs, ce, c.text.substring(cs, ce), content[0], content[1], c.block, cs, null);
    }

    // ---- content ----

    /** Trailing attribution ('"...," Zakharova said on Thursday.', '..., Bogdanov emphasized.'). */
    private boolean isTrailing(Context c, int npStart, int i, int j) {
        List<Token> t = c.tokens;
        if (npStart <= 0) return false;
        Token prev = t.get(npStart - 1);
        boolean quoteBefore = prev.type() == Token.Type.QUOTE && c.closingQuoteAt(prev.end()) != null;
        if (!quoteBefore && !(prev.type() == Token.Type.COMMA && same(t, npStart - 1, i))) return false;
        int words = 0;
        for (int k = j; k < t.size() && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.type() == Token.Type.COMMA && k + 1 < t.size() && isParticipleCue(t, k + 1)) break;
            if (y.is("that") || y.type() == Token.Type.COLON || y.type() == Token.Type.QUOTE) return false;
            if (y.isWord() && ++words > 8) return false;
        }
        if (!quoteBefore) {
            int s = sentenceFirst(t, npStart - 1);
            int segWords = 0;
            for (int k = s; k < npStart - 1; k++) if (t.get(k).isWord()) segWords++;
            if (segWords <= 8 && OPENERS.contains(t.get(s).lower())) return false;
        }
        return true;
    }

    /** The clause before a trailing attribution, ending at token {@code p} (a comma or a closing quote mark). */
    private int[] trailingContent(Context c, int p) {
        Token end = c.tokens.get(p);
        int e = end.type() == Token.Type.QUOTE ? end.end() : end.start();
        QuoteSpan q = end.type() == Token.Type.QUOTE ? c.closingQuoteAt(end.end()) : null;
        int s = q != null ? q.start() : c.sentence(end.sentence()).start();
        for (int guard = 0; guard < 4; guard++) {
            QuoteSpan inside = c.quoteStrictlyAround(s);
            if (inside != null) s = inside.start();
            int ss = Math.max(c.blockStart, c.sentenceStartAt(s));
            if (ss == s && inside == null) break;
            s = ss;
        }
        return span(c, Math.max(s, c.blockStart), e);
    }

    /** The words after a cue: after "that", or the quotation after "noted, ", up to the end of the sentence. */
    private int[] forwardContent(Context c, int i, int j) {
        List<Token> t = c.tokens;
        int n = t.size();
        int p = j;
        int m = j;
        while (m < n && same(t, m, i) && m - j < 5 && t.get(m).isWord() && (BEFORE_THAT.contains(t.get(m).lower()) || t.get(m).digits())) m++;
        if (m < n && same(t, m, i) && t.get(m).is("that")) p = m + 1;
        else if (p + 1 < n && (t.get(p).type() == Token.Type.COMMA || t.get(p).type() == Token.Type.COLON) && t.get(p + 1).type() == Token.Type.QUOTE) p++;
        int cueEnd = t.get(j - 1).end();
        if (p >= n || !same(t, p, i) && t.get(p).type() != Token.Type.QUOTE) return new int[] {cueEnd, cueEnd};
        int start = t.get(p).start();
        int end = c.sentence(t.get(i).sentence()).end();
        for (int k = p; k + 1 < n && same(t, k, i); k++) {
            if (t.get(k).type() == Token.Type.COMMA && !t.get(k).quoted() && isParticipleCue(t, k + 1)) { end = t.get(k).start(); break; }
        }
        QuoteSpan q = c.quoteStartingAt(start);
        if (q != null) end = Math.max(end, q.end());
        QuoteSpan around = c.quoteStrictlyAround(end - 1);
        if (around != null && around.end() > end) end = around.end();
        return span(c, start, end);
    }

    private boolean isParticipleCue(List<Token> t, int k) {
        SourceLexicons.Cue cue = t.get(k).isWord() && !t.get(k).quoted() ? matchCue(t, k) : null;
        return cue != null && cue.participle();
    }

    /** Trims white space and a final full stop or comma outside quotes. */
    private static int[] span(Context c, int s, int e) {
        String x = c.text;
        while (e > s && (Character.isWhitespace(x.charAt(e - 1)) || x.charAt(e - 1) == ',' || x.charAt(e - 1) == '.' && (e - 2 < s || x.charAt(e - 2) != '.'))) e--;
        while (s < e && Character.isWhitespace(x.charAt(s))) s++;
        return new int[] {s, e};
    }

    // ---- speaker phrases ----

    private boolean acceptableWord(Token y) {
        if (y.quoted()) return false;
        if (y.type() == Token.Type.OPEN || y.type() == Token.Type.CLOSE) return true;
        if (!y.isWord()) return false;
        if (y.capitalized() || y.digits()) return true;
        String l = y.lower();
        return DETERMINERS.contains(l) || CONNECTORS.contains(l) || lex.isSpeakerNoun(l) || lex.modifiers.contains(l)
                || lex.anonymousModifiers.contains(l) || l.indexOf('-') > 0 || l.endsWith("'s");
    }

    /**
     * The first token of the subject noun phrase ending at {@code k}, or {@code k + 1} when there is none: any
     * noun phrase read back from its head over names, content words, numbers, possessives and title abbreviations
     * ("police", "His father", "a veteran Boston-based engineer", "Police Lt. Tom Wilkison"), stopping after the
     * word that opens it ("the", "his", "some") or at a function word, comma, quote or sentence start.
     */
    private int npBackward(Context c, int k) {
        List<Token> t = c.tokens;
        Token head = t.get(k);
        if (head.isWord() && lex.pronouns.containsKey(head.lower())) return k;
        if (head.type() == Token.Type.CLOSE) {
            // "Rep. Sander M. Levin (Mich.)", "Sen. Bernie Sanders (I-Vt.)": the name before the bracket
            int open = k - 1;
            while (open > 0 && k - open < 8 && same(t, open, k) && t.get(open).type() != Token.Type.OPEN) open--;
            if (open > 0 && t.get(open).type() == Token.Type.OPEN && same(t, open - 1, k) && isHead(t.get(open - 1))) {
                int s0 = npBackward(c, open - 1);
                return s0 <= open - 1 ? s0 : k + 1;
            }
        }
        if (!isHead(head) && !commonNounWord(head)) return k + 1;
        int s = k;
        for (int pp = 0; pp < 3; pp++) {
            while (s - 1 >= 0 && same(t, s - 1, k) && c.wide[s - 1] && !NP_PREPOSITIONS.contains(t.get(s - 1).lower())) {
                s--;
                if (NP_OPENERS.contains(t.get(s).lower()) && !(s - 1 >= 0 && t.get(s - 1).lower().endsWith("'s"))) break;
            }
            // a post-modifier: "sources familiar with the matter", "a spokesman for the company", "head of the agency"
            int p = s - 1;
            if (p < 1 || !same(t, p, k) || !NP_PREPOSITIONS.contains(t.get(p).lower()) || t.get(p).quoted()) break;
            int q = p - 1;
            if (q >= 0 && NP_PREPOSITIONS.contains(t.get(q).lower())) q--; // "close to"
            if (q < 0 || !same(t, q, k) || !(c.wide[q] && (isHead(t.get(q)) || commonNounWord(t.get(q)))) || verbLike(t.get(q))) break;
            s = q + 1;
        }
        while (s <= k && t.get(s).isWord() && CONNECTORS.contains(t.get(s).lower())) s++;
        return s;
    }

    /**
     * A lower-case content word that may stand in a noun phrase: not a function word, not an attribution cue, not
     * an adverb in -ly. No part-of-speech tagger: the closed classes are what is excluded.
     */
    private boolean commonNounWord(Token y) {
        if (!y.isWord() || y.quoted() || y.capitalized() || y.digits()) return false;
        String l = y.lower();
        return !lex.functionWords.contains(l) && !lex.cueWords.contains(l) && !isAdverb(y) && !BE.contains(l) && !l.endsWith("n't")
                && !AUXILIARIES.contains(l) && !INTERPOSED.contains(l) && !OPENERS.contains(l) && l.length() > 1;
    }

    private static boolean verbLike(Token y) {
        String l = y.lower();
        return y.isWord() && !y.capitalized() && l.length() > 4 && l.indexOf('-') < 0 && (l.endsWith("ed") || l.endsWith("ing"));
    }

    private boolean isAdverb(Token y) {
        String l = y.lower();
        return l.length() > 5 && l.endsWith("ly") && !lex.lyNouns.contains(l) && !y.capitalized();
    }

    /** The dot of a title abbreviation inside a name ("Lt." in "Police Lt. Tom Wilkison", "Mr." in "Mr. Hawes"). */
    private boolean titleStop(List<Token> t, int i) {
        Token y = t.get(i);
        if (y.type() != Token.Type.STOP || !y.text().equals(".") || i == 0 || t.get(i - 1).end() != y.start()) return false;
        Token before = t.get(i - 1);
        boolean initial = before.capitalized() && before.text().length() == 1; // "Terry E. Branstad"
        return (lex.titles.contains(before.lower()) || initial) && i + 1 < t.size() && t.get(i + 1).capitalized()
                && t.get(i + 1).sentence() == y.sentence();
    }

    /** True when the speaker phrase ending before {@code e} ends the clause: a stop, comma, "who" or the sentence's end. */
    private static boolean endsPhrase(List<Token> t, int e, int i) {
        if (e >= t.size() || !same(t, e, i)) return true;
        Token y = t.get(e);
        return y.type() == Token.Type.STOP || y.type() == Token.Type.COMMA || y.is("who") || y.is("whose");
    }

    /** The end of a subject-like noun phrase after an inverted cue, over any content word ("one former GOP aide"). */
    private int wideForward(Context c, int s) {
        List<Token> t = c.tokens;
        int e = s;
        while (e < t.size() && same(t, e, s) && c.wide[e] && !NP_PREPOSITIONS.contains(t.get(e).lower()) && e - s < 12) e++;
        while (e > s && t.get(e - 1).isWord() && (CONNECTORS.contains(t.get(e - 1).lower()) || NP_OPENERS.contains(t.get(e - 1).lower()))) e--;
        return e;
    }

    /** Like {@link #wideForward}, over post-modifiers too ("people familiar with the network's plans"). */
    private int wideForwardWithModifiers(Context c, int s) {
        List<Token> t = c.tokens;
        int e = s;
        while (e < t.size() && same(t, e, s) && (c.wide[e] || t.get(e).lower().endsWith("'s") && t.get(e).isWord()) && e - s < 14) e++;
        while (e > s && t.get(e - 1).isWord() && (CONNECTORS.contains(t.get(e - 1).lower()) || NP_OPENERS.contains(t.get(e - 1).lower())
                || NP_PREPOSITIONS.contains(t.get(e - 1).lower()))) e--;
        return e;
    }

    /** The end (exclusive) of the speaker phrase starting at {@code s}. */
    private int npForward(Context c, int s) {
        List<Token> t = c.tokens;
        if (s < t.size() && t.get(s).isWord() && lex.pronouns.containsKey(t.get(s).lower())) return s + 1;
        int e = s;
        while (e < t.size() && same(t, e, s) && c.np[e]) e++;
        while (e > s && (t.get(e - 1).isWord() && (CONNECTORS.contains(t.get(e - 1).lower()) || DETERMINERS.contains(t.get(e - 1).lower()))
                || t.get(e - 1).type() == Token.Type.OPEN)) e--;
        return e;
    }

    private boolean isHead(Token y) {
        if (y.type() == Token.Type.CLOSE || y.digits()) return true;
        if (!y.isWord() || y.quoted()) return false;
        return y.capitalized() || lex.isSpeakerNoun(y.lower());
    }

    /**
     * "Ahmad Touzan, a spokesman for the prosecution, said", "Faisal Mekdad, who was speaking ..., elaborated on":
     * the comma before the cue closes an appositive or relative clause; the speaker is the phrase before it.
     * Returns {speakerStart, speakerEnd, roleStart, roleEnd} in tokens, or null.
     */
    private int[] appositive(Context c, int comma) {
        List<Token> t = c.tokens;
        int end = comma;
        int words = 0;
        for (int seg = 0; seg < 5; seg++) {
            int s = segmentStart(t, end);
            if (s <= 0 || s >= end) return null;
            for (int k = s; k < end; k++) if (t.get(k).isWord()) words++;
            if (words > 30) return null;
            Token first = t.get(s);
            boolean relative = first.is("who") || first.is("which");
            boolean apposition = (first.is("a") || first.is("an") || first.is("the")) && containsRole(t, s, end);
            if (t.get(s - 1).type() != Token.Type.COMMA) return null;
            int npEnd = s - 1;
            int npStart = npEnd > 0 ? npBackward(c, npEnd - 1) : npEnd;
            // "Marcel Lazar, 44, said", "Tara Gomes, a co-author of the report, says", "Corey Lewandowski, in a
            // statement ..., said": any aside between commas after a name that opens its clause
            boolean named = npStart < npEnd && isNameHead(t, npEnd - 1) && opensClause(t, npStart);
            if (npStart < npEnd && (relative || apposition || named)) {
                int roleStart = s;
                while (roleStart < end && (t.get(roleStart).is("who") || t.get(roleStart).is("is") || t.get(roleStart).is("was")
                        || t.get(roleStart).is("also"))) roleStart++;
                return new int[] {npStart, npEnd, roleStart, end};
            }
            end = s - 1;
        }
        return null;
    }

    /** The last word of a name: capitalised (and not a sentence-opening common word), or a closing bracket. */
    private static boolean isNameHead(List<Token> t, int k) {
        Token y = t.get(k);
        return y.type() == Token.Type.CLOSE || y.capitalized();
    }

    /** True when token {@code k} opens its clause: sentence start, after a quote, a colon, "and", "but" or an opener. */
    private static boolean opensClause(List<Token> t, int k) {
        if (k == 0 || !same(t, k - 1, k)) return true;
        Token p = t.get(k - 1);
        if (p.type() == Token.Type.QUOTE || p.type() == Token.Type.COLON) return true;
        if (p.is("and") || p.is("but") || p.is("while") || p.is("because") || p.is("when")) return true;
        if (p.type() == Token.Type.COMMA) {
            int s = segmentStart(t, k - 1);
            return s < k - 1 && OPENERS.contains(t.get(s).lower()) && (s == 0 || !same(t, s - 1, s));
        }
        return false;
    }

    /** Adds the role and country of an appositive ("a spokesman for the prosecution") to a named person. */
    private Speaker withRole(Context c, Speaker sp, int roleStart, int roleEnd) {
        if (sp == null || sp.cls() != Cls.PERSON || !sp.named() || roleStart >= roleEnd) return sp;
        Speaker role = parser.parse(c.text, c.tokens, roleStart, roleEnd);
        if (role == null || role.cls() != Cls.PERSON || role.named()) return sp;
        return new Speaker(sp.cls(), sp.start(), sp.end(), sp.phrase(), sp.name(), sp.role().isEmpty() ? role.role() : sp.role(),
                sp.organization(), sp.country().isEmpty() ? role.country() : sp.country(), sp.head(),
                sp.gender() == Gender.UNKNOWN ? role.gender() : sp.gender(), true, false, false);
    }

    private boolean containsRole(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).isWord() && lex.isRole(t.get(i).lower())) return true;
        return false;
    }

    private boolean containsDocumentNoun(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).isWord() && lex.documentNouns.contains(t.get(i).lower())) return true;
        return false;
    }

    /** The first token after the comma, quote or sentence start that precedes token {@code k}. */
    private static int segmentStart(List<Token> t, int k) {
        int s = k;
        while (s - 1 >= 0 && same(t, s - 1, k) && t.get(s - 1).type() != Token.Type.COMMA
                && t.get(s - 1).type() != Token.Type.QUOTE && t.get(s - 1).type() != Token.Type.COLON) s--;
        return s;
    }

    private static int sentenceFirst(List<Token> t, int k) {
        int s = k;
        while (s - 1 >= 0 && same(t, s - 1, k)) s--;
        return s;
    }

    private static boolean byFollows(List<Token> t, int j) {
        for (int k = j; k < t.size() && same(t, k, j - 1); k++) if (t.get(k).is("by") && !t.get(k).quoted()) return true;
        return false;
    }

    private boolean isContentBoundary(Context c, int k) {
        if (k < 0) return false;
        Token y = c.tokens.get(k);
        return y.type() == Token.Type.COMMA || y.type() == Token.Type.QUOTE && c.closingQuoteAt(y.end()) != null;
    }

    private static boolean same(List<Token> t, int a, int b) { return t.get(a).sentence() == t.get(b).sentence(); }

    private static RawMention mention(Context c, Speaker sp, int i, int j, int[] content) {
        int cs = c.tokens.get(i).start(), ce = c.tokens.get(j - 1).end();
        return new RawMention(sp, cs, ce, c.text.substring(cs, ce), content[0], content[1], c.block,
                sp.end() > sp.start() ? sp.start() : cs, null);
    }

    /** The block being read: its tokens and lookups into the document's sentences and quotations. */
    static final class Context {
        final String text;
        final List<Token> tokens;
        final List<Sentence> sentences;
        final List<QuoteSpan> quotes;
        final int block;
        final int blockStart;

        final boolean[] np;
        /** Tokens that may stand in a subject noun phrase read back from its verb (any content word, titles' dots). */
        final boolean[] wide;

        private Context(String text, List<Token> tokens, List<Sentence> sentences, List<QuoteSpan> quotes, int block, int blockStart,
                        boolean[] np, boolean[] wide) {
            this.np = np;
            this.wide = wide;
            this.text = text;
            this.tokens = tokens;
            this.sentences = sentences;
            this.quotes = quotes;
            this.block = block;
            this.blockStart = blockStart;
        }

        Sentence sentence(int index) { return sentences.get(index); }

        int sentenceIndexAt(int offset) {
            int lo = 0, hi = sentences.size() - 1, best = 0;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).start() <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return best;
        }

        int sentenceStartAt(int offset) { return sentences.isEmpty() ? offset : Math.min(offset, sentences.get(sentenceIndexAt(offset)).start()); }

        QuoteSpan closingQuoteAt(int end) {
            for (QuoteSpan q : quotes) {
                if (q.start() >= end) break;
                if (q.closed() && q.end() == end) return q;
            }
            return null;
        }

        QuoteSpan quoteStartingAt(int start) {
            for (QuoteSpan q : quotes) {
                if (q.start() > start) break;
                if (q.start() == start) return q;
            }
            return null;
        }

        /** The outermost quotation that contains {@code offset} and starts before it. */
        QuoteSpan quoteStrictlyAround(int offset) {
            for (QuoteSpan q : quotes) {
                if (q.start() >= offset) break;
                if (offset < q.end()) return q;
            }
            return null;
        }
    }
}
