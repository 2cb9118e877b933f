package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.BlockContext.*;
import static org.sourcelight.analysis.sources.WordClasses.*;

import java.util.List;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Span;

/**
 * The words attributed by a cue (its content), as a character span of the normalized text: the quotation or
 * clause before a trailing cue ('"…," she said'), or the words after a cue ("said that …", "noted: '…'") up to the
 * sentence's end, widened to the whole quotation it opens or ends in.
 */
final class ContentSpans {
    private final CueReader cues;

    ContentSpans(CueReader cues) { this.cues = cues; }

    /** Trailing attribution ('"...," Zakharova said on Thursday.', '..., Bogdanov emphasized.'). */
    boolean isTrailing(BlockContext c, int npStart, int i, int j) {
        List<Token> t = c.tokens;
        if (npStart <= 0) return false;
        Token prev = t.get(npStart - 1);
        boolean quoteBefore = prev.type() == Token.Type.QUOTE && c.quotes.closingAt(prev.end()) != null;
        if (!quoteBefore && !(prev.type() == Token.Type.COMMA && same(t, npStart - 1, i))) return false;
        // the words after the cue are what it reports when what stands before the subject is no clause of its own:
        // an opening phrase or subordinate clause ("Speaking in the East Room, Obama defended his actions", "As
        // caucusing began, voters said they ..."), or a quotation that closed its own sentence before this one
        // ('... "the little senator." He mocked Rubio for ...')
        if (quoteBefore ? closedSentence(t, npStart) && forwardWords(t, i, j)
                : openingPhrase(t, sentenceFirst(t, npStart - 1), npStart - 1) && forwardWords(t, i, j)) return false;
        int words = 0;
        boolean listener = true; // only a listener, venue or time so far ("told reporters on Monday")
        for (int k = j; k < t.size() && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.type() == Token.Type.COMMA && k + 1 < t.size() && cues.isParticipleCue(t, k + 1)) break;
            // after a quotation, another cue of its own ('"...," Ryan said last week, though he said, "I hope to."',
            // '"...," he said at a news conference, and then predicted: "..."'): what follows it is that cue's
            if (quoteBefore && k > j && y.isWord() && !y.quoted() && cues.matchCue(t, k) != null && !cues.matchCue(t, k).venue()) break;
            // a quotation's own marks, or a short title in quotation marks ('in his book, "An American Son."', 'told
            // "Fox and Friends"'), introduce no words of the cue
            boolean opensWords = y.type() == Token.Type.QUOTE && c.quotes.startingAt(y.start()) != null && !quotedTitle(c, k);
            if (!quoteBefore) {
                // '..., Sanders said, a policy that could ...': after a comma right after the cue the words are the
                // writer's again, unless the comma introduces a quotation ('In Ohio, Lee said, "We will win."')
                if (y.type() == Token.Type.COMMA && k == j) {
                    if (k + 1 < t.size() && t.get(k + 1).type() == Token.Type.QUOTE && c.quotes.startingAt(t.get(k + 1).start()) != null) return false;
                    break;
                }
                if (y.is("that") || y.type() == Token.Type.COLON || opensWords) return false;
                if (y.isWord() && ++words > 8) return false;
                continue;
            }
            // after a closing quotation the words after the cue are where and to whom ('"...," he said of the claim
            // during a call to ABC's "This Week."'), unless the cue introduces words of its own: "that" after the
            // listener, a colon, or a quotation right after the cue or after a comma or colon
            if (y.is("that") && listener || y.type() == Token.Type.COLON) return false;
            if (opensWords && (k == j || t.get(k - 1).type() == Token.Type.COMMA || t.get(k - 1).type() == Token.Type.COLON)) return false;
            if (y.isWord() && !(BEFORE_THAT.contains(y.lower()) || y.capitalized() || y.digits() || y.is("of"))) listener = false;
        }
        if (!quoteBefore) {
            int s = sentenceFirst(t, npStart - 1);
            int segWords = 0;
            for (int k = s; k < npStart - 1; k++) if (t.get(k).isWord()) segWords++;
            if (segWords <= 8 && OPENERS.contains(t.get(s).lower())) return false;
        }
        return true;
    }

    /**
     * True when the quotation opening at token {@code k} is a title: at most six words, every one capitalised or a
     * short function word ("An American Son", "Fox and Friends", "Meet the Press"), with no stop, comma or colon inside
     * but the sentence's own before the closing mark.
     */
    boolean quotedTitle(BlockContext c, int k) {
        QuoteSpan q = c.quotes.startingAt(c.tokens.get(k).start());
        if (q == null) return false;
        List<Token> t = c.tokens;
        int words = 0;
        for (int m = k + 1; m < t.size() && t.get(m).start() < q.end() - 1; m++) {
            Token y = t.get(m);
            if (y.type() == Token.Type.QUOTE) continue;
            // the sentence's stop or comma set inside the closing mark ('"Meet the Press."', '"Morning Joe,"')
            if ((y.type() == Token.Type.STOP || y.type() == Token.Type.COMMA) && m + 1 < t.size() && t.get(m + 1).type() == Token.Type.QUOTE) continue;
            if (!y.isWord()) return false;
            if (!(y.capitalized() || y.digits() || words > 0 && y.lower().length() <= 3 && cues.isFunctionWord(y.lower()))) return false;
            if (++words > 6) return false;
        }
        return words > 0;
    }

    /**
     * Words that open a phrase or a subordinate clause set before a sentence's subject, never a clause of its own:
     * subordinating conjunctions and prepositions (from English grammars' closed lists) and words of time ("Hours
     * later, ...", "Shortly after ...", "Earlier, ...").
     */
    private static final java.util.Set<String> PHRASE_OPENERS = java.util.Set.of("as", "while", "when", "whenever",
            "if", "after", "before", "although", "though", "because", "since", "until", "unless", "once", "despite",
            "with", "without", "by", "for", "in", "on", "at", "during", "following", "through", "throughout", "inside",
            "regarding", "amid", "among", "over", "under", "contrary", "just", "shortly", "moments", "hours", "days",
            "weeks", "months", "years", "soon", "thus", "every", "not", "similarly", "likewise", "back", "speaking",
            "addressing", "elsewhere", "according", "earlier", "later", "yesterday", "today");

    /**
     * True when the tokens {@code [s, comma)} before a subject's comma open with a phrase that is no clause: a
     * word of {@link #PHRASE_OPENERS}, or a participle in "-ing" ("Speaking in the East Room", "Rattling off
     * promises"; not "Nothing", "Something"), after any sentence adverb set off by its own comma ("Still, in a sign
     * of ..."). "But the plan failed" and "Also, the plan failed" are clauses.
     */
    static boolean openingPhrase(List<Token> t, int s, int comma) {
        if (s < comma && t.get(s).isWord() && OPENERS.contains(t.get(s).lower()) && s + 2 < comma
                && t.get(s + 1).type() == Token.Type.COMMA) s += 2;
        if (s >= comma) return false;
        Token f = t.get(s);
        if (f.type() == Token.Type.OPEN && s + 1 < comma) f = t.get(s + 1);
        if (!f.isWord() || f.quoted()) return false;
        String l = f.lower();
        if (PHRASE_OPENERS.contains(l)) return true;
        return f.capitalized() && l.length() > 5 && l.endsWith("ing") && !l.endsWith("thing") && f.has(VERB_LIKE);
    }

    /**
     * True when the quotation closing right before the subject at {@code npStart} ended its own sentence with a full
     * stop inside the mark ('... "the little senator." He mocked ...'): the next sentence's cue is no trailing one.
     */
    private static boolean closedSentence(List<Token> t, int npStart) {
        if (npStart < 2) return false;
        Token stop = t.get(npStart - 2);
        return stop.type() == Token.Type.STOP && stop.text().equals(".") && t.get(npStart).capitalized();
    }

    /** Words right after a listener's cue or before a time: "said the next day", "told the court". */
    private static final java.util.Set<String> TIME_AFTER_DETERMINER = java.util.Set.of("next", "following", "same",
            "day", "other", "previous", "week", "month", "year", "night", "morning", "evening", "afternoon");

    /**
     * True when the cue at {@code [i, j)} is followed by words it reports or acts on, not by where, when and to whom
     * it was said: a clause ("said he was", "says there is", "said if ..."), a to-clause ("declined to comment"),
     * a question word, or an object ("announced his resignation", "stressed bipartisan support"). A time, a venue, a
     * listener ("said Tuesday", "said in a statement", "told the court", "told her"), an adverb in -ly or a
     * capitalised word (a listener or a time as often as a subject) is none.
     */
    private boolean forwardWords(List<Token> t, int i, int j) {
        if (j >= t.size() || !same(t, j, i)) return false;
        Token y = t.get(j);
        if (!y.isWord() || y.quoted() || y.capitalized() || y.digits()) return false;
        String l = y.lower();
        SourceLexicons.Cue cue = cues.matchCue(t, i);
        // "continued", "went on": a cue that reports only words before it keeps reading them
        if (cue == null || cue.trailingOnly()) return false;
        int apostrophe = l.indexOf('\'');
        if (CLAUSE_WORDS.contains(l) || apostrophe > 0 && CLAUSE_WORDS.contains(l.substring(0, apostrophe))) return true;
        if (l.equals("that") || l.equals("whether") || l.equals("why") || l.equals("how") || l.equals("what")
                || l.equals("who") || l.equals("if")) return true;
        if (l.equals("to")) {
            // a to-clause ("pledged to end"), not a listener or a place ("said to reporters", "went to Iowa")
            return j + 1 < t.size() && same(t, j + 1, i) && t.get(j + 1).isWord() && !t.get(j + 1).capitalized()
                    && !t.get(j + 1).quoted() && !cues.isFunctionWord(t.get(j + 1).lower()) && !NP_OPENERS.contains(t.get(j + 1).lower());
        }
        boolean telling = cue.lemma().equals("tell") || cue.lemma().equals("ask");
        if (l.equals("the") || l.equals("a") || l.equals("an") || l.equals("his") || l.equals("their") || l.equals("its") || l.equals("our")) {
            if (telling || j + 1 >= t.size() || !same(t, j + 1, i)) return false;
            Token n = t.get(j + 1);
            return n.isWord() && !TIME_AFTER_DETERMINER.contains(n.lower()) && !BEFORE_THAT.contains(n.lower());
        }
        if (BEFORE_THAT.contains(l) || NP_PREPOSITIONS.contains(l) || y.has(ADVERB) || cues.isFunctionWord(l)) return false;
        return !telling;
    }

    /** The clause before a trailing attribution, ending at token {@code p} (a comma or a closing quote mark). */
    Span trailingContent(BlockContext c, int p) {
        Token end = c.tokens.get(p);
        int e = end.type() == Token.Type.QUOTE ? end.end() : end.start();
        QuoteSpan q = end.type() == Token.Type.QUOTE ? c.quotes.closingAt(end.end()) : null;
        int s = q != null ? q.start() : c.sentence(end.sentence()).start();
        // 'He had silenced her: "She signed an agreement," Trump told ...', '... Mrs. Clinton - "Born rich," said ...':
        // a quotation the writer introduced with a colon, dash or bracket is the speaker's words without the lead-in
        if (q != null && introducedMark(c.text, q.start(), c.blockStart)) return span(c, q.start(), e);
        for (int guard = 0; guard < 4; guard++) {
            QuoteSpan inside = c.quotes.strictlyAround(s);
            if (inside != null) s = inside.start();
            int ss = Math.max(c.blockStart, c.sentenceStartAt(s));
            if (ss == s && inside == null) break;
            s = ss;
        }
        return span(c, Math.max(s, c.blockStart), e);
    }

    /** True when a colon, a dash or an opening bracket stands right before the opening mark at {@code at}. */
    static boolean introducedMark(String text, int at, int from) {
        int k = at - 1;
        while (k >= from && k >= 0 && text.charAt(k) == ' ') k--;
        if (k < from || k < 0) return false;
        char ch = text.charAt(k);
        return ch == ':' || ch == '(' || ch == '\u2014' || ch == '\u2013' || ch == '\u2015' || ch == '-' && k > 0 && text.charAt(k - 1) == ' ';
    }

    /** The words after a cue: from "that", or the quotation after "noted, ", up to the end of the sentence. */
    Span forwardContent(BlockContext c, int i, int j) {
        List<Token> t = c.tokens;
        int n = t.size();
        int p = j;
        int m = j;
        // the listener, venue and time between a cue and its "that" or quotation: "told the Toronto Star on Friday
        // that", "said in a statement Tuesday: \"...\"" (names, possessives, the words of BEFORE_THAT)
        while (m < n && same(t, m, i) && m - j < 12 && !t.get(m).quoted()
                && (t.get(m).isWord() && (BEFORE_THAT.contains(t.get(m).lower()) || t.get(m).digits() || t.get(m).capitalized() || t.get(m).is("of"))
                    || asideComma(t, m))) m++;
        int told = recipientEnd(t, i, j);
        boolean that = false; // the reported clause starts with its "that" (as PolNeAR and a careful reader mark it)
        if (!(m < n && same(t, m, i) && t.get(m).is("that"))) m = toldThat(t, i, j, m);
        if (!(m < n && same(t, m, i) && t.get(m).is("that"))) m = asideThat(t, i, j, m);
        if (!(m < n && same(t, m, i) && t.get(m).is("that"))) m = thatAfterAdjuncts(t, i, j, m);
        if (m < n && same(t, m, i) && t.get(m).is("that")) { p = m; that = true; }
        else if (told > j && told < n && same(t, told, i) && t.get(told).isWord() && !t.get(told).quoted()) p = told;
        else if (m > j && m + 1 < n && same(t, m, i) && (t.get(m).type() == Token.Type.COMMA || t.get(m).type() == Token.Type.COLON)
                && t.get(m + 1).type() == Token.Type.QUOTE) p = m + 1;
        else if (p + 1 < n && (t.get(p).type() == Token.Type.COMMA || t.get(p).type() == Token.Type.COLON) && t.get(p + 1).type() == Token.Type.QUOTE) p++;
        if (p == j && !that) {
            int q0 = introducedQuote(c, i, j);
            if (q0 > 0) p = q0;
        }
        int colon = p == j && !that ? introducingColon(c, i, j) : -1;
        if (colon >= 0) {
            // "explained it this way: ...", "continued:" closing its paragraph (the next paragraph is filled in by
            // SourceExtractor: an empty span right after the colon marks it)
            if (colon + 1 >= n) return new Span(t.get(colon).end(), t.get(colon).end());
            p = colon + 1;
        }
        int cueEnd = t.get(j - 1).end();
        if (p >= n || !same(t, p, i) && t.get(p).type() != Token.Type.QUOTE) return new Span(cueEnd, cueEnd);
        int start = t.get(p).start();
        int end = c.sentence(t.get(i).sentence()).end();
        int words = 0;
        for (int k = p; k + 1 < n && same(t, k, i); k++) {
            if (t.get(k).isWord()) words++;
            if (t.get(k).type() == Token.Type.COMMA && !t.get(k).quoted() && cues.isParticipleCue(t, k + 1)) { end = t.get(k).start(); break; }
            if (words >= 3 && endsReportedWords(t, k)) { end = t.get(k).start(); break; }
        }
        QuoteSpan q = c.quotes.startingAt(that && p + 1 < n ? t.get(p + 1).start() : start);
        if (q != null) end = Math.max(end, q.end());
        QuoteSpan around = c.quotes.strictlyAround(end - 1);
        if (around != null && around.end() > end) end = around.end();
        return span(c, start, end);
    }

    /**
     * The object of a side taken ("endorsed Senator Ann Lee of Ohio, urging ...", "backs the plan because ..."): the
     * words after the cue up to a comma outside a quotation or a word that opens the writer's own clause, within
     * {@code forward} (the sentence's reported words). A side taken reports what it is on, not the rest of the
     * sentence; an object that opens a clause ("concern that ...") keeps the whole clause. With {@code clauseWords} false only a comma or colon ends it (a view in a relative clause: "who
     * believe the plan is unfair, marched").
     */
    Span stanceObject(BlockContext c, int i, int j, Span forward, boolean clauseWords) {
        List<Token> t = c.tokens;
        if (forward.end() <= forward.start()) return forward;
        int words = 0;
        for (int k = j; k < t.size() && same(t, k, i) && t.get(k).start() < forward.end(); k++) {
            Token y = t.get(k);
            if (t.get(k).start() < forward.start()) continue;
            if (y.quoted()) { words++; continue; }
            // "expressed concern that the cuts, which start in May, would hurt": a clause, commas and all
            if (y.is("that") || y.is("whether")) return forward;
            if (words > 0 && (y.type() == Token.Type.COMMA || y.type() == Token.Type.COLON
                    || clauseWords && y.isWord() && OBJECT_ENDS.contains(y.lower()))) {
                return span(c, forward.start(), y.start());
            }
            if (y.isWord()) words++;
        }
        return forward;
    }

    /** Words that end the object of a side taken and open the writer's clause ("backs the plan because ..."). */
    private static final java.util.Set<String> OBJECT_ENDS = java.util.Set.of("because", "after", "before", "when", "while",
            "since", "despite", "although", "though", "but", "unless", "until", "whereas");

    /** Words after a comma that open the writer's own clause ("..., but", "..., while 9 percent found"). */
    private static final java.util.Set<String> WRITERS_CLAUSE = java.util.Set.of("but", "while", "though", "although",
            "whereas", "compared", "according");
    /** Words after a dash that open the writer's own clause ("... — but it clearly was", "— because he"). */
    private static final java.util.Set<String> AFTER_DASH = java.util.Set.of("but", "and", "because", "even", "though", "although");

    /**
     * True when token {@code k} (outside quotes) ends the words a forward cue reports and starts the writer's
     * own: a semicolon; a comma before "but", "while", "though", "compared", "according to"; a dash before "but",
     * "and", "because", "even"; "and" (or ", and") before another cue of the same speaker ("said the war was
     * lost and called for talks"), which is an attribution of its own.
     */
    private boolean endsReportedWords(List<Token> t, int k) {
        Token y = t.get(k);
        if (y.quoted() || k + 1 >= t.size() || !same(t, k, k + 1)) return false;
        Token next = t.get(k + 1);
        if (y.type() == Token.Type.COLON) return y.text().equals(";");
        if (y.type() == Token.Type.COMMA) {
            if (next.isWord() && !next.quoted() && WRITERS_CLAUSE.contains(next.lower())) return true;
            if ((next.is("which") || next.is("who")) && !next.quoted() && closingRelative(t, k + 1)) return true;
            return next.is("and") && andAnotherCue(t, k + 1);
        }
        if (y.type() == Token.Type.OTHER && (y.text().equals("\u2014") || y.text().equals("\u2013") || y.text().equals("-"))) {
            int d = k + 1;
            while (d < t.size() && t.get(d).type() == Token.Type.OTHER && t.get(d).text().equals("-")) d++;
            return d < t.size() && t.get(d).isWord() && !t.get(d).quoted() && AFTER_DASH.contains(t.get(d).lower());
        }
        return (y.is("and") || y.is("but")) && andAnotherCue(t, k);
    }

    /**
     * True when the relative clause opening at {@code k} ("..., which is spread by mosquitoes.") runs to the end of
     * its sentence with no comma, quotation or dash: the writer's description of the last noun, not the words
     * reported.
     */
    private static boolean closingRelative(List<Token> t, int k) {
        for (int m = k + 1; m < t.size() && same(t, m, k); m++) {
            Token y = t.get(m);
            if (y.quoted() || y.type() == Token.Type.QUOTE || y.type() == Token.Type.COMMA || y.type() == Token.Type.COLON
                    || y.type() == Token.Type.OTHER) return false;
        }
        return true;
    }

    /** "and" at {@code k}, then at most two adverbs or auxiliaries, then a cue ("and has repeatedly called"). */
    private boolean andAnotherCue(List<Token> t, int k) {
        for (int m = k + 1; m < t.size() && m <= k + 3 && same(t, m, k); m++) {
            Token y = t.get(m);
            if (!y.isWord() || y.quoted()) return false;
            if (cues.matchCue(t, m) != null) return !cues.isParticipleCue(t, m) && !cues.matchCue(t, m).belief();
            if (!(y.lower().endsWith("ly") || AUXILIARIES.contains(y.lower()) || y.is("also") || y.is("then"))) return false;
        }
        return false;
    }

    /**
     * A quotation the cue introduces after where and to whom it was said ('told reporters about the storied doctor,
     * "..."', 'said at the rally in Ohio: "..."'): at most ten words after the cue, none quoted, none a clause word
     * or "that", then a comma or colon and the opening mark of a quotation. Returns the index of that mark, or -1.
     */
    private int introducedQuote(BlockContext c, int i, int j) {
        List<Token> t = c.tokens;
        for (int k = j; k + 1 < t.size() && k - j <= 10 && same(t, k, i); k++) {
            Token y = t.get(k);
            if ((y.type() == Token.Type.COMMA || y.type() == Token.Type.COLON && y.text().equals(":")) && k > j
                    && t.get(k + 1).type() == Token.Type.QUOTE && c.quotes.startingAt(t.get(k + 1).start()) != null) return k + 1;
            if (y.type() == Token.Type.COMMA) continue;
            if (!y.isWord() || y.quoted() || y.is("that") || CLAUSE_WORDS.contains(y.lower()) || cues.matchCue(t, k) != null) return -1;
        }
        return -1;
    }

    /**
     * The colon after a cue that introduces the reported words ("explained it this way:", "said in a statement:",
     * "continued:"): at most eight words or commas after the cue in its sentence, none quoted, then a colon that
     * is followed by a quotation or words of the same sentence, or that ends the block. -1 when there is none.
     */
    int introducingColon(BlockContext c, int i, int j) {
        List<Token> t = c.tokens;
        for (int k = j; k < t.size() && k - j <= 8 && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.type() == Token.Type.COLON) {
                if (!y.text().equals(":")) return -1;
                if (k + 1 >= t.size()) return k;
                return t.get(k + 1).type() == Token.Type.QUOTE || same(t, k + 1, i) && t.get(k + 1).isWord() ? k : -1;
            }
            if (y.quoted() || !(y.isWord() || y.type() == Token.Type.COMMA)) return -1;
        }
        return -1;
    }

    /** A comma of an aside between a cue and its "that" ("warned, however, that"): a word follows it. */
    private static boolean asideComma(List<Token> t, int m) {
        return t.get(m).type() == Token.Type.COMMA && m + 1 < t.size() && t.get(m + 1).isWord();
    }

    /**
     * After "told" and its listener, where what was told starts when no "that" follows ("told The Sun she never
     * saw it coming", "told reporters he would stay"): the listener is a capitalised name (with "the") or a word
     * for the people addressed. Returns {@code j} when the cue is not a form of "tell" (attribution-cues.txt) or no
     * listener is found.
     */
    private int recipientEnd(List<Token> t, int i, int j) {
        SourceLexicons.Cue cue = cues.matchCue(t, i);
        if (cue == null || !cue.lemma().equals("tell") || j >= t.size()) return j;
        int r = j;
        if (t.get(r).is("the") && r + 1 < t.size() && t.get(r + 1).capitalized()) r++;
        if (t.get(r).capitalized() && !t.get(r).quoted()) {
            while (r < t.size() && r - j < 6 && t.get(r).isWord() && t.get(r).capitalized() && !t.get(r).quoted()) r++;
        } else if (LISTENERS.contains(t.get(r).lower())) {
            r++;
        } else {
            return j;
        }
        if (r >= t.size() || !t.get(r).isWord() || t.get(r).quoted()) return j;
        String next = t.get(r).lower();
        boolean clause = PRONOUN_SUBJECTS.contains(next) || CLAUSE_OPENERS.contains(next)
                || LISTENERS.contains(t.get(r - 1).lower()) && t.get(r).capitalized();
        return clause ? r : j;
    }

    /**
     * "told reporters after Tuesday's meeting that", "told police that", "told the council on Monday that": after a
     * cue of telling, the listener and any words that place the telling run to the first "that" within ten words, when
     * no verb, comma or quotation stands between. Returns the index of that "that", or {@code m} when there is none.
     */
    private int toldThat(List<Token> t, int i, int j, int m) {
        SourceLexicons.Cue cue = cues.matchCue(t, i);
        if (cue == null || !cue.lemma().equals("tell")) return m;
        for (int k = j; k < t.size() && k - j <= 10 && same(t, k, i); k++) {
            Token y = t.get(k);
            if (!y.isWord() || y.quoted()) return m;
            if (y.is("that")) return k > j ? k : m;
            // a noun in "-ing" after a determiner or a possessive is no verb ("after Tuesday's meeting", "at the briefing")
            // "Monday evening", "Friday morning": a time, no verb
            boolean noun = k > j && (t.get(k - 1).possessive() || DETERMINERS.contains(t.get(k - 1).lower()))
                    || SpeakerSpans.TIME_WORDS.contains(y.lower());
            if (WordClasses.verbLike(y) && !noun || y.is("and") || y.is("or") || y.is("who") || y.is("which")) return m;
        }
        return m;
    }

    /**
     * "insisted at an Indiana rally on Wednesday that", "wrote to the mayor's office that", "said on Friday to the
     * station that": after a cue, where, when and to whom it was said, opened by a preposition (an object noun phrase
     * before "that" is the noun's relative clause: "rejected the idea that", "proposed a plan that would"), run
     * to the first "that" within fourteen words when no verb, comma, quotation or relative word stands between.
     * Returns the index of that "that", or {@code m} when there is none.
     */
    private int thatAfterAdjuncts(List<Token> t, int i, int j, int m) {
        if (j >= t.size() || !same(t, j, i)) return m;
        Token first = t.get(j);
        if (!first.isWord() || first.quoted() || !ADJUNCT_OPENERS.contains(first.lower())) return m;
        // "to" before a verb is an infinitive ("refused to join the debate that ..."), before a noun phrase a listener
        if (first.is("to") && !(j + 1 < t.size() && same(t, j + 1, i) && t.get(j + 1).isWord() && !t.get(j + 1).quoted()
                && (t.get(j + 1).capitalized() || DETERMINERS.contains(t.get(j + 1).lower()) || LISTENERS.contains(t.get(j + 1).lower())))) return m;
        for (int k = j + 1; k < t.size() && k - j <= 14 && same(t, k, i); k++) {
            Token y = t.get(k);
            if (y.quoted() || !(y.isWord() || y.type() == Token.Type.STOP && k > 0 && t.get(k - 1).capitalized())) return m;
            if (y.is("that")) return k;
            boolean noun = t.get(k - 1).possessive() || DETERMINERS.contains(t.get(k - 1).lower());
            if (WordClasses.verbLike(y) && !noun || CLAUSE_WORDS.contains(y.lower()) || y.is("and") || y.is("or")
                    || cues.matchCue(t, k) != null && !noun) return m;
        }
        return m;
    }

    /** Prepositions that open where, when or to whom something was said, between a cue and its "that". */
    private static final java.util.Set<String> ADJUNCT_OPENERS = java.util.Set.of("at", "on", "in", "to", "during", "after",
            "before", "from", "with", "via", "through", "outside", "inside", "over", "aboard", "throughout");

    /** "believes, for example, that": the "that" after an aside of up to three words set off by commas, or {@code m}. */
    static int asideThat(List<Token> t, int i, int j, int m) {
        if (j >= t.size() || t.get(j).type() != Token.Type.COMMA || t.get(j).quoted()) return m;
        for (int k = j + 1; k < t.size() && k <= j + 4 && same(t, k, i) && t.get(k).isWord() && !t.get(k).quoted(); k++) {
            if (k > j + 1 && k + 2 < t.size() && t.get(k + 1).type() == Token.Type.COMMA && t.get(k + 2).is("that") && same(t, k + 2, i)) return k + 2;
        }
        return m;
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "their", "its", "our", "this");

    /** The people a statement is told to, when named by a plain word ("told reporters"). */
    private static final java.util.Set<String> LISTENERS = java.util.Set.of("reporters", "journalists", "him", "her",
            "them", "us", "me", "you", "lawmakers", "supporters", "viewers", "listeners", "readers", "colleagues", "friends");
    /** Subject pronouns that start the clause of what was told ("told reporters he would stay"). */
    private static final java.util.Set<String> PRONOUN_SUBJECTS = java.util.Set.of("i", "he", "she", "we", "they", "it");
    /** Determiners that open the subject of what was told ("told CNN the company would ..."). */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("the", "his", "her", "their", "its", "our", "my");

    /** Trims white space and a final full stop or comma outside quotes. */
    static Span span(BlockContext c, int s, int e) {
        String x = c.text;
        while (e > s && (Character.isWhitespace(x.charAt(e - 1)) || x.charAt(e - 1) == ',' || x.charAt(e - 1) == '.' && (e - 2 < s || x.charAt(e - 2) != '.'))) e--;
        while (s < e && Character.isWhitespace(x.charAt(s))) s++;
        return new Span(s, e);
    }
}
