package org.sourcelight.analysis.sources;

import java.util.List;
import org.sourcelight.analysis.sources.Speaker.Cls;
import org.sourcelight.analysis.sources.Speaker.Gender;

/**
 * Reads a speaker phrase (a run of tokens found next to a cue) and says what kind of speaker it names, splitting
 * it into name, role, organisation and country. Rule-based over the lexicons; returns null when the phrase cannot
 * be a speaker ("the efforts", a lone date).
 */
final class SpeakerParser {
    private final SourceLexicons lex;
    private final WordClasses words;

    /** The first words of the two-word country names ("south" of "south korea"): no pair is looked up otherwise. */
    private final java.util.Set<String> countryPairStarts = new java.util.HashSet<>();

    SpeakerParser(SourceLexicons lex, WordClasses words) {
        this.lex = lex;
        this.words = words;
        for (String k : lex.countryWords.keySet()) if (k.indexOf(' ') > 0) countryPairStarts.add(k.substring(0, k.indexOf(' ')));
        for (String k : lex.countryNouns.keySet()) countryNounStarts.add(firstWord(k));
        for (String k : lex.institutions.keySet()) institutionStarts.add(firstWord(k));
    }

    /**
     * The first words of the country nouns (lower case) and of the institutions (as written): a phrase is looked up
     * whole in those lists (one string joined and lower-cased per parse) only when its first word starts an entry.
     */
    private final java.util.Set<String> countryNounStarts = new java.util.HashSet<>(), institutionStarts = new java.util.HashSet<>();

    private static String firstWord(String k) { return k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' ')); }

    /**
     * Conjunctions, subordinators and linking adverbs that open a clause, never a speaker phrase ("But Cox said",
     * "While Ramos said", "Meanwhile Zendaya ... spoke about").
     */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("but", "and", "while", "though",
            "although", "as", "when", "after", "before", "because", "since", "if", "then", "yet", "so", "whereas", "until",
            "meanwhile", "however", "still", "instead", "also", "now");

    /** English plurals without -s that name groups of people ("People close to the governor", "two men"). */
    private static final java.util.Set<String> IRREGULAR_PLURALS = java.util.Set.of("people", "men", "women", "children",
            "folks", "staff", "personnel", "police", "clergy", "youth", "faculty", "crew", "public");

    private static final java.util.Set<String> POSSESSIVE_PRONOUNS = java.util.Set.of("his", "her", "their", "its");

    private static boolean plural(String hw) {
        return IRREGULAR_PLURALS.contains(hw) || regularPlural(hw);
    }

    /** A lower-case word with a plural -s ending ("officials", "aides"; not "boss", "census", "analysis"). */
    static boolean regularPlural(String hw) {
        return hw.length() > 3 && hw.endsWith("s") && !hw.endsWith("ss") && !hw.endsWith("us") && !hw.endsWith("is");
    }

    /**
     * A name met outside an attribution ("Bill Clinton's hair was whiter"): like {@link #parse}, the name read
     * without a possessive ending (a speaker phrase never ends in one: "Bill Clinton's comments" is no speaker).
     */
    Speaker parseMentioned(String text, List<Token> t, int a, int b) {
        if (a >= b) return null;
        Token last = t.get(b - 1);
        if (b - a >= 2 && last.capitalized() && last.possessive() && last.text().length() > 3) {
            // "Bill Clinton's hair", "Donald Trump's victories": the name without its possessive
            List<Token> view = new java.util.ArrayList<>(t.subList(a, b));
            int n = last.text().length() - Token.possessiveLength(last.lower());
            String lower = last.lower().substring(0, n);
            view.set(b - 1 - a, new Token(last.start(), last.start() + n, last.text().substring(0, n), lower,
                    last.type(), last.quoted(), last.sentence(), words.classify(lower)));
            return parse(text, view, 0, b - a);
        }
        return parse(text, t, a, b);
    }

    /**
     * The document nouns of {@code document-nouns.txt} that name opinion research (a poll, a survey): such a
     * document is graded a document even when an outlet or a person ran it ("a CBS News poll", "a poll by X").
     */
    static final java.util.Set<String> POLL_NOUNS = java.util.Set.of("poll", "polls", "survey", "surveys", "polling");

    /** Adverbs that may stand between a subject and its verb or after a speaker ("she often said"). */
    static final java.util.Set<String> ADVERBS = java.util.Set.of("often", "still", "also", "later", "then", "again", "too",
            "already", "now", "once", "earlier", "first", "since", "instead", "however", "himself", "herself", "themselves", "itself");

    Speaker parse(String text, List<Token> t, int a, int b) {
        while (a < b - 1 && t.get(a).isWord() && CLAUSE_OPENERS.contains(t.get(a).lower())) a++;
        a = afterLeadingTime(t, a, b);
        if (b - a > 1 && t.get(a).isWord() && lex.pronouns.containsKey(t.get(a).lower())) {
            // "She often said", "he also told": the pronoun is the speaker, the adverbs after it are not
            boolean adverbs = true;
            for (int k = a + 1; k < b && adverbs; k++) {
                String l = t.get(k).lower();
                adverbs = t.get(k).isWord() && (ADVERBS.contains(l) || l.length() > 4 && l.endsWith("ly") && !lex.lyNouns.contains(l));
            }
            if (adverbs) b = a + 1;
        }
        // "Mrs. Clinton often says", "Sanders repeatedly said": adverbs before the cue are not part of the name
        while (b - a > 1 && t.get(b - 1).isWord() && !t.get(b - 1).capitalized() && !t.get(b - 1).quoted()
                && (ADVERBS.contains(t.get(b - 1).lower()) || t.get(b - 1).lower().length() > 4 && t.get(b - 1).lower().endsWith("ly")
                && !lex.lyNouns.contains(t.get(b - 1).lower()) && !lex.isSpeakerNoun(t.get(b - 1).lower()))) b--;
        if (t.get(a).isWord() && !t.get(a).quoted()) {
            // "She's a Sanders supporter but concedes ...": the subject is the pronoun of the contraction
            String l = t.get(a).lower();
            int n = Math.max(Token.possessiveLength(l), contractionLength(l));
            String p = n > 0 ? l.substring(0, l.length() - n) : "";
            String tag = n > 0 ? lex.pronouns.getOrDefault(p, "") : "";
            // "They've suggested", "they're endorsing": a group pronoun with its contracted auxiliary, as "he's" is
            if (tag.startsWith("person-") || tag.equals("group") && n > 0 && contractionLength(l) > 0) {
                int s0 = t.get(a).start(), e0 = s0 + p.length();
                return new Speaker(Cls.PRONOUN, s0, e0, text.substring(s0, e0), p, "", "", "", p,
                        tag.equals("person-female") ? Gender.FEMALE : tag.equals("person-male") ? Gender.MALE : Gender.UNKNOWN, false, false, false);
            }
        }
        int first = a;
        while (first < b && (t.get(first).is("the") || t.get(first).is("a") || t.get(first).is("an"))) first++;
        if (first < b && (incidentalCapital(t, first) || pluralWrittenLower(text, t, first, b))) {
            // "Aides said", "Police said", "His father said": capitalised only because the sentence starts there
            List<Token> view = new java.util.ArrayList<>(t.subList(a, b));
            Token x = view.get(first - a);
            view.set(first - a, new Token(x.start(), x.end(), x.lower(), x.lower(), x.type(), x.quoted(), x.sentence(), x.classes()));
            return parse(text, view, 0, b - a);
        }
        if (b - a == 1 && nationalityAlone(t.get(a))) {
            // "Cuban said", "English added": a nationality adjective is no subject on its own (the country speaks as
            // "Cuba", its people as "Cubans"), so the word is a surname
            Token y = t.get(a);
            return new Speaker(Cls.PERSON, y.start(), y.end(), y.text(), y.text(), "", "", "", y.lower(), Gender.UNKNOWN, true, false, false);
        }
        Speaker s = parseAs(text, t, a, b);
        if (s != null && (s.cls() == Cls.PERSON || s.cls() == Cls.ORG) && s.named() && (isBareWord(s.name()) || notAName(text, t, a, b))) return null;
        return s;
    }

    /**
     * Where the phrase starts after a time expression that opens it with no comma ("Last year Carol told fans",
     * "This week Mayor Jane Smith said", "In 2019 Senator Lee said", "Last month police said", "Yesterday Peter
     * Jones said"); {@code a} when there is none. A year, a season or a noun of time counts only after an opener
     * ("In 2019", "Last spring", "This week"; "2011 email", "Time magazine" are no time); a weekday or month after
     * an opener or before a plain word in lower case ("Monday police said"; not "Monday night's results"): alone
     * before a capital it may be a given name ("June Smith said"). The phrase's last word is never taken.
     */
    private int afterLeadingTime(List<Token> t, int a, int b) {
        int cut = a;
        // the opener may stand just before the phrase ("In 2019 Senator Lee said", read from "2019")
        boolean opened = a > 0 && t.get(a - 1).isWord() && t.get(a - 1).sentence() == t.get(a).sentence()
                && TIME_OPENERS.contains(t.get(a - 1).lower());
        for (int k = a; k < b - 1 && k < a + 4; k++) {
            Token x = t.get(k);
            if (!x.isWord() || x.possessive()) break;
            String w = x.lower();
            Token next = t.get(k + 1);
            boolean year = w.length() == 4 && w.chars().allMatch(Character::isDigit);
            boolean head = (SpeakerSpans.TIME_WORDS.contains(w) || year || SEASONS.contains(w)) && opened || OWN_TIME.contains(w) && k == a
                    || lex.calendarWords.contains(w) && (opened || next.isWord() && !next.possessive() && !lex.functionWords.contains(next.lower())
                    && Character.isLowerCase(next.text().charAt(0)) && !SpeakerSpans.TIME_WORDS.contains(next.lower()));
            if (head) { cut = k + 1; opened = true; }
            else if (TIME_OPENERS.contains(w) && cut == a || w.equals("the") && opened) opened = true;
            else break;
        }
        return cut;
    }

    /** Seasons: a time only after an opener ("last spring"), as "spring" and "fall" are other words too. */
    private static final java.util.Set<String> SEASONS = java.util.Set.of("spring", "summer", "autumn", "fall", "winter");
    /** Words that are a time of their own at the start of a sentence ("Yesterday", "Earlier"). */
    private static final java.util.Set<String> OWN_TIME = java.util.Set.of("yesterday", "today", "tonight", "earlier", "later");
    /** Words that open a time expression ("on Monday", "last year", "early Tuesday", "that night"). */
    private static final java.util.Set<String> TIME_OPENERS = java.util.Set.of("on", "in", "at", "during", "last", "this",
            "next", "that", "late", "early", "earlier", "later", "same");

    /** A capitalised word that is only a country's adjective ("Cuban", "French"), neither its name nor a noun for it. */
    private boolean nationalityAlone(Token y) {
        String l = y.lower();
        return y.isWord() && y.capitalized() && !y.quoted() && !y.possessive() && y.text().length() > 3
                && !y.text().equals(y.text().toUpperCase(java.util.Locale.ROOT))
                && lex.countryWords.containsKey(l) && !lex.countryNouns.containsKey(l);
    }

    /**
     * A one-word "name" that is a common word capitalised by its place ("However", "Asked", "Indeed", "Earlier"),
     * or a contraction ("I'm", "Don't"): the article writes it in lower case elsewhere and never with its capital
     * inside a sentence, or it is an adverb or participle form the article never capitalises mid-sentence.
     */
    private boolean notAName(String text, List<Token> t, int a, int b) {
        if (b - a != 1) return false;
        Token x = t.get(a);
        if (!x.capitalized() || x.text().length() < 2 || Character.isUpperCase(x.text().charAt(1))) return false;
        String l = x.lower();
        if (l.endsWith("n't") || l.endsWith("'m") || l.endsWith("'re") || l.endsWith("'d") || l.endsWith("'ve") || l.endsWith("'ll")) return true;
        WordForms forms = WordForms.of(text);
        if (forms.cappedInside(x.text()) || lex.givenNames.containsKey(l)) return false;
        return forms.writtenLower(l) || l.length() > 4 && (l.endsWith("ly") || l.endsWith("ing"));
    }

    /** A capitalised word at a sentence's (or a quotation's) start that is a common word, not a name. */
    private boolean incidentalCapital(List<Token> t, int i) {
        Token x = t.get(i);
        if (!x.capitalized() || x.text().length() < 2 || Character.isUpperCase(x.text().charAt(1))) return false;
        boolean opens = i == 0 || t.get(i - 1).sentence() != x.sentence() || t.get(i - 1).type() == Token.Type.COLON;
        if (!opens) return false;
        String l = x.lower();
        return lex.isSpeakerNoun(l) && !lex.institutions.containsKey(x.text()) || pluralOfRole(lex, l) || lex.functionWords.contains(l)
                || lex.modifiers.contains(l) || lex.anonymousModifiers.contains(l) || lex.commonModifiers.contains(l)
                || lex.quantifiers.contains(l);
    }

    /** "GunBroker.com", "MoveOn.org": a website speaks as a body. */
    private static boolean isWebAddress(String lower) {
        return lower.endsWith(".com") || lower.endsWith(".org") || lower.endsWith(".net") || lower.endsWith(".gov");
    }

    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 6) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i)) && w.charAt(i) != '.') return false;
        return true;
    }

    /**
     * "Prosecutors said", "Organizers of both conventions said": a plural at a sentence's start that the article
     * also writes in lower case is a common noun, not a name ("Sanders" is never written "sanders").
     */
    private boolean pluralWrittenLower(String text, List<Token> t, int i, int b) {
        Token x = t.get(i);
        if (!x.capitalized() || x.text().length() < 4 || !x.lower().endsWith("s") || x.lower().endsWith("ss")) return false;
        if (Character.isUpperCase(x.text().charAt(1))) return false;
        if (!(i == 0 || t.get(i - 1).sentence() != x.sentence() || t.get(i - 1).type() == Token.Type.COLON)) return false;
        if (i + 1 < b && t.get(i + 1).capitalized()) return false; // "Friends of the Earth"-like names go on capitalised
        return WordForms.of(text).writtenLower(x.lower());
    }


    /** "executives", "nurses", "coaches", "secretaries": the regular plural of a listed role noun. */
    static boolean pluralOfRole(SourceLexicons lex, String l) {
        if (!regularPlural(l)) return false;
        return lex.isRole(l.substring(0, l.length() - 1)) || l.endsWith("es") && lex.isRole(l.substring(0, l.length() - 2))
                || l.endsWith("ies") && lex.isRole(l.substring(0, l.length() - 3) + "y");
    }

    /** A name that is only a title, a number, a weekday or a month ("Mr", "Sen", "Friday", "2016") is no speaker. */
    private boolean isBareWord(String name) {
        if (name.strip().indexOf(' ') >= 0) return false; // two words or more (the test below, without its three strings)
        String n = SourceLexicons.lower(name.strip().replace(".", ""));
        if (n.isEmpty()) return true;
        if (n.indexOf(' ') >= 0) return false;
        return lex.titles.contains(n) || lex.calendarWords.contains(n) || allDigits(n)
                || lex.functionWords.contains(n);
    }

    private static boolean allDigits(String n) {
        for (int i = 0; i < n.length(); i++) if (!Character.isDigit(n.charAt(i))) return false;
        return true;
    }

    private Speaker parseAs(String text, List<Token> t, int a, int b) {
        int a0 = a;
        while (a < b && (t.get(a).is("the") || t.get(a).is("a") || t.get(a).is("an") || t.get(a).is("so-called"))) a++;
        boolean definite = a > a0 && t.get(a - 1).is("the");
        boolean indefinite = a > a0 && (t.get(a - 1).is("a") || t.get(a - 1).is("an"));
        if (a >= b) return null;
        int start = t.get(a0).start(), end = t.get(b - 1).end();
        String phrase = text.substring(start, end);
        String bare = text.substring(t.get(a).start(), end);
        if (b - a == 1 && lex.pronouns.containsKey(t.get(a).lower())) {
            return new Speaker(Cls.PRONOUN, start, end, phrase, t.get(a).lower(), "", "", "", t.get(a).lower(),
                    gender(t, a, b), false, false, false);
        }
        String country = country(t, a, b);
        Speaker partOf = partOfGroup(text, t, a, b, start, end, phrase, bare, country);
        if (partOf != null) return partOf;
        // "a statement by X", "a statement from the Turkish presidency", "The report published by SANA"
        for (int i = a + 1; i < b - 1; i++) {
            if (!(t.get(i).is("by") || t.get(i).is("from"))) continue;
            if (!containsAny(t, a, i, lex.documentNouns)) break;
            Speaker owner = parse(text, t, i + 1, b);
            if (owner == null) break;
            // "a statement by Sen. Lee" is Lee's words; "a poll by the Harbor Times" stays a poll, by its author
            if (((owner.cls() == Cls.PERSON && owner.named()) || owner.cls() == Cls.MEDIA) && !containsAny(t, a, i, POLL_NOUNS)) {
                return owner.withSpan(start, end, phrase);
            }
            return new Speaker(Cls.DOCUMENT, start, end, phrase, bare, "", owner.name(),
                    country.isEmpty() ? owner.country() : country, "statement", Gender.UNKNOWN, true, false, owner.state());
        }
        for (int i = a; i < b; i++) {
            // a vague noun is a speaker noun (WordClasses): most words need no probe
            if (t.get(i).has(WordClasses.SPEAKER_NOUN) && lex.vagueNouns.contains(t.get(i).lower()) && t.get(i).isWord()) {
                return new Speaker(Cls.VAGUE, start, end, phrase, bare, "", "", country, t.get(i).lower(),
                        Gender.UNKNOWN, false, false, false);
            }
        }
        // "a CBS News poll", "the latest Washington Post-ABC News poll": a poll is a document, the outlet that ran
        // it its author (the Outlets panel cites the outlet by its name), not the outlet speaking
        String media = POLL_NOUNS.contains(t.get(head(t, a, b)).lower()) ? null : mediaName(t, a, b);
        if (media != null) {
            return new Speaker(Cls.MEDIA, start, end, phrase, media, "", "", country, "outlet", Gender.UNKNOWN, true, false, false);
        }
        // the phrase's words joined by single spaces start with its first token: its lower-case form starts a country
        // noun, its written form an institution, or the phrase is neither
        String phraseWords = null;
        SourceLexicons.Country c = null;
        if (countryNounStarts.contains(t.get(a).lower())) {
            phraseWords = joined(t, a, b);
            c = lex.countryNouns.get(SourceLexicons.lower(phraseWords));
        }
        if (c != null) {
            return new Speaker(Cls.COUNTRY, start, end, phrase, c.name(), "", "", c.adjective(), "country",
                    Gender.UNKNOWN, true, false, true);
        }
        String inst = null;
        if (institutionStarts.contains(t.get(a).text())) {
            if (phraseWords == null) phraseWords = joined(t, a, b);
            inst = lex.institutions.get(phraseWords);
        }
        if (inst != null) {
            return new Speaker(Cls.ORG, start, end, phrase, phraseWords, "", "", inst, "institution",
                    Gender.UNKNOWN, true, definite, true);
        }
        Speaker countryBody = bodyNamedForCountry(text, t, a, b, definite, start, end, phrase, bare, country);
        if (countryBody != null) return countryBody;
        // "US Assistant Secretary of State David Schenker": a personal name at the very end, after a title
        int last = b - 1;
        int tail = nameRun(t, a, last);
        if (last - tail >= 1 && tail > a && (t.get(tail - 1).capitalized() || lex.isRole(t.get(tail - 1).lower()))
                && containsRole(t, a, tail)) {
            return person(text, t, a, tail, last, b, country, phrase);
        }
        // "Court of King's Bench Justice Laura Chen", "Court of Appeal Judge Ann Dunn": after an "of" that would make
        // the body the head, a full name at the very end that opens with a given name, right after a capitalised
        // title, is the speaker
        int given = givenNameRunStart(t, a, last);
        if (given > a + 2 && t.get(given - 1).capitalized() && t.get(given - 1).isWord() && Token.possessiveLength(t.get(given - 1).lower()) == 0
                && hasWord(t, a + 1, given - 1, "of")) {
            return person(text, t, a, given, last, b, country, phrase);
        }
        int h = head(t, a, b);
        Token head = t.get(h);
        String hw = head.lower();
        // "the governor", "Syria's foreign minister", "his son": a description that may mean someone named elsewhere
        boolean reference = definite || possessiveBefore(t, a, h) || h > a && POSSESSIVE_PRONOUNS.contains(t.get(a).lower());
        int run = nameRun(t, a, h);
        if (run <= h && !acronymFollows(t, h, b)) return person(text, t, a, run, h, b, country, phrase);
        if (lex.anonymousHeads.contains(hw) && (indefinite || plural(hw) && !hw.equals("police") && !definite || containsAny(t, a, h, lex.anonymousModifiers))) {
            String org = afterConnector(text, t, h, b);
            return new Speaker(Cls.ANONYMOUS, start, end, phrase, bare, "", org, country, hw, Gender.UNKNOWN,
                    false, false, false);
        }
        if (lex.mediaNouns.contains(hw) || hw.equals("agency") && h > a && t.get(h - 1).is("news")) {
            return new Speaker(Cls.MEDIA, start, end, phrase, bare, "", "", country, hw, Gender.UNKNOWN, false, reference, false);
        }
        if (lex.documentNouns.contains(hw)) {
            // "The PPIC poll", "a new Quinnipiac University survey": the capitalised words before the head name the
            // document by its author
            String author = reference || definite || indefinite ? documentAuthor(text, t, a, h) : "";
            return new Speaker(Cls.DOCUMENT, start, end, phrase, bare, "", author, country, hw, Gender.UNKNOWN,
                    head.capitalized() || !author.isEmpty(), reference, false);
        }
        if (lex.orgNouns.contains(hw) || acronymFollows(t, h, b)) {
            boolean named = head.capitalized() || acronymFollows(t, h, b);
            return new Speaker(Cls.ORG, start, end, phrase, bare, "", "", country, hw, Gender.UNKNOWN,
                    named, reference && !named, lex.stateOrgNouns.contains(hw) || lex.institutions.containsKey(head.text()));
        }
        if (lex.isRole(hw)) {
            int r = a;
            while (r < h && lex.countryWords.containsKey(t.get(r).lower())) r++;
            String role = text.substring(t.get(r).start(), end);
            return new Speaker(Cls.PERSON, start, end, phrase, bare, role, "", country, hw, gender(t, a, b),
                    false, reference, false);
        }
        return common(t, a0, a, h, b, definite, indefinite, reference, country, start, end, phrase, bare);
    }

    /**
     * Any other noun phrase with a common noun at its head: unnamed people described by role or group
     * ("Aides", "Former prosecutors", "a veteran Boston-based engineer", "46 percent of voters", "Mr. Sanders's
     * aides") are anonymous; a definite or possessive singular ("the campaign manager", "His father") is a
     * description that may point to a person named before.
     */
    private Speaker common(List<Token> t, int a0, int a, int h, int b, boolean definite, boolean indefinite, boolean reference,
                           String country, int start, int end, String phrase, String bare) {
        Token head = t.get(h);
        String hw = head.lower();
        if (head.digits() && hw.endsWith("-year-old") && (definite || reference)) {
            // "the 46-year-old": a person named before, described by age
            return new Speaker(Cls.PERSON, start, end, phrase, bare, bare, "", country, "person", Gender.UNKNOWN, false, true, false);
        }
        if (!head.isWord() || head.capitalized() || head.digits()) return null;
        if (lex.functionWords.contains(hw) || lex.cueWords.contains(hw) || lex.pronouns.containsKey(hw)
                || lex.quantifiers.contains(hw) || lex.commonModifiers.contains(hw)) return null;
        boolean plural = plural(hw);
        // "46 percent of voters" counts people; "the 54-year-old actress" describes one person by age
        boolean quantified = t.get(a).isWord() && lex.quantifiers.contains(t.get(a).lower()) || t.get(a).digits() && !isAge(t.get(a).lower());
        String owner = "";
        for (int i = a; i < h; i++) if (t.get(i).possessive() && t.get(i).capitalized()) owner = t.get(i).text().substring(0, t.get(i).text().length() - Token.possessiveLength(t.get(i).lower()));
        if (h == a && a == a0 && !plural) return null; // a bare singular word ("recent remarks") names nobody
        if (indefinite || plural || quantified || !definite && !reference) {
            return new Speaker(Cls.ANONYMOUS, start, end, phrase, bare, "", owner, country, hw, gender(t, a, b), false, false, false);
        }
        return new Speaker(Cls.PERSON, start, end, phrase, bare, bare, owner, country, hw, gender(t, a, b), false, true, false);
    }

    /**
     * The author named before a document's head ("The PPIC poll" → "PPIC", "a new Quinnipiac University survey"
     * → "Quinnipiac University"): a run of capitalised words right before the head that are no country, month,
     * weekday, possessive or title; "" when there is none.
     */
    private String documentAuthor(String text, List<Token> t, int a, int h) {
        int s = h;
        while (s - 1 >= a) {
            Token x = t.get(s - 1);
            String l = x.lower();
            if (!x.isWord() || !x.capitalized() || x.quoted() || x.possessive()
                    || lex.countryWords.containsKey(l) || lex.calendarWords.contains(l) || lex.titles.contains(l)
                    || lex.functionWords.contains(l)) break;
            s--;
        }
        return s < h ? text.substring(t.get(s).start(), t.get(h - 1).end()) : "";
    }

    /** An age used as a description: "54-year-old", "the 30-something". */
    private static boolean isAge(String lower) {
        return lower.endsWith("-year-old") || lower.endsWith("-something");
    }

    /** A person with a proper name, the words before the name split into country, organisation and role. */
    private Speaker person(String text, List<Token> t, int a, int run, int h, int b, String country, String phrase) {
        int end = t.get(b - 1).end(), start = end - phrase.length();
        String name = text.substring(t.get(run).start(), t.get(h).end());
        String org = "", role = "";
        int orgEnd = -1;
        for (int i = a; i < run; i++) if (lex.orgNouns.contains(t.get(i).lower())) orgEnd = i;
        // "Court of King's Bench Justice Laura Chen": the body's "of" name runs up to the title before the name
        if (orgEnd >= 0 && orgEnd + 2 < run && t.get(orgEnd + 1).is("of")) orgEnd = run - 2;
        if (run - 1 >= a && run > 0 && t.get(run - 1).isWord() && Character.isLowerCase(text.charAt(t.get(run - 1).start()))
                && lex.mediaNouns.contains(t.get(run - 1).lower()) && !lex.givenNames.containsKey(t.get(run).lower())) {
            // "Italian outlet Corriere", "the Reformist newspaper Shargh", "the daily Sabah": a word for an outlet right
            // before a name with no given name says the name is that outlet's (decision 110)
            return new Speaker(Cls.MEDIA, start, end, phrase, name, "", "", country, "outlet", Gender.UNKNOWN, true, false, false);
        }
        if (orgEnd >= a && orgEnd == run - 1 && t.get(orgEnd).isWord() && Character.isLowerCase(text.charAt(t.get(orgEnd).start()))
                && !lex.givenNames.containsKey(t.get(run).lower()) && !lex.titles.contains(t.get(run).lower().replace(".", ""))) {
            // "Brokerage firm Motilal Oswal", "industry body SIAM", "the lender HSBC": a word for a body right before
            // a name with no given name says the name is that body's, not a person's (decision 110)
            int r = a;
            while (r < run && lex.countryWords.containsKey(t.get(r).lower())) r++;
            String kind = r < run ? text.substring(t.get(r).start(), t.get(run - 1).end()) : "";
            return new Speaker(Cls.ORG, start, end, phrase, name, kind, "", country, t.get(h).lower(), Gender.UNKNOWN, true, false,
                    lex.stateOrgNouns.contains(t.get(orgEnd).lower()));
        }
        if (orgEnd >= 0) {
            org = text.substring(t.get(a).start(), t.get(orgEnd).end());
            if (orgEnd + 1 < run) role = text.substring(t.get(orgEnd + 1).start(), t.get(run - 1).end());
        } else if (run > a) {
            int r = a;
            while (r < run && lex.countryWords.containsKey(t.get(r).lower())) r++;
            if (r < run) role = text.substring(t.get(r).start(), t.get(run - 1).end());
        }
        if (run == h && (isAcronym(t.get(h).text()) || isWebAddress(t.get(h).lower())) && role.isEmpty()) {
            // "DNC", "FBI": an all-capital name is a body, not a person
            return new Speaker(Cls.ORG, start, end, phrase, name, "", "", country, t.get(h).lower(), Gender.UNKNOWN, true, false, false);
        }
        boolean bodyWordAndName = orgEnd == a && run == a + 1 && run == h && role.isEmpty()
                && !lex.givenNames.containsKey(t.get(h).lower()) && Character.isUpperCase(text.charAt(t.get(a).start()));
        if (bodyWordAndName || run < h && role.isEmpty() && bodyAcronymName(t, run, h)) {
            // "Police Scotland": a body word and a place, no role, no given name: the body's name
            // "NHS England", "HSBC Holdings": a body's acronym with a place or a company word, and no given name
            String body = bodyWordAndName ? text.substring(t.get(a).start(), t.get(h).end()) : name;
            return new Speaker(Cls.ORG, start, end, phrase, body, "", "", country, t.get(h).lower(), Gender.UNKNOWN, true, false, false);
        }
        Gender g = gender(t, a, b);
        if (g == Gender.UNKNOWN && run < h) g = lex.givenNames.getOrDefault(t.get(run).lower(), Gender.UNKNOWN);
        return new Speaker(Cls.PERSON, start, end, phrase, name, role, org, country, t.get(h).lower(), g,
                true, false, false);
    }

    /**
     * "Environment Canada", "Statistics Canada", "Air Canada", "Cancer Research UK": capitalised words, none a given
     * name, title, role or country word, before a country's name (or its capital-letter short name) name a body, not
     * a person and not the country. Null when the phrase is not of that shape.
     */
    private Speaker bodyNamedForCountry(String text, List<Token> t, int a, int b, boolean definite, int start, int end,
                                        String phrase, String bare, String country) {
        if (b - a < 2 || b - a > 5) return null;
        Token last = t.get(b - 1);
        if (!last.isWord() || !last.capitalized()) return null;
        SourceLexicons.Country c = lex.countryNouns.get(last.lower());
        if (c == null || !(last.lower().equals(SourceLexicons.lower(c.name())) || isAcronym(last.text()))) return null;
        for (int i = a; i < b - 1; i++) {
            Token x = t.get(i);
            String l = x.lower();
            // the written capital counts: "Statistics Canada said" opens a sentence with a word that is also a noun
            if (!x.isWord() || !Character.isUpperCase(text.charAt(x.start())) || x.quoted() || x.digits() || lex.givenNames.containsKey(l)
                    || lex.titles.contains(l.replace(".", "")) || lex.isRole(l) || lex.countryWords.containsKey(l)
                    || lex.functionWords.contains(l) || lex.cueWords.contains(l) || x.possessive()) {
                return null; // "Say Mexico demanded …" is no body
            }
        }
        return new Speaker(Cls.ORG, start, end, phrase, bare, "", "", country.isEmpty() ? c.adjective() : country,
                t.get(a).lower(), Gender.UNKNOWN, true, definite, false);
    }

    /** Pronouns for a group already mentioned, after "one of" ("One of them said"). */
    private static final java.util.Set<String> GROUP_PRONOUNS = java.util.Set.of("them", "us", "those", "these");

    /**
     * "One of them said", "Two of the officials said", "Some of the experts say", "One of Trump's advisers said": a
     * count of an unnamed group is that group's kind, anonymous or vague, never a named person nor nobody. Null when
     * the phrase is not a count followed by "of".
     */
    private Speaker partOfGroup(String text, List<Token> t, int a, int b, int start, int end, String phrase, String bare,
                                String country) {
        if (b - a < 3 || !t.get(a + 1).is("of") || !t.get(a).isWord()) return null;
        String q = t.get(a).lower();
        if (!lex.quantifiers.contains(q) && !(t.get(a).digits() && !isAge(q))) return null;
        if (b - a == 3 && GROUP_PRONOUNS.contains(t.get(a + 2).lower())) {
            return new Speaker(Cls.ANONYMOUS, start, end, phrase, bare, "", "", country, t.get(a + 2).lower(), Gender.UNKNOWN,
                    false, false, false);
        }
        Speaker rest = parse(text, t, a + 2, b);
        if (rest == null || rest.named() && rest.cls() != Cls.ORG) return null;
        if (rest.cls() == Cls.VAGUE) {
            return new Speaker(Cls.VAGUE, start, end, phrase, bare, "", "", country, rest.head(), Gender.UNKNOWN, false, false, false);
        }
        if (rest.cls() == Cls.ANONYMOUS || rest.cls() == Cls.PERSON && !rest.named()) {
            return new Speaker(Cls.ANONYMOUS, start, end, phrase, bare, "", rest.organization(), country, rest.head(),
                    Gender.UNKNOWN, false, false, false);
        }
        return null;
    }

    /** The words after a phrase's head that start its post-modifier (see {@link #head}). */
    private static final java.util.Set<String> HEAD_ENDERS = java.util.Set.of("of", "for", "in", "at", "with", "from", "close",
            "familiar", "near", "among", "to", "on");

    /**
     * True when the name {@code [run, h]} holds an acronym of three or more capitals ("NHS", "HSBC") and no word of
     * it is a given name: people's names carry initials of one or two letters ("TJ Holmes"), a body's name its
     * acronym.
     */
    private boolean bodyAcronymName(List<Token> t, int run, int h) {
        boolean acronym = false;
        for (int i = run; i <= h; i++) {
            String w = t.get(i).text();
            if (lex.givenNames.containsKey(t.get(i).lower())) return false;
            if (w.length() >= 3 && isAcronym(w) && w.indexOf('.') < 0) acronym = true;
        }
        return acronym;
    }

    /** The head word: the last word before the first "of/for/in/at/with/from", skipping a trailing number. */
    private int head(List<Token> t, int a, int b) {
        int h = b - 1;
        for (int i = a + 1; i < b; i++) {
            Token x = t.get(i);
            if (x.isWord() && HEAD_ENDERS.contains(x.lower())) { h = i - 1; break; }
        }
        while (h > a && (t.get(h).type() == Token.Type.CLOSE || t.get(h).type() == Token.Type.OPEN || !t.get(h).isWord())) h--;
        // "(CAR)" after a name: the name ends before the bracket
        for (int i = a + 1; i <= h; i++) if (t.get(i).type() == Token.Type.OPEN) { h = i - 1; break; }
        if (t.get(h).digits() && h > a) h--;
        return h;
    }

    /**
     * The first token of a personal name ending at {@code h}: capitalised words that are not role, organisation,
     * document or media words nor a country. Returns {@code h + 1} when the head is not a name.
     */
    private int nameRun(List<Token> t, int a, int h) {
        int i = h;
        if (surnameLikeCountry(t, a, i)) i--; // "David French", "Michael Jordan": a surname that is also a country word
        while (i >= a && isNameWord(t.get(i)) && !(i < h && titleBeforeName(t.get(i)))) i--;
        int run = i + 1;
        if (run <= h && h - run + 1 > 4) {
            // a long capitalised run ("Former Hewlett-Packard CEO Carly Fiorina"): the name starts at its given name
            int given = -1;
            for (int k = run; k < h; k++) if (lex.givenNames.containsKey(t.get(k).lower())) given = k;
            if (given >= 0 && h - given + 1 <= 4) return given;
        }
        if (run > h || h - run + 1 > 4) return h + 1;
        if (h - run + 1 >= 3 && !lex.givenNames.containsKey(t.get(run).lower())) {
            // "Benghazi Widow Dorothy Woods" (a headline in title case): the name starts at its given name
            for (int k = run + 1; k < h; k++) if (lex.givenNames.containsKey(t.get(k).lower()) && t.get(k).text().length() > 2) return k;
        }
        // "Assistant Secretary of State David Schenker", "Independent MP for Sydney Alex Greenhalgh": a three-word run
        // after "of" or "for" starts with the office's object (a place may be a given name too: "Sydney")
        if (h - run + 1 >= 3 && run > a && (t.get(run - 1).is("of") || t.get(run - 1).is("for"))) run++;
        return run;
    }

    /**
     * A capitalised country or nationality word right after a given name ("David French", "Michael Jordan",
     * "Anna English") is that person's surname, not where they are from.
     */
    private boolean surnameLikeCountry(List<Token> t, int a, int i) {
        if (i <= a || i >= t.size()) return false;
        Token x = t.get(i), g = t.get(i - 1);
        return x.isWord() && x.capitalized() && !x.digits() && lex.countryWords.containsKey(x.lower()) && g.isWord()
                && g.capitalized() && lex.givenNames.containsKey(g.lower()) && !lex.countryWords.containsKey(g.lower())
                && (i - 1 == 0 || t.get(i - 2).sentence() != g.sentence() || !t.get(i - 2).possessive());
    }

    /**
     * The start of a name of two or three words ending at {@code last} whose first word is a listed given name
     * ("Laura Chen", "Mary Ann Dunn"); -1 when there is none.
     */
    private int givenNameRunStart(List<Token> t, int a, int last) {
        for (int k = last - 1; k >= Math.max(a, last - 2); k--) {
            if (!isNameWord(t.get(k)) || !isNameWord(t.get(last))) return -1;
            if (lex.givenNames.containsKey(t.get(k).lower())) return k;
        }
        return -1;
    }

    private static boolean hasWord(List<Token> t, int a, int b, String w) {
        for (int i = a; i < b; i++) if (t.get(i).is(w)) return true;
        return false;
    }

    /**
     * True for a title before a name, written with or without its dot ("Mr Miles", "Det Insp Jane Roe", "Gov. Fallin"):
     * British and Australian style drop the dot, and the title opens the name, it is no part of it. A name's suffix
     * ("Jr", "Sr"), the "St" of a saint or a place, and a title that is also a given name stay in it.
     */
    private boolean titleBeforeName(Token x) {
        String l = x.lower();
        return lex.titles.contains(l) && !NAME_PARTS_IN_TITLES.contains(l) && !lex.givenNames.containsKey(l);
    }

    /**
     * Words of the title list that may belong to a name: a suffix ("Martin Luther King Jr"), a saint's or place's
     * "St", and "Gen", also a Japanese given name ("Japan's Defense Minister Gen Nakatani" in US copy).
     */
    private static final java.util.Set<String> NAME_PARTS_IN_TITLES = java.util.Set.of("jr", "sr", "st", "gen");

    private boolean isNameWord(Token x) {
        if (!x.isWord()) return false;
        String l = x.lower();
        if (l.startsWith("al-")) return true;
        if (!x.capitalized() || x.digits()) return false;
        return !x.has(WordClasses.SPEAKER_NOUN) && !lex.countryWords.containsKey(l) && !lex.modifiers.contains(l)
                && !lex.pronouns.containsKey(l) && !l.equals("the") && !lex.institutions.containsKey(x.text())
                && Token.possessiveLength(l) == 0;
    }

    private static boolean acronymFollows(List<Token> t, int h, int b) {
        return h + 3 < b + 1 && h + 2 < b && t.get(h + 1).type() == Token.Type.OPEN && t.get(h + 2).isWord()
                && t.get(h + 2).text().equals(t.get(h + 2).text().toUpperCase(java.util.Locale.ROOT))
                && !partyAndState(t.get(h + 2).text());
    }

    /**
     * A US politician's party and state in brackets after the name ("D-S.C.", "R-Texas", "I-Vt."): one party
     * letter, a hyphen, then the state. It says the name before it is a person, not an organisation's acronym.
     */
    static boolean partyAndState(String w) {
        return w.length() >= 4 && w.charAt(1) == '-' && "DRI".indexOf(w.charAt(0)) >= 0 && Character.isUpperCase(w.charAt(2));
    }

    private static boolean possessiveBefore(List<Token> t, int a, int h) {
        for (int i = a; i < h; i++) if (t.get(i).possessive()) return true;
        return false;
    }

    /** The length of a contracted auxiliary ending a word ("'re", "'ve", "'ll", "'d"; "'s" is read as a possessive), or 0. */
    static int contractionLength(String lower) {
        int n = lower.length();
        if (n > 3 && apostrophe(lower.charAt(n - 3)) && (lower.endsWith("re") || lower.endsWith("ve") || lower.endsWith("ll"))) return 3;
        if (n > 2 && apostrophe(lower.charAt(n - 2)) && lower.endsWith("d")) return 2;
        return 0;
    }

    private static boolean apostrophe(char c) { return c == '\'' || c == '\u2019'; }

    /** The adjective of the first country word in the phrase ("Russia's", "US", "Syrian"), or "". */
    String country(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) {
            Token x = t.get(i);
            if (!x.capitalized() || !x.has(WordClasses.COUNTRY_START) || surnameLikeCountry(t, a, i)) continue; // no country word starts here: no probe
            if (i + 1 < b && t.get(i + 1).isWord() && countryPairStarts.contains(x.lower())) {
                SourceLexicons.Country two = lex.countryWords.get(x.lower() + " " + t.get(i + 1).lower());
                if (two != null) return two.adjective();
            }
            SourceLexicons.Country c = lex.countryWords.get(x.lower());
            if (c != null) return c.adjective();
        }
        return "";
    }

    private String mediaName(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!t.get(i).has(WordClasses.MEDIA_START)) continue; // no media name starts with this word: no probe
            List<SourceLexicons.MediaName> cands = lex.mediaNamesByFirstWord.get(t.get(i).text());
            if (cands == null) continue;
            outer:
            for (SourceLexicons.MediaName m : cands) {
                int n = m.words().size();
                if (i + n > b) continue;
                for (int k = 1; k < n; k++) if (!t.get(i + k).text().equals(m.words().get(k))) continue outer;
                if (namesAnotherBody(t, i + n, b)) continue; // "the Reuters Institute", "The Guardian Council"
                return m.canonical();
            }
        }
        return null;
    }

    /**
     * {@code named} with the role a description of it gives ("the library's city librarian", "a transport economist
     * at the University of Sydney" → "transport economist at the University of Sydney"), or null when
     * the description is no noun phrase for one person: it must open with "a", "an", "the", a possessive or a
     * lower-case word and have a head that can mean a person ({@link #personHead}).
     */
    Speaker describedAs(String text, List<Token> t, Speaker named, int a, int b) {
        // "Donna Lages, 39, a waitress": an age before the description is no part of the role
        if (a + 2 < b && t.get(a).digits() && t.get(a + 1).type() == Token.Type.COMMA) a += 2;
        if (a >= b || !t.get(a).isWord() || t.get(a).digits()) return null;
        // the description ends at its first comma or relative clause ("director of X, which tracks …", "a lobbyist
        // who is …"); one that is only a relative clause ("who served as …") gives no role
        for (int k = a; k < b; k++) {
            Token y = t.get(k);
            if (y.type() == Token.Type.COMMA || y.isWord() && RELATIVES.contains(y.lower())) { b = k; break; }
        }
        if (a >= b) return null;
        Token first = t.get(a);
        if (first.capitalized() && !first.is("the") && !first.is("a") && !first.is("an") && !first.possessive()) return null;
        Speaker d = parse(text, t, a, b);
        if (d == null || d.named() || !(d.cls() == Cls.PERSON || d.cls() == Cls.ANONYMOUS) || !personHead(lex, d.head())
                || plural(d.head())) return null;
        int s = a;
        while (s < b && (t.get(s).is("the") || t.get(s).is("a") || t.get(s).is("an"))) s++;
        if (s >= b) return null;
        String role = text.substring(t.get(s).start(), t.get(b - 1).end());
        return new Speaker(named.cls(), named.start(), named.end(), named.phrase(), named.name(), role, named.organization(),
                named.country().isEmpty() ? d.country() : named.country(), named.head(),
                named.gender() == Gender.UNKNOWN ? d.gender() : named.gender(), true, named.definite(), named.state());
    }

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "whom", "whose", "which", "that");

    /**
     * True when a noun can mean a person: a role ("spokesman", "senator"), a word the article uses for a role
     * ("diplomat"), a word for a man or a woman ("actress", "father"), the head of an unnamed source ("official"),
     * or a noun with an ending English gives nouns for people ("developer", "governor", "realist", "historian",
     * "appointee", "neurosurgeon", "millionaire", "actress"). "The meeting" and "the result" mean no person.
     */
    static boolean personHead(SourceLexicons lex, String head) {
        if (lex.isRole(head) || lex.roleReferences.containsKey(head) || lex.femaleWords.contains(head)
                || lex.maleWords.contains(head) || lex.anonymousHeads.contains(head)) return true;
        for (String ending : PERSON_ENDINGS) if (head.length() > ending.length() + 2 && head.endsWith(ending)) return true;
        return false;
    }

    private static final List<String> PERSON_ENDINGS = List.of("er", "or", "ist", "ian", "ee", "eon", "aire", "ess");

    /**
     * True when the word at {@code k} (inside the phrase) is a capitalised noun for a body other than an outlet's own
     * unit (organisation nouns not tagged {@code +unit}): the media name before it starts that body's name.
     */
    private boolean namesAnotherBody(List<Token> t, int k, int b) {
        if (k >= b || !t.get(k).isWord() || !t.get(k).capitalized()) return false;
        String l = t.get(k).lower();
        if (t.get(k).text().equals(t.get(k).text().toUpperCase(java.util.Locale.ROOT))) return false; // "GOP" is no noun of this kind
        return lex.orgNouns.contains(l) && !lex.unitNouns.contains(l) && !lex.mediaNouns.contains(l);
    }

    private static String afterConnector(String text, List<Token> t, int h, int b) {
        int i = h + 1;
        if (i >= b - 1 || !(t.get(i).is("in") || t.get(i).is("at") || t.get(i).is("from") || t.get(i).is("with"))) return "";
        i++;
        if (t.get(i).is("the") && i + 1 < b) i++;
        return text.substring(t.get(i).start(), t.get(b - 1).end());
    }

    private Gender gender(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) {
            // the word classes hold the two lists: femaleWords and "she", maleWords and "he"
            if (t.get(i).has(WordClasses.FEMALE)) return Gender.FEMALE;
            if (t.get(i).has(WordClasses.MALE)) return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    private boolean containsRole(List<Token> t, int a, int b) { return words.containsRole(t, a, b); }

    private static boolean containsAny(List<Token> t, int a, int b, java.util.Set<String> words) {
        for (int i = a; i < b; i++) if (t.get(i).isWord() && words.contains(t.get(i).lower())) return true;
        return false;
    }

    private static String joined(List<Token> t, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (i > a) sb.append(' ');
            sb.append(t.get(i).text());
        }
        return sb.toString();
    }
}
