package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a speaker phrase ends on the page: a name and the appositive that describes it belong together ("Tara
 * Gomes, a co-author of the report, says"; "said Huma Abedin, vice chairwoman of the campaign."), so the speaker
 * span takes in the aside between commas before the cue, or the description after a name that follows its cue.
 * An aside that is an adverbial ("Lewandowski, in a statement, said") or a participle ("..., adding that") is not
 * part of the speaker. Bounded: at most {@link #MAX} characters are read after a speaker.
 */
final class SpeakerSpans {
    static final int MAX = 300;
    /** Words that open an aside that describes the speaker. */
    private static final Set<String> DESCRIBING = Set.of("a", "an", "the", "who", "whose", "which", "also", "now", "then",
            "once", "himself", "herself", "both", "its", "his", "her", "their", "our", "one", "another");

    private final SourceLexicons lex;

    SpeakerSpans(SourceLexicons lex) {
        this.lex = lex;
    }

    List<RawMention> widen(String text, List<RawMention> raws) {
        List<RawMention> out = new ArrayList<>(raws.size());
        RawMention previous = null;
        for (RawMention m : raws) {
            RawMention w = closedBracket(text, widen(text, m));
            // "Ann Lee, a spokeswoman for the council, criticized the plan and said ...": a second predicate shares
            // the subject, so its speaker is the whole phrase the first one was widened to
            if (previous != null && w.speaker() != null && previous.speaker() != null && w.block() == previous.block()
                    && w.speaker().start() == previous.speaker().start() && w.speaker().end() < previous.speaker().end()
                    && w.speaker().end() > w.speaker().start() && previous.speaker().end() <= w.cueStart()
                    && w.speaker().cls() == previous.speaker().cls()) {
                // (and it is the same speaker: "Nevada's governor, Ann Decker, a Republican, said … but cautioned" is
                // Ann Decker, never another governor named earlier)
                w = w.withSpeaker(previous.speaker());
            }
            out.add(w);
            previous = w;
        }
        return out;
    }

    /**
     * '"...," said Rep. Ann Lee (D-Tex.).': a speaker phrase that opens a bracket and stops at the abbreviation's
     * dot inside it ends after the closing bracket, as written.
     */
    private static RawMention closedBracket(String text, RawMention m) {
        Speaker s = m.speaker();
        if (s == null || s.end() <= s.start() || s.end() + 2 > text.length()) return m;
        int open = text.lastIndexOf('(', s.end() - 1);
        if (open < s.start() || text.indexOf(')', open) >= 0 && text.indexOf(')', open) < s.end()) return m;
        int close = text.charAt(s.end()) == ')' ? s.end() + 1 : text.charAt(s.end()) == '.' && text.charAt(s.end() + 1) == ')' ? s.end() + 2 : -1;
        if (close < 0 || close > m.cueStart() && s.start() < m.cueStart()) return m;
        return m.withSpeaker(s.withSpan(s.start(), close, text.substring(s.start(), close)));
    }

    private RawMention widen(String text, RawMention m) {
        m = coordinated(text, trimmed(text, m));
        Speaker s = m.speaker();
        if (s == null || s.end() <= s.start() || s.cls() == Speaker.Cls.PRONOUN || m.cueEnd() <= m.cueStart()) return m;
        int end = -1;
        if (s.end() <= m.cueStart() && s.cls() == Speaker.Cls.DOCUMENT && text.charAt(s.end()) == ' ') {
            // "Early results of exit polls conducted by Edison Research show", "A national poll taken last week
            // found": the participle phrase between the document and its verb describes the document
            int gapEnd = m.cueStart();
            while (gapEnd > s.end() && Character.isWhitespace(text.charAt(gapEnd - 1))) gapEnd--;
            if (gapEnd - s.end() > 2 && gapEnd - s.end() <= 120 && participlePhrase(text, s.end() + 1, gapEnd)) end = gapEnd;
        } else if (s.end() <= m.cueStart()) {
            // "Tara Gomes, a co-author of the report, says": the aside between the name and the cue
            int gapEnd = m.cueStart();
            while (gapEnd > s.end() && Character.isWhitespace(text.charAt(gapEnd - 1))) gapEnd--;
            // "Bush, Florida's former governor, also attacked", "X, the fund's lawyer, has rejected": auxiliaries and
            // adverbs between the aside and the cue
            for (int k = 0; k < 3 && gapEnd > s.end() && text.charAt(gapEnd - 1) != ','; k++) {
                int ws = wordStart(text, s.end(), gapEnd);
                String w = SourceLexicons.lower(text.substring(ws, gapEnd));
                if (ws >= gapEnd || !Character.isLowerCase(text.charAt(ws)) || !(BEFORE_CUE.contains(w) || TRAILING_ADVERBS.contains(w)
                        || w.length() > 4 && w.endsWith("ly") && !lex.lyNouns.contains(w))) break;
                gapEnd = ws;
                while (gapEnd > s.end() && Character.isWhitespace(text.charAt(gapEnd - 1))) gapEnd--;
            }
            if (gapEnd - s.end() < 4 || gapEnd - s.end() > MAX || text.charAt(s.end()) != ',' || text.charAt(gapEnd - 1) != ',') return m;
            if (describesEach(text, s.end() + 1, gapEnd - 1)) end = gapEnd - 1;
        } else if (s.start() >= m.cueEnd() && s.end() + 2 < text.length() && text.charAt(s.end()) == ',') {
            // "said Huma Abedin, vice chairwoman of the campaign.": the description up to the clause's end
            int limit = Math.min(text.length(), s.end() + 1 + MAX), from = s.end() + 1;
            // the description never runs into the words reported after it ("(According to the clerk, the office ...)")
            if (m.contentStart() > s.end() && m.contentEnd() > m.contentStart()) limit = Math.min(limit, m.contentStart());
            // after the words it reports ('"...," said Dean Webb, co-director of the center, a think tank.') the
            // description may run over several commas to the sentence's end, each part describing the speaker
            // ("Rose Hill, 20, of Jacksonville, Fla."); else ("according to a poll of voters, Trump leads") one part
            // in lower case, as the main clause goes on after it
            boolean trailing = m.contentEnd() > m.contentStart() && m.contentEnd() <= m.cueStart();
            for (int part = 0; part < (trailing ? 6 : 1); part++) {
                int e = from;
                while (e < limit && !endsClause(text, e)) e++;
                if (e >= limit || text.charAt(e) == '(' || text.charAt(e) == ':') break;
                int w = from;
                while (w < e && Character.isWhitespace(text.charAt(w))) w++;
                boolean first = w < e && (Character.isLowerCase(text.charAt(w)) || trailing && (Character.isDigit(text.charAt(w))
                        || part > 0 || Character.isUpperCase(text.charAt(w))));
                if (!first || !describes(text, w, e) || trailing && holdsVerbCue(text, w, e)) break;
                end = e;
                if (text.charAt(e) != ',') break;
                from = e + 1;
            }
        }
        if (end < 0) return m;
        while (end > s.end() && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= s.end()) return m;
        return m.withSpeaker(s.withSpan(s.start(), end, text.substring(s.start(), end)));
    }

    /** Adverbs that may end a speaker phrase read up to its verb ("Mr. Obama often said", '"...," said Trump then'). */
    private static final Set<String> TRAILING_ADVERBS = SpeakerParser.ADVERBS;
    /** Words of a time expression after a speaker ('"...," said Sanders on Tuesday', "Trump at the time"). */
    static final Set<String> TIME_WORDS = Set.of("time", "week", "weekend", "month", "year", "day", "night",
            "morning", "afternoon", "evening", "today", "yesterday", "tonight");
    static final Set<String> TIME_OPENERS = Set.of("on", "in", "at", "during", "last", "this", "next", "that", "late", "early", "the");
    /** Nouns of an occasion or a text that a name right after them does not belong to ("In a Bloomberg interview Trump said"). */
    static final Set<String> OCCASIONS = Set.of("interview", "speech", "story", "conference", "appearance", "rally",
            "debate", "event", "meeting", "hearing", "broadcast", "show", "program", "programme", "everything", "something",
            "anything", "nothing");

    /**
     * The speaker phrase without words that are not part of it: a trailing adverb or time expression ("he often",
     * "Sanders on Tuesday", "Trump at the time", "an arbitration panel in 2001"), or an occasion before a name
     * ("a Bloomberg interview Trump" → "Trump"; a title before the name stays: "a speech Mrs. Clinton" → "Mrs.
     * Clinton").
     */
    private RawMention trimmed(String text, RawMention m) {
        Speaker s = m.speaker();
        if (s == null || s.end() - s.start() < 3 || s.end() > text.length()) return m;
        int a = s.start(), e = s.end();
        for (int guard = 0; guard < 6; guard++) {
            int ws = wordStart(text, a, e);
            if (ws <= a) break;
            String w = SourceLexicons.lower(text.substring(ws, e));
            if (TRAILING_ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly") && !lex.lyNouns.contains(w) && !lex.isSpeakerNoun(w)
                    && !lex.modifiers.contains(w) && Character.isLowerCase(text.charAt(ws))) {
                e = blankBefore(text, a, ws);
                continue;
            }
            boolean year = w.length() == 4 && w.chars().allMatch(Character::isDigit);
            if (lex.calendarWords.contains(w) || TIME_WORDS.contains(w) || year) {
                int p = ws, cut = -1;
                for (int k = 0; k < 3; k++) {
                    int q = blankBefore(text, a, p);
                    int qs = wordStart(text, a, q);
                    if (qs <= a || qs >= q) break;
                    String o = SourceLexicons.lower(text.substring(qs, q));
                    if (!TIME_OPENERS.contains(o)) break;
                    p = qs;
                    if (!o.equals("the")) cut = qs;
                }
                if (cut > a) { e = blankBefore(text, a, cut); continue; }
            }
            break;
        }
        if (s.named() && s.cls() == Speaker.Cls.PERSON) {
            int at = text.indexOf(s.name(), a);
            if (at > a && at < e) {
                // the title right before the name stays with it
                int n = at;
                for (int k = 0; k < 3; k++) {
                    int q = blankBefore(text, a, n);
                    int qs = wordStart(text, a, q);
                    if (qs <= a || qs >= q || !lex.titles.contains(SourceLexicons.lower(text.substring(qs, q).replace(".", "")))) break;
                    n = qs;
                }
                int q = blankBefore(text, a, n);
                int qs = wordStart(text, a, q);
                String w = qs >= a && qs < q ? SourceLexicons.lower(text.substring(qs, q)) : "";
                // "In a Bloomberg interview Trump said"; "held up a photo and Clinton said" (an object before "and")
                if (OCCASIONS.contains(w) || w.equals("and") && Character.isLowerCase(text.charAt(a))) a = n;
            }
        }
        if (a == s.start() && e == s.end() || e <= a) return m;
        // what is left must end in a word that can head a phrase ("a newly" is not to become "a")
        int lw = wordStart(text, a, e);
        if (lw >= e || lex.functionWords.contains(SourceLexicons.lower(text.substring(lw, e)))) return m;
        return m.withSpeaker(s.withSpan(a, e, text.substring(a, e)));
    }

    /**
     * "He and Brafman said", "Both the Times and the Journal reported": a speaker phrase right after "and", whose
     * first conjunct (a pronoun or a capitalised name of up to four words, or "the" and such a name) opens the
     * sentence, takes in that conjunct. Not after a verb or a noun ("a photo and Clinton" stays "Clinton").
     */
    private RawMention coordinated(String text, RawMention m) {
        Speaker s = m.speaker();
        if (s == null || s.end() <= s.start() || m.cueStart() < s.end()) return m;
        int q = s.start();
        while (q > 0 && isBlank(text.charAt(q - 1))) q--;
        if (q < 5 || !text.startsWith("and", q - 3) || !isBlank(text.charAt(q - 4))) return m;
        int a = q - 4;
        while (a > 0 && isBlank(text.charAt(a - 1))) a--;
        // the first conjunct: a pronoun, or up to four capitalised words (a title's dot allowed)
        int first = -1;
        for (int words = 0; words < 4; words++) {
            int ws = wordStart(text, Math.max(0, a - 40), a);
            if (ws >= a) break;
            String w = text.substring(ws, a), l = SourceLexicons.lower(w);
            if (words == 0 && CONJOINED_PRONOUNS.contains(l)) { first = ws; break; }
            if (!Character.isUpperCase(w.charAt(0)) || lex.functionWords.contains(l)) break;
            // a word with a full stop ends the sentence before, unless it is a title or an initial ("Mr.", "J.")
            if (words > 0 && w.endsWith(".") && !(w.length() == 2 || lex.titles.contains(SourceLexicons.lower(w.replace(".", ""))))) break;
            first = ws;
            int b = ws;
            while (b > 0 && isBlank(text.charAt(b - 1))) b--;
            if (b == ws) break;
            a = b;
        }
        if (first < 0) return m;
        int start = first;
        // an optional "the" or "both" before it
        for (int k = 0; k < 2; k++) {
            int b = start;
            while (b > 0 && isBlank(text.charAt(b - 1))) b--;
            int ws = wordStart(text, Math.max(0, b - 10), b);
            String l = ws < b ? SourceLexicons.lower(text.substring(ws, b)) : "";
            if (b < start && (l.equals("the") || l.equals("both"))) start = ws; else break;
        }
        // it must open the sentence: the text start, a line break, a full stop, a colon or a quotation mark before it
        int b = start;
        while (b > 0 && isBlank(text.charAt(b - 1))) b--;
        char before = b == 0 ? '\n' : text.charAt(b - 1);
        // a single closing mark after a stop or comma closes a quotation too (British style: "'We won.' He and Lee said")
        boolean singleClose = before == '\'' && b >= 2 && ".!?,".indexOf(text.charAt(b - 2)) >= 0;
        if (!(before == '\n' || before == '.' || before == ':' || before == '"' || before == '\u201D' || before == '\u201C' || singleClose)) return m;
        return m.withSpeaker(s.withSpan(start, s.end(), text.substring(start, s.end())));
    }

    private static final Set<String> CONJOINED_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    private static boolean isBlank(char c) { return c == ' ' || c == '\u00A0' || c == '\t'; }

    /** The start of the word ending at {@code e} (letters, digits, apostrophes, dots, hyphens), not before {@code a}. */
    private static int wordStart(String text, int a, int e) {
        int i = e;
        while (i > a && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '-'
                || text.charAt(i - 1) == '.' || text.charAt(i - 1) == '\u2019')) i--;
        return i;
    }

    /** The end of the text before {@code i} once spaces and commas are dropped, not before {@code a}. */
    private static int blankBefore(String text, int a, int i) {
        while (i > a && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == ',')) i--;
        return i;
    }

    private boolean endsClause(String text, int i) {
        char c = text.charAt(i);
        if (c == ',' || c == ';' || c == '\n' || c == '"' || c == '\u201C' || c == '\u201D' || c == '(' || c == ':') return true;
        if (c != '.' || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) return false;
        // "a former C.I.A. analyst", "an adviser to Mr. Obama", "George W. Bush": the dot of an abbreviation
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, i);
        return !(word.indexOf('.') >= 0 || word.length() == 1 || lex.titles.contains(SourceLexicons.lower(word)));
    }

    /** Participles that describe a document ("conducted by", "released Friday", "taken last week"). */
    private static final Set<String> DOCUMENT_PARTICIPLES = Set.of("conducted", "released", "taken", "published", "compiled",
            "commissioned", "issued", "obtained", "carried", "sponsored", "prepared", "filed", "produced", "posted", "made",
            "written", "reviewed", "seen", "done", "paid", "funded", "completed", "unveiled", "circulated", "leaked");

    /**
     * True when {@code [a, b)} is a participle phrase with nothing that ends or opens a clause: it starts with a
     * participle of {@link #DOCUMENT_PARTICIPLES} and holds no comma, quotation mark, line break or verb cue.
     */
    private boolean participlePhrase(String text, int a, int b) {
        int w = a;
        while (w < b && Character.isLetter(text.charAt(w))) w++;
        if (w == a || !DOCUMENT_PARTICIPLES.contains(text.substring(a, w))) return false;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '\u201C' || c == '\u201D' || c == '\n' || c == '(' || c == '\u2014') return false;
        }
        return !holdsCueWord(text, w, b);
    }

    /** Auxiliaries that may stand between an aside and its cue ("X, the fund's lawyer, has rejected"). */
    private static final Set<String> BEFORE_CUE = Set.of("has", "have", "had", "is", "was", "were", "are", "will",
            "would", "could", "can", "did", "does", "do", "should", "may", "might");

    /**
     * True when a word of {@code [a, b)} opens a cue that is a verb ("The Times reported"), not "in". A description
     * that opens with a lower-case determiner ("a small think tank") is left to {@link #describes}.
     */
    private boolean holdsVerbCue(String text, int a, int b) {
        int w0 = a;
        while (w0 < b && Character.isLetter(text.charAt(w0))) w0++;
        boolean nounPhrase = w0 > a && Character.isLowerCase(text.charAt(a)) && DESCRIBING.contains(text.substring(a, w0))
                && !RELATIVES.contains(text.substring(a, w0));
        return !nounPhrase && holdsCueWord(text, a, b); // a noun phrase is left to describes()
    }

    /** True when a word of {@code [a, b)} opens a cue and is no function word or relative pronoun ("in", "who"). */
    private boolean holdsCueWord(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!Character.isLetter(text.charAt(i)) || i > a && Character.isLetter(text.charAt(i - 1))) continue;
            int j = i;
            while (j < b && Character.isLetter(text.charAt(j))) j++;
            String w = SourceLexicons.lower(text.substring(i, j));
            if (!RELATIVES.contains(w) && lex.cueWords.contains(w) && !lex.functionWords.contains(w)) return true;
        }
        return false;
    }

    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");

    /** Every comma-separated part of {@code [a, b)} describes the speaker ("founder of ..., a member of ..."). */
    private boolean describesEach(String text, int a, int b) {
        int p = a;
        for (int i = a; i <= b; i++) {
            if (i == b || text.charAt(i) == ',') {
                if (!describes(text, p, i)) return false;
                p = i + 1;
            }
        }
        return true;
    }

    /** True when one of the first {@code n} words of {@code [a, b)} is a role noun ("director", "professor"). */
    private boolean roleWithin(String text, int a, int b, int n) {
        int words = 0;
        for (int i = a; i < b && words < n; i++) {
            if (!Character.isLetter(text.charAt(i)) || i > a && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) continue;
            int j = i;
            while (j < b && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) j++;
            words++;
            String w = SourceLexicons.lower(text.substring(i, j));
            if (lex.isRole(w)) return true;
            int dash = w.lastIndexOf('-');
            if (dash > 0 && dash < w.length() - 1 && lex.isRole(w.substring(dash + 1))) return true; // "co-director"
            if (lex.functionWords.contains(w) && !w.equals("and")) return false;
        }
        return false;
    }

    /** True when {@code [a, b)} is a description of a person or body: "a co-author of ...", "44", "who runs ...". */
    private boolean describes(String text, int a, int b) {
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        if (a >= b) return false;
        boolean relative = text.startsWith("who ", a) || text.startsWith("which ", a) || text.startsWith("whose ", a);
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\n') return false;
            // a reporting verb in a relative clause ("Barkley, who said he votes Democratic,") makes it a clause of its own
            if (relative && Character.isLetter(c) && (i == a || !Character.isLetter(text.charAt(i - 1)))) {
                int j = i;
                while (j < b && Character.isLetter(text.charAt(j))) j++;
                String w = SourceLexicons.lower(text.substring(i, j));
                if (lex.cueWords.contains(w) && !lex.functionWords.contains(w) && i > a) return false; // "in" opens no cue here
            }
        }
        int w = a;
        while (w < b && (Character.isLetterOrDigit(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '\'')) w++;
        String first = text.substring(a, w);
        if (first.isEmpty()) return false;
        if (Character.isDigit(first.charAt(0))) return true; // an age: "Marcel Lazar, 44, said"
        String l = SourceLexicons.lower(first);
        if (DESCRIBING.contains(l)) return true;
        // "Rose Hill, 20, of Jacksonville, Fla.": where the speaker is from
        if ((l.equals("of") || l.equals("from")) && w + 1 < b && Character.isUpperCase(text.charAt(w + 1))) return true;
        if (lex.functionWords.contains(l) || lex.cueWords.contains(l)) return false; // "in a statement", "adding"
        // "managing director at Evercore", "co-director of the center", "education and law professor": a role noun
        // among the first words
        if (roleWithin(text, a, b, 4)) return true;
        if (l.endsWith("ing") || l.endsWith("ed") || l.endsWith("ly") && !lex.lyNouns.contains(l)) return false;
        return Character.isUpperCase(first.charAt(0)) || lex.isSpeakerNoun(l) || lex.isRole(l) || lex.modifiers.contains(l)
                || lex.countryWords.containsKey(l);
    }
}
