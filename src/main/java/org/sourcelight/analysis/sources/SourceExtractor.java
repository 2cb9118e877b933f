package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Source;
import org.sourcelight.text.LexiconSet;
import org.sourcelight.text.TextDocument;

/**
 * Finds every attribution in the body text and groups the mentions by speaker. Stateless and thread-safe.
 * <p>
 * Only body blocks are read (or the title, when an article has nothing else; the title is otherwise read only for a
 * headline colon, "Pence: ..."): captions, sub-headings and footers are skipped, so a caption naming someone
 * between a name and "he said" does not change who "he" is. Quoted words never become speakers or cues. A quote
 * with no cue of its own that follows a quoted speaker (later in the same paragraph, or opening the next paragraph)
 * continues that speaker's words, and so does a paragraph that is all quotation right after an indirect
 * attribution ("Sanders said he would stay in the race." then "\"We will fight on.\""). A mention is {@code direct} when at least half of its content is quoted words.
 * Never throws on odd input (unbalanced quotes, one-line articles): it reports what it can find.
 */
public final class SourceExtractor {
    public static final int VERSION = 8;

    private final SourceLexicons lex;
    private final WordClasses words;
    private final AttributionFinder finder;
    private final SpeakerResolver resolver;
    private final SpeakerParser parser;
    private final SpeakerSpans spans;

    /** The extractor over the word lists of {@code lexicons} (attribution verbs, role nouns, countries …). */
    public SourceExtractor(LexiconSet lexicons) {
        this(lexicons, List.of());
    }

    /** The same, with these outlet names recognised as media when they speak ("Xinhua said"); see {@code OutletRegistry.speakerNames()}. */
    public SourceExtractor(LexiconSet lexicons, java.util.Collection<org.sourcelight.model.OutletName> outletNames) {
        this.lex = new SourceLexicons(lexicons, outletNames);
        this.words = new WordClasses(lex);
        this.parser = new SpeakerParser(lex, words);
        this.finder = new AttributionFinder(lex, words, parser);
        this.resolver = new SpeakerResolver(lex);
        this.spans = new SpeakerSpans(lex);
    }

    private static final class Shipped {
        static final SourceExtractor EXTRACTOR = new SourceExtractor(LexiconSet.shipped(),
                org.sourcelight.analysis.outlets.OutletRegistry.shipped().speakerNames());
    }

    /** The extractor with the shipped word lists (built once). */
    public static SourceExtractor standard() { return Shipped.EXTRACTOR; }

    /** One line summing up who the article's voices are ({@link SourceSummary}), with this extractor's word lists. */
    public String summary(List<Source> sources) { return SourceSummary.describe(sources, lex); }

    public List<Source> extract(TextDocument doc) {
        String text = doc.text();
        List<RawMention> raws = new ArrayList<>();
        List<Speaker> registrations = new ArrayList<>();
        List<QuoteSpan> bodyQuotes = new ArrayList<>();
        List<Block> bodyBlocks = new ArrayList<>();
        java.util.Map<Integer, SpeakerResolver.Lead> leads = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> mainClauses = new java.util.HashMap<>();
        java.util.Set<Integer> subjects = new java.util.HashSet<>();
        java.util.Map<Integer, Integer> asked = new java.util.HashMap<>();
        java.util.Set<Integer> owners = new java.util.HashSet<>();
        java.util.Map<Integer, Speaker> bodySubjects = new java.util.HashMap<>();
        java.util.Set<Integer> quotedNames = new java.util.HashSet<>();
        java.util.Set<Speaker> loneNames = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Integer> awaiting = new ArrayList<>(); // mentions whose words follow in the next paragraph
        List<QuoteSpan> all = doc.quotes();
        int q = 0;
        BlockKind read = readableKind(doc);
        DocumentWords forms = new DocumentWords(doc.tokens(), words); // one string and one set of word classes per form
        WordForms.of(doc.tokens()); // how the article writes its words, read from its tokens for the rules below
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.TITLE && read == BlockKind.BODY && bodyBlocks.isEmpty()) {
                headline(doc, b, all, forms, raws);
                continue;
            }
            if (b.kind() != read) continue;
            while (q < all.size() && all.get(q).start() < b.start()) q++;
            int qe = q;
            while (qe < all.size() && all.get(qe).start() < b.end()) qe++;
            List<QuoteSpan> quotes = all.subList(q, qe);
            List<Token> tokens = BlockTokens.tokenize(doc.tokens(), b.start(), b.end(), quotes, forms);
            BlockContext c = finder.context(text, tokens, doc.sentences(), quotes, bodyBlocks.size(), b.start());
            if (!awaiting.isEmpty()) {
                // "He said:" closing the paragraph before: this paragraph (or the quotation opening it) is what he said
                Block before = bodyBlocks.get(bodyBlocks.size() - 1);
                if (b.paragraph() == before.paragraph() + 1) {
                    int end = b.end();
                    while (end > b.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
                    if (!quotes.isEmpty() && quotes.get(0).start() == b.start()) end = Math.max(end, quotes.get(0).end());
                    for (int k : awaiting) raws.set(k, raws.get(k).withContent(b.start(), end));
                }
                awaiting.clear();
            }
            List<RawMention> found = finder.find(c);
            // '"…"' closing one paragraph, '― Jane Roe' opening the next: the quotation's credit
            QuoteSpan previous = bodyQuotes.isEmpty() ? null : bodyQuotes.get(bodyQuotes.size() - 1);
            RawMention credit = previous != null && !bodyBlocks.isEmpty() && endsBlock(text, previous, bodyBlocks.get(bodyBlocks.size() - 1))
                    ? finder.dashCreditOfPrevious(c, previous) : null;
            if (credit != null) found.add(0, credit);
            bodyQuotes.addAll(quotes);
            List<RawMention> widened = spans.widen(text, found);
            for (int k = 0; k < widened.size(); k++) widened.set(k, withDescribedRole(text, tokens, found.get(k), widened.get(k)));
            for (RawMention r : widened) {
                if (r.contentStart() == r.contentEnd() && r.contentStart() > b.start() && text.charAt(r.contentStart() - 1) == ':'
                        && text.substring(r.contentStart(), b.end()).isBlank()) awaiting.add(raws.size());
                raws.add(r);
            }
            registrations.addAll(finder.registrations(c));
            sentenceShapes(text, tokens, leads, mainClauses, subjects, asked, owners);
            bodySubjects(text, tokens, bodySubjects);
            bodies(text, tokens, registrations);
            quotedNames(text, tokens, registrations, quotedNames);
            loneNames(tokens, registrations, loneNames);
            bodyBlocks.add(b);
        }
        raws = withContinuedQuotes(text, raws, bodyQuotes, bodyBlocks, lex.cueWords);
        registrations.sort(java.util.Comparator.comparingInt(Speaker::start));
        int[] starts = new int[doc.sentences().size()];
        for (int i = 0; i < starts.length; i++) starts[i] = doc.sentences().get(i).start();
        return resolver.resolve(raws, registrations, bodyQuotes, new SpeakerResolver.Layout(starts, leads, mainClauses, subjects, quotedNames, loneNames, asked, owners, text, bodySubjects));
    }

    /**
     * A named person whose speaker span {@link SpeakerSpans} widened over the description after the name ("said
     * Verity Bowden, the library's city librarian."; "Dr Kate Lindqvist, a transport economist at the University
     * of Sydney, said") and who has no role yet, or only a title ("Dr"), takes the role that description gives
     * (decision 110), so that a later "the mayor" is not guessed to be her.
     */
    private RawMention withDescribedRole(String text, List<Token> tokens, RawMention before, RawMention after) {
        Speaker s = after.speaker(), old = before.speaker();
        if (s == null || old == null || s.cls() != Speaker.Cls.PERSON || !s.named() || s.end() <= old.end()) return after;
        String role = SourceLexicons.lower(s.role().replace(".", "").strip());
        if (!role.isEmpty() && !lex.titles.contains(role)) return after;
        int from = old.end();
        while (from < s.end() && (text.charAt(from) == ',' || Character.isWhitespace(text.charAt(from)))) from++;
        int a = -1, b = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token x = tokens.get(k);
            if (a < 0 && x.start() >= from) a = k;
            if (x.end() <= s.end()) b = k + 1;
        }
        if (a < 0 || b <= a) return after;
        Speaker d = parser.describedAs(text, tokens, s, a, b);
        return d == null ? after : after.withSpeaker(d);
    }

    /**
     * "The Environment Agency has issued 14 flood warnings. It said …": a body named by capitalised words at the start
     * of a sentence, before its verb in lower case, is that sentence's subject; recorded (in
     * {@code out} by sentence index) so that an "it" opening the next sentence can mean it (decision 110).
     */
    private void bodySubjects(String text, List<Token> tokens, java.util.Map<Integer, Speaker> out) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k > 0 && tokens.get(k - 1).sentence() == tokens.get(k).sentence()) continue; // sentence starts only
            int a = k, n = tokens.get(a).is("the") || tokens.get(a).lower().equals("the") ? a + 1 : a;
            int e = n;
            while (e < tokens.size() && e - n < 5 && tokens.get(e).sentence() == tokens.get(a).sentence() && tokens.get(e).isWord()
                    && tokens.get(e).capitalized() && !tokens.get(e).quoted() && !tokens.get(e).possessive()) e++;
            if (e == n || e >= tokens.size() || tokens.get(e).sentence() != tokens.get(a).sentence() || !tokens.get(e).isWord()
                    || tokens.get(e).capitalized() || tokens.get(e).quoted() || tokens.get(e).is("of")) continue;
            Speaker sp = parser.parse(text, tokens, a, e);
            if (sp == null || sp.cls() != Speaker.Cls.ORG || !sp.named()) continue;
            out.put(tokens.get(a).sentence(), sp);
        }
    }

    /** Words that open a sentence with a subordinate clause ("When Maddow pointed out ..., Clinton seized ..."). */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("when", "after", "as", "while", "if",
            "although", "though", "because", "since", "before", "until", "once", "despite", "like", "unlike", "whether");
    /** Prepositions that open a short adverbial phrase before the subject ("On Sunday, he ..."). */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of("on", "in", "at", "during", "for",
            "with", "by", "from", "over", "under", "last", "earlier", "later", "asked", "speaking");
    /** Words before a sentence's subject that are not part of it. */
    private static final java.util.Set<String> LEAD_INS = java.util.Set.of("but", "and", "yet", "so", "then", "meanwhile",
            "still", "now", "instead", "however", "also");

    /**
     * What the resolver needs of each sentence's shape: the sentences whose subject is a third-person pronoun (the
     * first word, after "But", "And", "Meanwhile" …, outside quotation marks, or the word right after a short
     * opening phrase: "On Sunday, he ..."), where the main clause starts after an opening subordinate clause (the
     * first comma after "When", "After" …, also one set inside a closing quotation mark), and where a one-word subject stands
     * (a capitalised word opening the sentence, followed by a lower-case word or a comma).
     */
    private void sentenceShapes(String text, List<Token> tokens, java.util.Map<Integer, SpeakerResolver.Lead> leads,
                                java.util.Map<Integer, Integer> mainClauses, java.util.Set<Integer> subjects,
                                java.util.Map<Integer, Integer> asked, java.util.Set<Integer> owners) {
        for (int i = 0; i < tokens.size(); ) {
            int sentence = tokens.get(i).sentence();
            int e = i;
            while (e < tokens.size() && tokens.get(e).sentence() == sentence) e++;
            int k = i;
            while (k < e && (!tokens.get(k).isWord() && !tokens.get(k).quoted() || tokens.get(k).isWord() && LEAD_INS.contains(tokens.get(k).lower())
                    && !tokens.get(k).quoted())) k++;
            if (k < e && tokens.get(k).isWord() && !tokens.get(k).quoted()) {
                Token x = tokens.get(k);
                String tag = lex.pronouns.get(x.lower());
                if (tag != null && tag.startsWith("person-")) leads.put(sentence, new SpeakerResolver.Lead(tag, x.start()));
                else if (SUBORDINATORS.contains(x.lower()) || OPENING_PREPOSITIONS.contains(x.lower())) {
                    // "On Sunday, he appeared at a Trump rally where he pledged ...": the pronoun right after a short
                    // opening phrase is the sentence's subject too
                    for (int c = k + 1; c < e && c - k <= 8; c++) {
                        Token y = tokens.get(c);
                        if (y.quoted() || y.type() == Token.Type.STOP || y.type() == Token.Type.QUOTE) break;
                        if (y.type() != Token.Type.COMMA) continue;
                        Token p = c + 1 < e ? tokens.get(c + 1) : null;
                        String pt = p != null && p.isWord() && !p.quoted() ? lex.pronouns.get(p.lower()) : null;
                        if (pt != null && pt.startsWith("person-")) leads.put(sentence, new SpeakerResolver.Lead(pt, p.start()));
                        break;
                    }
                }
                // an opening prepositional phrase ("In the wake of President Obama's remarks, Trump called ...") is
                // no clause of the subject either: its names rank after the main clause's, like a subordinate clause's
                boolean prepositional = OPENING_PREPOSITIONS.contains(x.lower()) && !SUBORDINATORS.contains(x.lower());
                if (SUBORDINATORS.contains(x.lower()) || prepositional) {
                    for (int c = k + 1; c < e && (!prepositional || c - k <= 12); c++) {
                        Token y = tokens.get(c);
                        if (y.type() != Token.Type.COMMA) continue;
                        if (!y.quoted()) { mainClauses.put(sentence, y.end()); break; }
                        // 'When Maddow called it "Medicare for all," Clinton seized ...': the comma set inside the
                        // closing quotation mark ends the clause too
                        Token next = c + 1 < e ? tokens.get(c + 1) : null;
                        if (next != null && next.type() == Token.Type.QUOTE && !next.quoted()) { mainClauses.put(sentence, next.end()); break; }
                    }
                }
                askedObjects(tokens, k, e, asked);
                occasionOwners(tokens, k, e, asked);
                ownersOfRoles(tokens, k, e, owners);
                if (x.capitalized() && k + 1 < e && nameLike(text, x)) {
                    Token n = tokens.get(k + 1);
                    if (n.type() == Token.Type.COMMA || n.isWord() && !n.capitalized() && !n.digits()) subjects.add(x.start());
                }
            }
            i = e;
        }
    }

    /** Forms of the verbs of questioning whose object is asked about itself ("asked Trump about statements he had made"). */
    private static final java.util.Set<String> QUESTIONING = java.util.Set.of("ask", "asks", "asked", "asking", "press", "presses",
            "pressed", "pressing", "question", "questions", "questioned", "questioning", "quizzed");
    /** Words that open what the person questioned is asked about. */
    private static final java.util.Set<String> QUESTION_OPENERS = java.util.Set.of("about", "whether", "if", "why", "how", "what", "on", "over");

    /**
     * "Hewitt asked Trump about statements he had made": the person questioned (a capitalised name right after a verb
     * of questioning, before "about", "whether", "why" ...) is what a later pronoun in that sentence means: the
     * question is about the one asked. Records the name's start under its end; tokens {@code [k, e)} are one sentence.
     */
    private static void askedObjects(List<Token> tokens, int k, int e, java.util.Map<Integer, Integer> asked) {
        for (int v = k; v + 2 < e; v++) {
            Token verb = tokens.get(v);
            if (!verb.isWord() || verb.quoted() || verb.capitalized() || !QUESTIONING.contains(verb.lower())) continue;
            int n = v + 1;
            while (n < e && n - v <= 3 && tokens.get(n).isWord() && tokens.get(n).capitalized() && !tokens.get(n).quoted()) n++;
            if (n == v + 1 || n >= e || !tokens.get(n).isWord() || !QUESTION_OPENERS.contains(tokens.get(n).lower())) continue;
            asked.put(tokens.get(v + 1).start(), tokens.get(n - 1).end());
        }
    }

    /**
     * "Obama's press conference in Turkey on Monday, when he refused to admit ...": a "when" or "where" clause after an
     * occasion owned by a person (a possessive name before a noun of an occasion, within twelve words, no comma
     * between) describes what that person did there; a pronoun in it means the owner. Records the owner's start
     * under the end of the "when".
     */
    private static void occasionOwners(List<Token> tokens, int k, int e, java.util.Map<Integer, Integer> preferred) {
        for (int w = k + 3; w < e; w++) {
            Token when = tokens.get(w);
            if (!when.isWord() || when.quoted() || !(when.is("when") || when.is("where")) || tokens.get(w - 1).type() != Token.Type.COMMA) continue;
            int occasion = -1;
            for (int p = w - 2; p >= k && w - p <= 13; p--) {
                Token y = tokens.get(p);
                if (!y.isWord() || y.quoted()) break;
                if (occasion < 0 && SpeakerSpans.OCCASIONS.contains(y.lower())) occasion = p;
                if (occasion >= 0 && p < occasion && y.capitalized() && y.possessive()) {
                    int a = p;
                    while (a - 1 >= k && tokens.get(a - 1).isWord() && tokens.get(a - 1).capitalized() && !tokens.get(a - 1).quoted()
                            && !tokens.get(a - 1).possessive()) a--;
                    preferred.put(tokens.get(a).start(), when.end());
                    preferred.put(y.start(), when.end());
                    break;
                }
            }
        }
    }

    /**
     * "Trump's Indiana chairman, Rex Early, said ...": the owner of a role set before a name by a comma is not whom
     * the sentence is about; the named person is. Records the owner's start.
     */
    private void ownersOfRoles(List<Token> tokens, int k, int e, java.util.Set<Integer> owners) {
        for (int p = k; p + 3 < e; p++) {
            Token y = tokens.get(p);
            if (!y.isWord() || y.quoted() || !y.capitalized() || !y.possessive()) continue;
            boolean role = false;
            int q = p + 1;
            while (q < e && q - p <= 4 && tokens.get(q).isWord() && !tokens.get(q).quoted() && !tokens.get(q).possessive()) {
                role |= lex.isRole(tokens.get(q).lower());
                q++;
            }
            if (!role || q + 1 >= e || tokens.get(q).type() != Token.Type.COMMA) continue;
            Token name = tokens.get(q + 1);
            if (name.isWord() && name.capitalized() && !name.quoted() && !name.possessive()) owners.add(y.start());
        }
    }

    /**
     * Names the article treats as bodies, not people: a capitalised name followed by ", which" ("employers such as
     * Monsanto, which opposed the bill"). Registered so that a later "the company" or "it" may mean them.
     */
    private static void bodies(String text, List<Token> tokens, List<Speaker> out) {
        for (int i = 2; i < tokens.size(); i++) {
            Token which = tokens.get(i), comma = tokens.get(i - 1);
            if (comma.type() != Token.Type.COMMA || which.quoted() || !which.is("which")) continue;
            int e = i - 1, a = e;
            while (a - 1 >= 0 && tokens.get(a - 1).capitalized() && !tokens.get(a - 1).quoted() && tokens.get(a - 1).sentence() == which.sentence()
                    && e - a < 5) a--;
            if (a == e || a == e - 1 && a > 0 && tokens.get(a - 1).sentence() != which.sentence()) continue; // none, or a sentence's first word alone
            String name = text.substring(tokens.get(a).start(), tokens.get(e - 1).end());
            out.add(new Speaker(Speaker.Cls.ORG, tokens.get(a).start(), tokens.get(e - 1).end(), name, name, "", "", "",
                    tokens.get(e - 1).lower(), Speaker.Gender.UNKNOWN, true, false, false));
        }
    }

    /**
     * Full names inside quotation marks ("Donald Trump's surprise visit to Mexico ...," she wrote): who a later bare
     * surname outside the quotation means ("a supporter of Trump's campaign. He acknowledged ..."). A given name and
     * one or two capitalised words, all quoted. Registered as known names only: a quotation is the speaker's words,
     * so its names are not present for a pronoun of the writer's until the writer names them ({@code known} holds
     * their starts).
     */
    private void quotedNames(String text, List<Token> tokens, List<Speaker> out, java.util.Set<Integer> known) {
        int runEnd = -1;
        boolean title = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token g = tokens.get(i);
            if (!g.quoted()) continue;
            if (i >= runEnd) {
                // the quoted words this one belongs to: a title in title case ("Francesco Excommunicates Trump") names
                // a work, not people
                int words = 0, capped = 0;
                runEnd = i;
                while (runEnd < tokens.size() && tokens.get(runEnd).quoted()) {
                    Token y = tokens.get(runEnd++);
                    if (y.isWord() && !y.digits()) { words++; if (y.capitalized()) capped++; }
                }
                title = words >= 3 && capped * 4 >= words * 3;
            }
            if (title || !g.isWord() || !g.capitalized() || g.possessive()) continue;
            Speaker.Gender gender = lex.givenNames.get(g.lower());
            if (gender == null || i > 0 && tokens.get(i - 1).quoted() && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalized()
                    && tokens.get(i - 1).sentence() == g.sentence()) continue; // "New York Jane ..." is no given name's start
            int e = i + 1;
            while (e < tokens.size() && e - i <= 2 && tokens.get(e).quoted() && tokens.get(e).isWord() && tokens.get(e).capitalized()
                    && !tokens.get(e).digits() && tokens.get(e).sentence() == g.sentence() && !tokens.get(e - 1).possessive()) e++;
            if (e == i + 1) continue;
            Token last = tokens.get(e - 1);
            if (lex.givenNames.containsKey(last.lower()) && !last.possessive() || lex.isSpeakerNoun(last.lower())) continue;
            int end = last.possessive() ? last.end() - Token.possessiveLength(last.lower()) : last.end();
            if (end <= g.start()) continue;
            String name = text.substring(g.start(), end);
            if (name.indexOf('\n') >= 0) continue;
            out.add(new Speaker(Speaker.Cls.PERSON, g.start(), end, name, name, "", "", "", SourceLexicons.lower(text.substring(last.start(), end)),
                    gender, true, false, false));
            known.add(g.start());
            i = e - 1;
        }
    }

    /**
     * Capitalised words standing alone between lower-case words, outside quotations ("The rise of Bannon gave Beck new
     * impetus"): where a person the article has named in full is mentioned again, so present for a later pronoun.
     * Registered as surname mentions only ({@code known} holds them, by identity): they refresh a full name, never make a
     * new entity, and never a one-word entity ("the absence of Latinos in").
     */
    private void loneNames(List<Token> tokens, List<Speaker> out, java.util.Set<Speaker> known) {
        for (int p = 1; p + 1 < tokens.size(); p++) {
            Token y = tokens.get(p), before = tokens.get(p - 1), after = tokens.get(p + 1);
            if (!y.isWord() || !y.capitalized() || y.quoted() || y.digits() || y.possessive() || y.text().length() < 3) continue;
            if (before.sentence() != y.sentence() || after.sentence() != y.sentence()) continue;
            if (!before.isWord() || before.capitalized() || before.quoted() || before.has(WordClasses.DETERMINER)) continue;
            if (!after.isWord() || after.capitalized() || after.quoted() || after.digits()) continue;
            String l = y.lower();
            if (lex.functionWords.contains(l) || lex.pronouns.containsKey(l) || lex.calendarWords.contains(l) || lex.titles.contains(l)) continue;
            Speaker lone = new Speaker(Speaker.Cls.PERSON, y.start(), y.end(), y.text(), y.text(), "", "", "", l, Speaker.Gender.UNKNOWN, true, false, false);
            out.add(lone);
            known.add(lone);
        }
    }

    /**
     * A capitalised word that may be a name: not a function word, pronoun, subordinator, cue, speaker noun, title,
     * weekday or month, not in -ing, never written in lower case in the article ("Conservative", "Noting") and
     * written with its capital inside a sentence too ("... endorsed Cruz"), or a given name ("Rihanna" is not).
     */
    private boolean nameLike(String text, Token x) {
        String l = x.lower();
        if (l.length() < 2 || Character.isUpperCase(x.text().charAt(Math.min(1, x.text().length() - 1))) && x.text().length() <= 6) return false;
        if (lex.functionWords.contains(l) || lex.pronouns.containsKey(l) || SUBORDINATORS.contains(l) || LEAD_INS.contains(l)
                || lex.cueWords.contains(l) || lex.isSpeakerNoun(l) || lex.titles.contains(l) || lex.calendarWords.contains(l)
                || lex.countryWords.containsKey(l) || lex.quantifiers.contains(l) || lex.commonModifiers.contains(l)) return false;
        if (l.endsWith("ing") || l.endsWith("ly") || x.possessive()) return false;
        WordForms forms = WordForms.of(text);
        return !forms.writtenLower(l) && (forms.cappedInside(x.text()) || lex.givenNames.containsKey(l));
    }

    /** The block number of a headline's mention: before the first body block, and no body block's neighbour. */
    private static final int HEADLINE_BLOCK = -2;

    /**
     * The article's headline is read for one thing only: a speaker and a colon before what they said ("Pence:
     * Flowers Won't Be at Debate"). Other headline wording ("Syria wants US troops to leave") is the writer's.
     */
    private void headline(TextDocument doc, Block b, List<QuoteSpan> all, DocumentWords forms, List<RawMention> raws) {
        List<QuoteSpan> quotes = new ArrayList<>();
        for (QuoteSpan q : all) {
            if (q.start() >= b.end()) break;
            if (q.start() >= b.start()) quotes.add(q);
        }
        List<Token> tokens = BlockTokens.tokenize(doc.tokens(), b.start(), b.end(), quotes, forms);
        RawMention m = finder.headline(finder.context(doc.text(), tokens, doc.sentences(), quotes, HEADLINE_BLOCK, b.start()));
        if (m != null) raws.add(m);
    }

    /** True when quotation {@code q} is the last thing in block {@code b} (a stop or white space may follow). */
    private static boolean endsBlock(String text, QuoteSpan q, Block b) {
        if (q.end() > b.end() || q.start() < b.start()) return false;
        for (int k = q.end(); k < b.end(); k++) {
            char ch = text.charAt(k);
            if (!Character.isWhitespace(ch) && ch != '.') return false;
        }
        return true;
    }

    /** Body text; an article that is only a headline (a one-line text) is read from its title. */
    private static BlockKind readableKind(TextDocument doc) {
        for (Block b : doc.blocks()) if (b.kind() == BlockKind.BODY) return BlockKind.BODY;
        return BlockKind.TITLE;
    }

    /**
     * Adds the quotations that carry no cue but continue the previous quoted speaker: later in the same paragraph
     * ('"..." Mattis told reporters. "Geneva is ..."') or opening the next paragraph (sample 003). One sweep over
     * the quotes in text order, with the mentions sorted by where they end: linear after the sorts, however many
     * quotes a block holds.
     */
    private static List<RawMention> withContinuedQuotes(String text, List<RawMention> raws, List<QuoteSpan> quotes, List<Block> blocks,
                                                        java.util.Set<String> cueWords) {
        List<RawMention> out = new ArrayList<>(raws);
        QuoteIndex index = new QuoteIndex(quotes);
        ContentCover cover = new ContentCover(raws);
        // mentions by where they end (cue or content), ties in list order: the last one popped is the latest
        java.util.PriorityQueue<Ending> pending = new java.util.PriorityQueue<>();
        for (int i = 0; i < raws.size(); i++) pending.add(new Ending(reach(raws.get(i)), i, raws.get(i)));
        int order = raws.size();
        RawMention last = null;
        int addedEnd = -1; // the furthest end of a continued quote added so far
        for (QuoteSpan q : quotes) {
            while (!pending.isEmpty() && pending.peek().end() <= q.start()) last = pending.poll().mention();
            if (!(atLeastWords(text, q, 4) || last != null && shortSentenceAfter(text, q, last))
                    || addedEnd > q.start() || cover.overlaps(q.start(), q.end()) || index.nested(q)) continue;
            if (cueFollows(text, q.end(), cueWords)) continue; // '"...," said one person ...': someone's words, not read
            if (last == null) continue;
            int block = blockOf(blocks, q.start());
            boolean sameBlock = last.block() == block;
            boolean opensNext = last.block() == block - 1 && q.start() == blocks.get(block).start();
            // a paragraph that is all quotation, right after an indirect attribution, is that speaker's words too
            boolean wholeParagraph = opensNext && q.end() >= blocks.get(block).end() - 1;
            if (!isDirect(quotes, last.contentStart(), last.contentEnd()) && !wholeParagraph) continue;
            if (!sameBlock && !opensNext) continue;
            RawMention added = new RawMention(null, q.start(), q.start(), "", q.start(), q.end(), block, q.start(), last,
                    org.sourcelight.model.MentionKind.STATEMENT);
            out.add(added);
            pending.add(new Ending(reach(added), order++, added));
            addedEnd = Math.max(addedEnd, q.end());
        }
        out.sort((a, b) -> Integer.compare(a.anchor(), b.anchor()));
        return out;
    }

    /**
     * True when one of the two words right after a quotation (in its sentence) is a cue ('"...," said X',
     * '"...," one aide said'): the quote has an attribution of its own, even one the rules could not read.
     */
    private static boolean cueFollows(String text, int at, java.util.Set<String> cueWords) {
        int k = at;
        for (int w = 0; w < 2; w++) {
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ',')) k++;
            int s = k;
            while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
            if (k == s) return false;
            if (cueWords.contains(SourceLexicons.lower(text.substring(s, k)))) return true;
        }
        return false;
    }

    private static int reach(RawMention m) { return Math.max(m.cueEnd(), m.contentEnd()); }

    /**
     * True when a quotation of fewer than four words is a sentence of its own right after the sentence of a quoted
     * speaker's attribution ('"We won," she said. "Very well."', '"...," said Ann Lee. "Never."'): only a full stop and
     * white space stand between the attribution's last part and the opening mark, and the quotation begins with a
     * capital and ends with a full stop, question or exclamation mark. A short quotation elsewhere (a term, a title:
     * 'what he called "a gift"') is no continuation.
     */
    private static boolean shortSentenceAfter(String text, QuoteSpan q, RawMention last) {
        if (last.cueEnd() <= last.cueStart() || last.contentEnd() > last.cueStart()) return false; // a trailing cue only
        int from = Math.max(reach(last), last.speaker() == null ? 0 : last.speaker().end());
        if (from > q.start()) return false;
        boolean stop = false;
        for (int k = from; k < q.start(); k++) {
            char ch = text.charAt(k);
            if (ch == '.' && !stop) stop = true;
            else if (!Character.isWhitespace(ch)) return false;
        }
        if (!stop || q.contentEnd() <= q.contentStart() || !Character.isUpperCase(text.charAt(q.contentStart()))) return false;
        int e = q.contentEnd() - 1;
        while (e > q.contentStart() && Character.isWhitespace(text.charAt(e))) e--;
        char end = text.charAt(e);
        return end == '.' || end == '?' || end == '!';
    }

    /** A mention waiting in the sweep until a quote starts at or after its end. */
    private record Ending(int end, int order, RawMention mention) implements Comparable<Ending> {
        @Override
        public int compareTo(Ending o) {
            int c = Integer.compare(end, o.end);
            return c != 0 ? c : Integer.compare(order, o.order);
        }
    }

    /** Whether any mention's content overlaps a range: contents sorted by start with a running maximum end. */
    private static final class ContentCover {
        private final int[] starts;
        private final int[] maxEnd;

        ContentCover(List<RawMention> raws) {
            int[][] spans = new int[raws.size()][];
            for (int i = 0; i < spans.length; i++) spans[i] = new int[] {raws.get(i).contentStart(), raws.get(i).contentEnd()};
            java.util.Arrays.sort(spans, (a, b) -> Integer.compare(a[0], b[0]));
            starts = new int[spans.length];
            maxEnd = new int[spans.length];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < spans.length; i++) {
                starts[i] = spans[i][0];
                max = Math.max(max, spans[i][1]);
                maxEnd[i] = max;
            }
        }

        /** True when some content [s, e) has s < end and e > start. */
        boolean overlaps(int start, int end) {
            int lo = 0, hi = starts.length - 1, last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) { last = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return last >= 0 && maxEnd[last] > start;
        }
    }

    /** True when the quote's words (its spaces plus one) number at least {@code n}: the count stops there. */
    private static boolean atLeastWords(String text, QuoteSpan q, int n) {
        int words = 1;
        for (int i = q.contentStart(); i < q.contentEnd() && words < n; i++) if (text.charAt(i) == ' ') words++;
        return words >= n;
    }

    /** The index of the block holding {@code offset} (blocks in text order): a binary search. */
    private static int blockOf(List<Block> blocks, int offset) {
        int lo = 0, hi = blocks.size() - 1, best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }

    /** The index of the last quote list read on this thread: the resolver asks about one list many times. */
    private static final ThreadLocal<QuoteIndex> LAST_QUOTES = new ThreadLocal<>();

    /** True when quoted words make up at least half of {@code [start, end)}. {@code quotes} sorted by start. */
    static boolean isDirect(List<QuoteSpan> quotes, int start, int end) {
        if (end <= start) return false;
        QuoteIndex index = LAST_QUOTES.get();
        if (index == null || !index.indexes(quotes)) {
            index = new QuoteIndex(quotes);
            LAST_QUOTES.set(index);
        }
        return index.quotedChars(start, end) * 2 >= end - start;
    }
}
