package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcelight.analysis.sources.Speaker.Cls;
import org.sourcelight.analysis.sources.Speaker.Gender;
import org.sourcelight.model.Mention;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.ResolvedBy;
import org.sourcelight.model.Source;

/**
 * Decides who is speaking in each attribution and groups the attributions by speaker. Works through the article in
 * order, remembering who was mentioned last: "he"/"she" is the last person of that gender, "it" the last body that
 * spoke, "the ministry"/"the top Russian diplomat" the last matching speaker (or, for a role with no earlier match,
 * the person named in the next paragraphs), a surname the full name given before.
 */
final class SpeakerResolver {
    private final SourceLexicons lex;
    private final SourceGrader grader;

    SpeakerResolver(SourceLexicons lex) {
        this.lex = lex;
        this.grader = new SourceGrader();
    }

    /** A speaker being built: what is known about them and their attributions so far. */
    static final class Entity {
        Cls cls;
        String name;
        String role = "";
        String organization = "";
        String country = "";
        String head = "";
        Gender gender = Gender.UNKNOWN;
        boolean named;
        boolean state;
        boolean spoke;
        /** What the article shows of a one-word name: a person ("he said", a title, a role) or a body ("said it"). */
        boolean personEvidence, bodyEvidence;
        /** The person who answers in a question-and-answer interview ("A: …"). */
        boolean interviewee;
        /** An appositive headed by a word for a body follows the name ("Bike Winnipeg, an advocacy group,"). */
        boolean namedBody;
        /** A description that means no person and names nothing ("the deal", "the meeting"): no pronoun means it. */
        boolean nobody;
        int lastSeen = -1;
        /** Where the entity was named, in text order: names, speaker phrases, pronouns resolved to it. */
        final List<Integer> seenAt = new ArrayList<>();
        /** The positions of {@link #seenAt} where it is the speaker of an attribution. */
        final java.util.Set<Integer> spokeAt = new java.util.HashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        private String keyName, key;
        /** Where the key's last word starts (0 for a one-word key), kept with the key. */
        private int keyLastWord;

        /** The name's lookup key ({@link SpeakerResolver#key(String)}), kept until the name changes. */
        String key() {
            if (keyName != name) {
                keyName = name;
                key = SpeakerResolver.key(name);
                keyLastWord = key.lastIndexOf(' ') + 1;
            }
            return key;
        }

        /** True when the key's last word is {@code word} (without making the substring). */
        boolean keyEndsWithWord(String word) {
            String k = key();
            return k.length() - keyLastWord == word.length() && k.startsWith(word, keyLastWord);
        }

        /** The key is one word. */
        boolean oneWordKey() {
            key();
            return keyLastWord == 0;
        }

        void seen(int at) {
            lastSeen = Math.max(lastSeen, at);
            seenAt.add(at);
        }

        Entity(Speaker s) {
            cls = s.cls() == Cls.PRONOUN ? Cls.ANONYMOUS : s.cls();
            name = s.name();
            head = s.head();
            named = s.named();
            state = s.state();
            absorb(s);
        }

        void absorb(Speaker s) {
            if (role.isEmpty()) role = s.role();
            if (organization.isEmpty()) organization = s.organization();
            if (country.isEmpty()) country = s.country();
            if (gender == Gender.UNKNOWN) gender = s.gender();
            state |= s.state();
        }
    }

    private record Resolution(Entity entity, ResolvedBy by) {}

    /**
     * Where the sentences start and which sentences open with a pronoun subject ("He attended the rally, though ...
     * Sanders."): a name later in such a sentence is not what a following pronoun of that gender means.
     */
    record Layout(int[] sentenceStarts, Map<Integer, Lead> pronounLedSentences, Map<Integer, Integer> mainClauseStarts,
                  java.util.Set<Integer> subjectStarts, java.util.Set<Integer> quotedNames, java.util.Set<Speaker> loneNames,
                  Map<Integer, Integer> questioned, java.util.Set<Integer> roleOwners, String text,
                  Map<Integer, Speaker> bodySubjects) {
        static final Layout NONE = new Layout(new int[0], Map.of(), Map.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), Map.of(),
                java.util.Set.of(), "", Map.of());

        Layout(int[] sentenceStarts, Map<Integer, Lead> pronounLedSentences, Map<Integer, Integer> mainClauseStarts,
               java.util.Set<Integer> subjectStarts, java.util.Set<Integer> quotedNames, java.util.Set<Speaker> loneNames,
               Map<Integer, Integer> questioned, java.util.Set<Integer> roleOwners, String text) {
            this(sentenceStarts, pronounLedSentences, mainClauseStarts, subjectStarts, quotedNames, loneNames, questioned, roleOwners, text, Map.of());
        }

        int sentenceAt(int offset) {
            int lo = 0, hi = sentenceStarts.length - 1, best = 0;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sentenceStarts[mid] <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return best;
        }
    }

    /** A sentence's pronoun subject: its pronoun tag ("person-male" …) and where it stands. */
    record Lead(String tag, int at) {}

    List<Source> resolve(List<RawMention> raws, List<Speaker> registrations, List<QuoteSpan> quotes) {
        return resolve(raws, registrations, quotes, Layout.NONE);
    }

    List<Source> resolve(List<RawMention> raws, List<Speaker> registrations, List<QuoteSpan> quotes, Layout layout) {
        List<Entity> entities = new ArrayList<>();
        Map<RawMention, Entity> byRaw = new IdentityHashMap<>();
        int r = 0, g = 0;
        while (r < raws.size() || g < registrations.size()) {
            if (g < registrations.size() && (r >= raws.size() || registrations.get(g).start() < raws.get(r).anchor())) {
                register(entities, registrations.get(g++), layout);
                continue;
            }
            RawMention m = raws.get(r);
            Resolution res;
            if (m.speaker() == null) {
                Entity e = byRaw.get(m.continues());
                res = new Resolution(e, ResolvedBy.CONTINUED_QUOTE);
            } else {
                res = resolve(entities, m.speaker(), raws, r, registrations, layout);
                if (res.entity() != null && isRelativePronoun(m.speaker().phrase()) && res.by() != ResolvedBy.ROLE_NOUN) {
                    res = new Resolution(res.entity(), ResolvedBy.PRONOUN); // "Khan, who said": the name before the comma
                }
            }
            if (res.entity() != null) {
                if (m.speaker() != null) usage(res.entity(), m, layout);
                byRaw.put(m, res.entity());
                res.entity().spoke = true;
                res.entity().seen(m.anchor());
                if (m.speaker() != null) res.entity().spokeAt.add(m.anchor());
                res.entity().mentions.add(toMention(m, res.by(), quotes));
            }
            r++;
        }
        mergeSurnames(entities);
        for (Entity e : entities) if (e.namedBody && e.cls == Cls.PERSON && e.named && e.role.isEmpty()) e.cls = Cls.ORG;
        int checked = 0;
        for (Entity e : entities) {
            if (!isWeakName(e) || e.mentions.isEmpty()) continue;
            if (e.bodyEvidence) { e.cls = Cls.ORG; continue; } // "Opta said it ...": a body
            // news introduces a person by full name or title: a one-word name the article never writes after a
            // given name, a title, an initial or a role is a body ("Opta said"), or the outlet of that name
            // ("Sputnik said"); a bounded number of names is checked per article
            if (checked++ >= MAX_NAME_CHECKS || layout.text().isEmpty() || writtenAsPersonName(layout.text(), e.name)) continue;
            e.cls = lex.ambiguousOutlets.contains(e.name) ? Cls.MEDIA : Cls.ORG;
        }
        inheritCountries(entities);
        List<Entity> spoken = new ArrayList<>();
        for (Entity e : entities) if (!e.mentions.isEmpty()) spoken.add(e);
        for (Entity e : spoken) e.mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        spoken.sort(Comparator.comparingInt(e -> e.mentions.get(0).start()));
        List<Source> out = new ArrayList<>();
        for (Entity e : spoken) out.add(grader.grade(e));
        return out;
    }

    /**
     * A person-like name given by one word only ("Opta", "Variety", "Carson"), which the article has not shown to be
     * a person: no given name, role, title, gender or full name.
     */
    private boolean isWeakName(Entity e) {
        return e.cls == Cls.PERSON && e.named && e.name.indexOf(' ') < 0 && e.gender == Gender.UNKNOWN && e.role.isEmpty()
                && !e.personEvidence && !lex.givenNames.containsKey(SourceLexicons.lower(e.name));
    }

    /** True when {@code [a, b)} holds the word "I" (or "I'm", "I've" ...), "me" or "my". */
    private static boolean firstPersonSingular(String text, int a, int b) {
        char[] cs = new char[b - a]; // the stretch read once (decision 66)
        text.getChars(a, b, cs, 0);
        for (int i = 0; i < cs.length; i++) {
            if (i > 0 && letter(cs[i - 1])) continue;
            char ch = cs[i];
            int e = i;
            while (e < cs.length && letter(cs[e])) e++;
            int n = e - i;
            if (n == 1 && ch == 'I' || n == 2 && (ch == 'm' && cs[i + 1] == 'e' || (ch == 'm' || ch == 'M') && cs[i + 1] == 'y')) return true;
            if (e > i) i = e - 1;
        }
        return false;
    }

    /** {@link Character#isLetter}, with the ASCII answer read first. */
    private static boolean letter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** A space inside a line (a no-break space too), not a line break. */
    private static boolean isBlank(char c) { return c != '\n' && (c == ' ' || Character.isSpaceChar(c)); }

    /** How many one-word names per article are looked up in the text ({@link #writtenAsPersonName}). */
    private static final int MAX_NAME_CHECKS = 64;

    /**
     * True when the text writes {@code name} (as a whole word) right after a given name, a title ("Sen.", "Mr."), an
     * initial ("J."), a role noun ("spokesman Smith") or a capitalised word inside a sentence ("Leader Mitch
     * McConnell"): the marks of a person's name. Linear in the text.
     */
    private boolean writtenAsPersonName(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
            int w = at;
            while (w > 0 && isBlank(text.charAt(w - 1))) w--;
            if (w == at || w == 0) continue;
            int ws = w;
            while (ws > 0 && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.')) ws--;
            String before = text.substring(ws, w);
            String bare = before.endsWith(".") ? before.substring(0, before.length() - 1) : before;
            if (bare.isEmpty()) continue;
            String l = SourceLexicons.lower(bare);
            if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0)) && before.endsWith(".")) return true; // "J. Trump"
            if (lex.titles.contains(l) || lex.isRole(l)) return true;
            if (!Character.isUpperCase(bare.charAt(0)) || before.endsWith(".") || lex.functionWords.contains(l)) continue;
            if (lex.givenNames.containsKey(l)) return true;
            // "Mitch McConnell", "Senate Majority Leader Mitch McConnell": a capitalised word that does not open a
            // sentence ("The Opta data" does)
            int p = ws;
            while (p > 0 && isBlank(text.charAt(p - 1))) p--;
            if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1)) || p > 0 && text.charAt(p - 1) == ',') return true;
            // "Rep. Pat Schroeder": a title before the first name
            if (p > 1 && text.charAt(p - 1) == '.') {
                int q = p - 1;
                while (q > 0 && Character.isLetter(text.charAt(q - 1))) q--;
                if (q < p - 1 && lex.titles.contains(SourceLexicons.lower(text.substring(q, p - 1)))) return true;
            }
        }
        return false;
    }

    /**
     * What this attribution shows about who its speaker is: a title or role in the phrase, a he/she, make a person;
     * "said it ...", "said that its ..." or an appositive headed by an organisation noun ("Opta, a sports data
     * company, said") make a body.
     */
    private void usage(Entity e, RawMention m, Layout layout) {
        Speaker sp = m.speaker();
        if (sp.cls() == Cls.PRONOUN) {
            if (lex.pronouns.getOrDefault(sp.name(), "").startsWith("person-")) e.personEvidence = true;
            return;
        }
        if (!sp.role().isEmpty() || sp.gender() != Gender.UNKNOWN || sp.name().indexOf(' ') > 0
                || sp.phrase().indexOf('.') > 0 && sp.phrase().indexOf('.') < sp.phrase().indexOf(sp.name())) e.personEvidence = true;
        String text = layout.text();
        if (text.isEmpty() || !e.named) return;
        int cs = m.contentStart();
        if (cs >= 0 && cs < m.contentEnd() && m.contentEnd() <= text.length()) {
            String c = SourceLexicons.lower(text.substring(cs, Math.min(m.contentEnd(), cs + 12)));
            if (c.startsWith("it ") || c.startsWith("its ") || c.startsWith("that it ") || c.startsWith("that its ")) e.bodyEvidence = true;
            // "Symms said he has been impressed": the reported clause's pronoun subject is, in news, the speaker
            // ("said he would run"); a person of unknown gender takes its gender
            if (e.cls == Cls.PERSON && e.gender == Gender.UNKNOWN && !m.cue().isEmpty()
                    && !(e.oneWordKey() && SpeakerParser.regularPlural(e.key()))) { // "Allies say that he": a group
                if (c.startsWith("he ") || c.startsWith("that he ")) e.gender = Gender.MALE;
                else if (c.startsWith("she ") || c.startsWith("that she ")) e.gender = Gender.FEMALE;
            }
            // a speaker quoted saying "I" or "my" is a person
            if (firstPersonSingular(text, cs, Math.min(m.contentEnd(), cs + 600))) e.personEvidence = true;
        }
        int nameEnd = sp.phrase().indexOf(sp.name());
        if (nameEnd >= 0) {
            String rest = sp.phrase().substring(nameEnd + sp.name().length());
            // "Sian from Swansea writes", "Dave from Leeds said": readers and passers-by are given by first name and
            // home town; a body is "in" or "of" a place (decision 110)
            if (rest.length() > 6 && rest.startsWith(" from ") && Character.isUpperCase(rest.charAt(6))) e.personEvidence = true;
            if (rest.startsWith(",")) {
                boolean org = false, role = false;
                for (String w : NOT_NAME_CHARS.split(rest.substring(1))) {
                    String l = SourceLexicons.lower(w);
                    if (lex.orgNouns.contains(l)) org = true;
                    if (lex.isRole(l)) role = true;
                }
                if (org && !role) e.bodyEvidence = true;
                if (role) e.personEvidence = true;
                // "Bike Winnipeg, an advocacy group, said": an appositive headed by a word for a body ("a group",
                // "the Toronto-based charity") says the name is a body's, though it has two capitalised words
                String part = rest.substring(1);
                int comma = part.indexOf(',');
                String[] ws = NOT_NAME_CHARS.split((comma >= 0 ? part.substring(0, comma) : part).strip());
                String first = SourceLexicons.lower(e.name.indexOf(' ') > 0 ? e.name.substring(0, e.name.indexOf(' ')) : e.name);
                if (org && !role && ws.length >= 2 && lex.orgNouns.contains(SourceLexicons.lower(ws[ws.length - 1]))
                        && ARTICLES.contains(SourceLexicons.lower(ws[0])) && !lex.givenNames.containsKey(first)) e.namedBody = true;
            }
        }
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    /** What separates the words of an appositive after a name (anything but letters and hyphens). */
    private static final java.util.regex.Pattern NOT_NAME_CHARS = java.util.regex.Pattern.compile("[^\\p{L}-]+");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    private void register(List<Entity> entities, Speaker s, Layout layout) {
        if (layout.loneNames().contains(s)) {
            // a lone capitalised word inside a clause: a mention of a person named in full before, or nothing
            Entity e = findPerson(entities, s.name(), s.gender());
            if (e != null && e.name.indexOf(' ') > 0 && e.lastSeen != s.start()) e.seen(s.start());
            return;
        }
        if (layout.quotedNames().contains(s.start())) {
            // a full name inside a quotation: who a later surname means, not yet present for a pronoun
            Entity known = findPerson(entities, s.name(), s.gender());
            if (known == null) entities.add(new Entity(s));
            else if (known.name.indexOf(' ') < 0) known.name = s.name(); // "Mr. Trump" is the "Donald Trump" quoted
            return;
        }
        Entity e = s.cls() == Cls.PERSON ? findPerson(entities, s.name(), s.gender()) : findByName(entities, s.cls(), s.name());
        if (e == null) e = namingDocument(entities, s, layout);
        if (e == null) {
            // a bare capitalised word only refreshes a known name; a full name with a given name is a new person
            // ... and so is a lone name that is the subject of its sentence ("Carson defied the question.")
            boolean subject = s.cls() == Cls.PERSON && s.name().indexOf(' ') < 0 && layout.subjectStarts().contains(s.start());
            // ... and so is a name after a person's title ("Pres. Obama's press conference", "Mrs. Clinton's")
            String title = s.cls() == Cls.PERSON && s.role().isEmpty() && s.name().indexOf(' ') < 0 ? titleBefore(layout.text(), s.start()) : "";
            if (s.cls() == Cls.PERSON && s.role().isEmpty() && !(s.name().indexOf(' ') > 0 && s.gender() != Gender.UNKNOWN) && !subject
                    && title.isEmpty()) return;
            e = new Entity(s);
            if (title.equals("mr")) e.gender = Gender.MALE;
            else if (title.equals("mrs") || title.equals("ms") || title.equals("miss")) e.gender = Gender.FEMALE;
            entities.add(e);
        } else if (s.cls() == Cls.PERSON && e.name.indexOf(' ') < 0 && s.name().length() > e.name.length()) {
            e.name = s.name();
        }
        e.absorb(s);
        e.seen(s.start());
    }

    /**
     * The titles of abbreviations.txt that stand before a person's name (not "St.", "Mt.", "Inc.", "No."), and "miss"
     * and "president" written out.
     */
    private static final java.util.Set<String> PERSON_TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "gen", "lt",
            "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "coun", "cpl", "det", "insp", "supt", "cmdr", "atty",
            "pres", "president");

    /** The person's title (lower case, no dot) written right before {@code at} ("Pres. ", "Mrs. "), or "". */
    private static String titleBefore(String text, int at) {
        int p = at;
        while (p > 0 && isBlank(text.charAt(p - 1))) p--;
        if (p == at || p == 0) return "";
        if (text.charAt(p - 1) == '.') p--;
        int q = p;
        while (q > 0 && letter(text.charAt(q - 1))) q--;
        if (q == p || !Character.isUpperCase(text.charAt(q)) || q > 0 && letter(text.charAt(q - 1))) return "";
        String t = SourceLexicons.lower(text.substring(q, p));
        return PERSON_TITLES.contains(t) ? t : "";
    }

    private Resolution resolve(List<Entity> entities, Speaker s, List<RawMention> raws, int index, List<Speaker> registrations, Layout layout) {
        switch (s.cls()) {
            case PRONOUN -> {
                Entity subject = subjectBodyBefore(entities, s, layout);
                if (subject != null) return new Resolution(subject, ResolvedBy.PRONOUN);
                Entity e = pronoun(entities, s, layout);
                if (e == null) e = cataphora(entities, s, raws, index, registrations, layout);
                if (e != null) return new Resolution(e, ResolvedBy.PRONOUN);
                return new Resolution(create(entities, unresolvedPronoun(s)), null);
            }
            case PERSON -> {
                if (s.named()) {
                    Entity e = findPerson(entities, s.name(), s.gender());
                    boolean given = false;
                    if (e == null) given = (e = byGivenName(entities, s)) != null;
                    if (e == null) return new Resolution(create(entities, s), null);
                    ResolvedBy by = given ? ResolvedBy.GIVEN_NAME : s.name().indexOf(' ') < 0 && e.name.indexOf(' ') > 0 ? ResolvedBy.SURNAME : null;
                    if (e.name.indexOf(' ') < 0 && s.name().indexOf(' ') > 0) e.name = s.name();
                    e.absorb(s);
                    return new Resolution(e, by);
                }
                return reference(entities, s, raws, index, registrations, layout);
            }
            case ORG, DOCUMENT, MEDIA -> {
                if (!s.named()) return reference(entities, s, raws, index, registrations, layout);
                Entity prior = namingDocument(entities, s, layout);
                if (prior != null) return new Resolution(prior, null);
                return new Resolution(findOrCreate(entities, s), null);
            }
            default -> {
                return new Resolution(findOrCreate(entities, s), null);
            }
        }
    }

    /** "the ministry", "the top Russian diplomat", "Syria's foreign minister": back to a match, else forward. */
    private Resolution reference(List<Entity> entities, Speaker s, List<RawMention> raws, int index, List<Speaker> registrations, Layout layout) {
        if (s.cls() == Cls.PERSON && s.head().equals(INTERVIEWEE)) {
            Entity e = interviewee(entities, s);
            if (e != null) return new Resolution(e, ResolvedBy.INTERVIEW);
        }
        // "The officials, who requested anonymity, said": a plural description is a group, never one named person
        if (s.isReference() && !(s.cls() == Cls.PERSON && pluralRole(s.head()))) {
            Entity best = null;
            long bestKey = Long.MIN_VALUE;
            for (Entity e : entities) {
                if (e.nobody || e.seenAt.isEmpty() || e.cls != s.cls() || !compatible(e.country, s.country()) || !matchesReference(s, e)) continue;
                long key = salience(e, s.start(), "", layout);
                if (best == null || key > bestKey) { best = e; bestKey = key; }
            }
            // "the company" after GunBroker.com spoke, "the governor" after Pence: the most present named one of its
            // kind when it was named in the last two sentences; else a name just after ("Russia's military chief
            // said ... Valery Gerasimov"); else the most present one however far back. A body of a particular kind
            // ("the utility", "the airline") is not guessed from whichever body was named last: only the generic
            // words for a body are
            // A description whose head is no word for a person ("the meeting", "the deal", "the result") is never
            // guessed to be the person named last or next; it still means one whose role it repeats
            boolean guess = s.cls() != Cls.PERSON || personHead(s.head());
            // "A source close to the star told …" then "The insider added": a word writers use for a speaker they do
            // not name means an unnamed source of that kind said before, or one of its own; it is never guessed to be
            // a person the article named (the star's trainer, named two sentences up)
            if (best == null && lex.anonymousHeads.contains(s.head()) && containsWord(s.phrase(), s.head())) {
                Entity unnamed = unnamedSource(entities, s, layout);
                // the source keeps its own description: "the insider" adds no role to "a source close to the star"
                if (unnamed != null) return new Resolution(unnamed, ResolvedBy.ROLE_NOUN);
                return new Resolution(findOrCreate(entities, s), null);
            }
            Entity near = best == null && guess && isBareDescription(s) && (s.cls() != Cls.ORG || GENERIC_BODY_HEADS.contains(s.head()))
                    ? lastNamed(entities, s, layout) : null;
            if (near != null && layout.sentenceAt(s.start()) - (int) (salience(near, s.start(), "", layout) >> 34) <= 2) best = near;
            // "Trump's Son Says ..." (a headline), then "his son said ...", then "Eric Trump, son of the candidate,":
            // a description owned by a pronoun means the person next introduced in that role rather than an earlier
            // description that names nobody
            if (best != null && !best.named && s.cls() == Cls.PERSON && ownedByPronoun(s)) {
                Entity named = forward(entities, s, raws, index, registrations, layout);
                if (named != null) best = named;
            }
            if (best == null && guess && (s.cls() == Cls.PERSON || s.cls() == Cls.MEDIA)) best = forward(entities, s, raws, index, registrations, layout);
            if (best == null) best = near;
            if (best != null) {
                best.absorb(s);
                return new Resolution(best, ResolvedBy.ROLE_NOUN);
            }
            // ... and it is no person a later "he" or "she" could mean
            if (!guess) {
                Entity e = findOrCreate(entities, s.withCls(Cls.ANONYMOUS));
                e.nobody = true;
                return new Resolution(e, null);
            }
        }
        return new Resolution(findOrCreate(entities, s), null);
    }

    /**
     * True when a description's head can mean a person: a role ("the spokesman", "the senator"), a word the article
     * uses for a role ("the diplomat"), a word for a man or a woman ("the actress", "the father") or the head of an
     * unnamed source ("the official"). "The meeting" and "the result" mean no person, whatever was named near them.
     */
    private boolean personHead(String head) { return SpeakerParser.personHead(lex, head); }

    /**
     * A definite description that names nobody and could mean a speaker named before: "the company", "the
     * newspaper", or for a person up to four words with no post-modifier or country ("the governor", "the
     * billionaire business mogul", "the Republican presidential candidate"); longer descriptions ("the Russian
     * embassy in Washington") stay their own.
     */
    private static boolean isBareDescription(Speaker s) {
        String p = s.phrase().strip().toLowerCase(Locale.ROOT);
        if (!p.startsWith("the ") || !s.country().isEmpty()) return false;
        if (s.cls() == Cls.ORG || s.cls() == Cls.MEDIA) return p.indexOf(' ', 4) < 0;
        if (s.cls() != Cls.PERSON) return false;
        String[] w = BLANKS.split(p);
        if (w.length > 5) return false;
        for (String x : w) if (x.equals("of") || x.equals("for") || x.equals("in") || x.equals("at") || x.equals("from")
                || x.equals("with") || x.equals("to") || x.equals("on") || x.equals("and") || Token.possessiveLength(x) > 0) return false;
        return true;
    }

    /**
     * "according to a new poll" ... "The PPIC poll shows": a definite named document of a kind the article has cited
     * without a name, and no entity of that name yet, names that document. Returns it renamed, or null.
     */
    private Entity namingDocument(List<Entity> entities, Speaker s, Layout layout) {
        if (s.cls() != Cls.DOCUMENT || !s.named() || !s.definite() || findByName(entities, s.cls(), s.name()) != null) return null;
        Entity prior = unnamedDocument(entities, s, layout);
        if (prior == null) return null;
        prior.name = s.name();
        prior.named = true;
        prior.absorb(s);
        return prior;
    }

    /**
     * The most present document the article has cited without a name ("a new poll") that a definite named one of
     * the same kind ("The PPIC poll") names: the article names the document it has been citing.
     */
    private Entity unnamedDocument(List<Entity> entities, Speaker s, Layout layout) {
        Entity best = null;
        long bestKey = Long.MIN_VALUE;
        for (Entity e : entities) {
            if (e.cls != Cls.DOCUMENT || e.named || !e.spoke || !matchesReference(s, e)) continue;
            long key = salience(e, s.start(), "", layout);
            if (key > bestKey) { best = e; bestKey = key; }
        }
        return best;
    }

    /**
     * The most present unnamed source an anonymous-source word can mean: one with the same head ("the official" after
     * "a senior official"), or for "the insider" / "the source" (and "the aide" / "the official") one described by
     * either word, said before in the last three sentences. Null when there is none.
     */
    private Entity unnamedSource(List<Entity> entities, Speaker s, Layout layout) {
        String head = singular(s.head());
        Entity best = null;
        long bestKey = Long.MIN_VALUE;
        for (Entity e : entities) {
            if (e.named || e.nobody || !e.spoke) continue;
            String h = singular(e.head);
            if (!h.equals(head) && !(SOURCE_WORDS.contains(h) && SOURCE_WORDS.contains(head))
                    && !(OFFICIAL_WORDS.contains(h) && OFFICIAL_WORDS.contains(head))) continue;
            long key = salience(e, s.start(), "", layout);
            if (key > bestKey) { best = e; bestKey = key; }
        }
        if (best == null || layout.sentenceAt(s.start()) - (int) (bestKey >> 34) > 3) return null;
        return best;
    }

    /** The head a question-and-answer label "A:" gives the person interviewed (see AttributionFinder.labelSpeaker). */
    private static final String INTERVIEWEE = "person interviewed";

    /**
     * "Katharine Morrow studies extreme weather … We spoke to her …" then "Q: …" "A: …": the person who answers is
     * the one person the article named in full before the first answer; every later "A:" is that person too. Null
     * when no one or more than one person was named in full before it.
     */
    private Entity interviewee(List<Entity> entities, Speaker s) {
        Entity only = null;
        for (Entity e : entities) {
            if (e.interviewee) return e;
            if (e.cls != Cls.PERSON || !e.named || e.nobody || e.name.indexOf(' ') < 0 || e.seenAt.isEmpty() || e.seenAt.get(0) >= s.start()) continue;
            if (only != null) return null;
            only = e;
        }
        if (only != null) only.interviewee = true;
        return only;
    }

    /** The words for an unnamed source that mean one another ("a source close to …" … "the insider"). */
    private static final java.util.Set<String> SOURCE_WORDS = java.util.Set.of("source", "insider");
    /** "a White House official who spoke anonymously …" … "The aide declined": words for one unnamed official. */
    private static final java.util.Set<String> OFFICIAL_WORDS = java.util.Set.of("official", "aide");

    private static String singular(String head) {
        return SpeakerParser.regularPlural(head) ? head.substring(0, head.length() - 1) : head;
    }

    /** The most present named entity of the description's kind (see {@link #salience}), of a compatible gender and country. */
    private Entity lastNamed(List<Entity> entities, Speaker s, Layout layout) {
        Entity best = null;
        long bestKey = Long.MIN_VALUE;
        for (Entity e : entities) {
            if (!e.named || e.nobody || e.cls != s.cls() || !compatible(e.country, s.country())) continue;
            if (otherGender(s.gender(), e.gender)) continue;
            long key = salience(e, s.start(), "", layout);
            if (key > bestKey) { best = e; bestKey = key; }
        }
        return best;
    }

    /** A role with no earlier match ("Russia's military chief said ...") and the person named just after it. */
    private Entity forward(List<Entity> entities, Speaker s, List<RawMention> raws, int index, List<Speaker> registrations, Layout layout) {
        int block = raws.get(index).block();
        for (int k = index + 1; k < raws.size() && raws.get(k).block() <= block + 1; k++) {
            Speaker o = raws.get(k).speaker();
            if (o == null || o.cls() != s.cls() || !o.named() || !compatible(o.country(), s.country())) continue;
            // a one-word name is not how a person is introduced ("According to Variety" is no mogul)
            if (o.cls() == Cls.PERSON && o.name().indexOf(' ') < 0 && o.role().isEmpty()) continue;
            // "his son said ..." then "Eric Trump, son of the candidate,": an owner's relative or aide is the next
            // person introduced in that role, not just the next name
            if (ownedByPronoun(s) && !containsWord(o.role(), s.head())) continue;
            Entity e = s.cls() == Cls.PERSON ? findPerson(entities, o.name()) : findByName(entities, o.cls(), o.name());
            if (e == null) e = create(entities, o);
            e.absorb(o);
            return e;
        }
        // "his son said ..." then "Eric Trump, son of the candidate, talked politics": a person introduced in that
        // role in the next sentences, outside an attribution
        if (s.cls() != Cls.PERSON || !ownedByPronoun(s) || layout.text().isEmpty()) return null;
        int sentence = layout.sentenceAt(s.start());
        int lo = 0, hi = registrations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (registrations.get(mid).start() <= s.end()) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < registrations.size(); k++) {
            Speaker o = registrations.get(k);
            if (layout.sentenceAt(o.start()) - sentence > 3) break;
            if (o.cls() != Cls.PERSON || !o.named() || o.name().indexOf(' ') < 0 || !containsWord(o.role(), s.head())) continue;
            Entity e = findPerson(entities, o.name());
            if (e == null) e = create(entities, o);
            e.absorb(o);
            return e;
        }
        return null;
    }

    private boolean matchesReference(Speaker s, Entity e) {
        List<String> targets = lex.roleReferences.getOrDefault(s.head(), List.of(s.head()));
        // "the bill" is no person: a word of a person's role ("sponsor of the bill") does not make it one
        boolean byRole = e.cls != Cls.PERSON || personHead(s.head());
        for (String t : targets) {
            if (t.equals("*")) return e.cls == Cls.PERSON && (e.named || !e.role.isEmpty());
            if (byRole && containsWord(e.role, t) || containsWord(e.name, t) || e.head.equals(t)) return true;
        }
        return false;
    }

    /** Words that stand for any body, of whatever kind ("the company said", "the group said"). */
    private static final java.util.Set<String> GENERIC_BODY_HEADS = java.util.Set.of("company", "firm", "group",
            "organization", "organisation", "corporation", "business", "campaign", "agency");

    /** True when both genders are known and differ. */
    private static boolean otherGender(Gender a, Gender b) {
        return a != Gender.UNKNOWN && b != Gender.UNKNOWN && a != b;
    }

    /** A plural role noun at a phrase's head: "officials", "the aides", "spokespeople", "the two men". */
    private boolean pluralRole(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (h.equals("people") || h.equals("men") || h.equals("women") || h.endsWith("people")) return true;
        if (h.endsWith("men") && lex.isRole(h.substring(0, h.length() - 3) + "man")) return true; // "spokesmen"
        return SpeakerParser.pluralOfRole(lex, h);
    }

    /** "his son", "her spokesman", "their lawyer": a description owned by a pronoun. */
    private static boolean ownedByPronoun(Speaker s) {
        String p = s.phrase().toLowerCase(Locale.ROOT);
        return p.startsWith("his ") || p.startsWith("her ") || p.startsWith("their ") || p.startsWith("its ");
    }

    /**
     * True when {@code words} (a role or name) holds {@code w} (one or more words) as whole words, case aside:
     * "son" is in "son of the candidate", not in "Johnson".
     */
    static boolean containsWord(String words, String w) {
        if (w.isEmpty()) return false;
        String hay = words.toLowerCase(Locale.ROOT);
        for (int at = hay.indexOf(w); at >= 0; at = hay.indexOf(w, at + 1)) {
            int end = at + w.length();
            if ((at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1))) && (end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end)))) return true;
        }
        return false;
    }

    private Entity pronoun(List<Entity> entities, Speaker s, Layout layout) {
        String tag = lex.pronouns.getOrDefault(s.name(), "");
        Entity best = null;
        long bestKey = Long.MIN_VALUE;
        for (Entity e : entities) {
            if (e.nobody) continue;
            boolean fits = switch (tag) {
                case "person-male" -> e.cls == Cls.PERSON && e.gender != Gender.FEMALE;
                case "person-female" -> e.cls == Cls.PERSON && e.gender != Gender.MALE;
                case "body" -> e.spoke && (e.cls == Cls.ORG || e.cls == Cls.COUNTRY || e.cls == Cls.DOCUMENT || e.cls == Cls.MEDIA
                        || isWeakName(e));
                default -> e.spoke && e.cls != Cls.PERSON && e.cls != Cls.VAGUE;
            };
            if (!fits) continue;
            long key = salience(e, s.start(), tag, layout);
            // within the same clause of the nearest sentence, a one-word name with nothing to show it is a person
            // comes after the people named there ("Rovers boss Anna Kowalski praised … she said": Kowalski, not
            // the team); a main clause still ranks before an opening subordinate one (see salience)
            if (key != Long.MIN_VALUE && tag.startsWith("person-") && isWeakName(e)) key -= 1L << 31;
            if (key > bestKey) { best = e; bestKey = key; }
        }
        if (best != null && best.gender == Gender.UNKNOWN && tag.startsWith("person-")) {
            best.gender = tag.equals("person-male") ? Gender.MALE : Gender.FEMALE;
        }
        if (best != null && tag.equals("body") && best.cls == Cls.PERSON) {
            best.cls = Cls.ORG; // "Opta said ... It added": the article speaks of the name as a body
            best.bodyEvidence = true;
        }
        return best;
    }

    /**
     * "The Environment Agency has issued 14 flood warnings. It said …": an "it" (or "they") opening its sentence means
     * the body named as the subject of the sentence right before, in the same paragraph (decision 110); null when
     * there is none.
     */
    private Entity subjectBodyBefore(List<Entity> entities, Speaker s, Layout layout) {
        if (layout.bodySubjects().isEmpty() || !lex.pronouns.getOrDefault(s.name(), "").equals("body")) return null;
        int sentence = layout.sentenceAt(s.start());
        Speaker body = layout.bodySubjects().get(sentence - 1);
        if (body == null || sentence <= 0) return null;
        String text = layout.text();
        int opens = layout.sentenceStarts()[sentence];
        for (int k = opens; k < s.start() && k < text.length(); k++) if (!Character.isWhitespace(text.charAt(k))) return null; // not its first word
        for (int k = body.end(); k < s.start() && k < text.length(); k++) if (text.charAt(k) == '\n') return null; // another paragraph
        Entity e = findByName(entities, body.cls(), body.name());
        if (e == null) {
            e = new Entity(body);
            entities.add(e);
        }
        return e;
    }

    /**
     * "After he blasted the film ..., Pastor Kevin Swanson has now ...": a "he"/"she" with nobody before it to mean,
     * in an opening subordinate clause, means the person the main clause names first (its subject), when that person
     * is named with a full name or a role and is of a fitting gender. A pronoun that has an antecedent keeps it.
     */
    private Entity cataphora(List<Entity> entities, Speaker s, List<RawMention> raws, int index, List<Speaker> registrations, Layout layout) {
        String tag = lex.pronouns.getOrDefault(s.name(), "");
        if (!tag.startsWith("person-") || layout.text().isEmpty()) return null;
        int sentence = layout.sentenceAt(s.start());
        Integer main = layout.mainClauseStarts().get(sentence);
        if (main == null || s.start() >= main) return null;
        Gender gender = tag.equals("person-male") ? Gender.MALE : Gender.FEMALE;
        Speaker first = null;
        for (int k = index + 1; k < raws.size(); k++) {
            Speaker o = raws.get(k).speaker();
            if (o == null) continue;
            if (layout.sentenceAt(o.start()) != sentence) break;
            if (o.start() >= main) { first = o; break; }
        }
        int lo = 0, hi = registrations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (registrations.get(mid).start() < main) lo = mid + 1; else hi = mid;
        }
        if (lo < registrations.size() && layout.sentenceAt(registrations.get(lo).start()) == sentence
                && (first == null || registrations.get(lo).start() < first.start())) first = registrations.get(lo);
        if (first == null || first.cls() != Cls.PERSON || !first.named() || otherGender(gender, first.gender())) return null;
        if (first.name().indexOf(' ') < 0 && first.role().isEmpty()) return null; // a bare surname introduces nobody
        Entity e = findPerson(entities, first.name(), first.gender());
        if (e == null) e = create(entities, first);
        if (e.gender == Gender.UNKNOWN) e.gender = gender;
        return e;
    }

    /**
     * How present a candidate is when a pronoun at {@code at} is read: the nearest sentence (this one up to the
     * pronoun, or an earlier one) that names it wins, and within that sentence the name standing first (its subject
     * rather than a name further on: "Trump thanked ... Corey Lewandowski. He said ..." means Trump). A name after a
     * pronoun subject of the same gender in its sentence does not count ("He attended the rally ... Sanders.").
     * Returns a key that orders candidates, larger is more salient; {@code Long.MIN_VALUE} when never named before.
     */
    private static long salience(Entity e, int at, String tag, Layout layout) {
        int sentence = -1;
        long first = Long.MAX_VALUE;
        for (int pos : e.seenAt) {
            if (pos >= at) continue;
            int k = layout.sentenceAt(pos);
            // "Hewitt asked Trump about statements he had made": the one questioned (or the owner of an occasion a
            // "when" clause describes), for a pronoun after it in the sentence, also one led by a pronoun
            Integer askedEnd = layout.questioned().get(pos);
            boolean questioned = askedEnd != null && askedEnd <= at && layout.sentenceAt(at) == k;
            if (!questioned && afterSameSubjectPronoun(layout, k, pos, tag)) continue;
            // a name in an opening subordinate clause ("When Maddow pointed out ..., Clinton seized") ranks after
            // the names of the main clause
            Integer main = layout.mainClauseStarts().get(k);
            // at one position the speaker outranks a name inside its phrase ("Trump's Indiana chairman, Rex Early,
            // said": Early, not Trump)
            // the owner of a role set before a name ("Trump's Indiana chairman, Rex Early,") ranks after the main clause
            boolean aside = main != null && pos < main || layout.roleOwners().contains(pos);
            long rank = questioned ? -1 : (aside ? 1L << 32 : 0) + 2L * pos - (e.spokeAt.contains(pos) ? 1 : 0);
            if (k > sentence) { sentence = k; first = rank; }
            else if (k == sentence && rank < first) first = rank;
        }
        if (sentence < 0) return Long.MIN_VALUE;
        return ((long) sentence << 34) - first;
    }

    private static boolean afterSameSubjectPronoun(Layout layout, int sentence, int pos, String tag) {
        Lead lead = layout.pronounLedSentences().get(sentence);
        return lead != null && lead.tag().equals(tag) && pos > lead.at();
    }

    /** "who" or "which" standing for the speaker named just before it ("Khizr Khan, who said"). */
    private static boolean isRelativePronoun(String phrase) {
        return phrase.equalsIgnoreCase("who") || phrase.equalsIgnoreCase("which");
    }

    private static Speaker unresolvedPronoun(Speaker s) {
        String n = "someone the article does not name (\"" + s.phrase() + "\")";
        return new Speaker(Cls.ANONYMOUS, s.start(), s.end(), s.phrase(), n, "", "", "", s.name(), s.gender(), false, false, false);
    }

    private Entity findOrCreate(List<Entity> entities, Speaker s) {
        Entity e = findByName(entities, s.cls(), s.name());
        if (e == null) return create(entities, s);
        e.absorb(s);
        return e;
    }

    private static Entity create(List<Entity> entities, Speaker s) {
        Entity e = new Entity(s);
        entities.add(e);
        return e;
    }

    private static Entity findByName(List<Entity> entities, Cls cls, String name) {
        String k = key(name);
        for (Entity e : entities) if (e.cls == cls && e.key().equals(k)) return e;
        return null;
    }

    /**
     * The person with this name, or whose surname this is (the first introduced of several), or whose surname-only
     * name this name completes.
     */
    private static Entity findPerson(List<Entity> entities, String name) {
        return findPerson(entities, name, Gender.UNKNOWN);
    }

    /** As {@link #findPerson(List, String)}, never a person of the other known gender ("Mrs. Clinton" is not Bill). */
    private static Entity findPerson(List<Entity> entities, String name, Gender gender) {
        String k = key(name);
        String last = lastWord(k);
        boolean oneWord = k.indexOf(' ') < 0;
        Entity partial = null;
        for (Entity e : entities) {
            if (e.cls != Cls.PERSON || !e.named || e.nobody) continue;
            String ek = e.key();
            if (otherGender(gender, e.gender) && !ek.equals(k)) continue;
            if (ek.equals(k)) return e;
            if (partial != null) continue; // only an exact match can change the answer now
            boolean surnameOfOther = oneWord && e.keyEndsWithWord(k);
            boolean otherIsSurname = e.oneWordKey() && ek.equals(last);
            // two people of one surname ("Donald Trump", later "Eric Trump"): the bare surname means the one the
            // article introduced first, as news style names the others by their full name
            if (surnameOfOther || otherIsSurname) partial = e;
        }
        return partial;
    }

    /**
     * "SOAP legend Carol Bright …" then "Carol told fans": a one-word name that is a given name means the one person
     * the article has named in full with it, when there is exactly one (tabloids and features name people by their
     * first name). Null when there is none or more than one.
     */
    private Entity byGivenName(List<Entity> entities, Speaker s) {
        String k = key(s.name());
        // a title or role makes the one word a surname ("Representative Brooks", "Mr. Glenn")
        if (k.indexOf(' ') >= 0 || !lex.givenNames.containsKey(k) || !s.role().isEmpty() || !s.phrase().strip().equals(s.name())) return null;
        Entity only = null;
        for (Entity e : entities) {
            if (e.cls != Cls.PERSON || !e.named || e.nobody || otherGender(s.gender(), e.gender)) continue;
            String ek = e.key();
            if (ek.length() <= k.length() || !ek.startsWith(k) || ek.charAt(k.length()) != ' ' || NAME_SUFFIXES.contains(lastWord(ek))) continue;
            if (only != null && !only.key().equals(ek)) return null;
            only = e;
        }
        return only;
    }

    private static final java.util.Set<String> NAME_SUFFIXES = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    /** A surname-only speaker named before the full name ("Schenker" ... "David Schenker") joins the full name. */
    private static void mergeSurnames(List<Entity> entities) {
        for (Entity full : entities) {
            if (full.cls != Cls.PERSON || full.name.indexOf(' ') < 0) continue;
            String surname = lastWord(full.key());
            for (Entity part : entities) {
                if (part == full || part.cls != Cls.PERSON || part.mentions.isEmpty() || part.name.indexOf(' ') >= 0) continue;
                if (!surname.equals(part.key())) continue;
                if (otherGender(full.gender, part.gender)) continue; // "Mr. Smith" is not Mary Smith
                full.mentions.addAll(part.mentions);
                part.mentions.clear();
            }
        }
    }

    /** An organisation's country passes to people and anonymous sources of that organisation. */
    private static void inheritCountries(List<Entity> entities) {
        Map<String, Entity> orgs = new HashMap<>();
        for (Entity e : entities) if (e.cls == Cls.ORG && !e.country.isEmpty()) orgs.put(key(e.name), e);
        for (Entity e : entities) {
            if (!e.country.isEmpty() || e.cls == Cls.ORG) continue;
            Entity o = orgs.get(key(e.organization));
            if (o == null) {
                String role = e.role.toLowerCase(Locale.ROOT);
                for (Entity org : orgs.values()) if (role.contains("the " + org.head)) o = org;
            }
            if (o != null) e.country = o.country;
        }
    }

    private static Mention toMention(RawMention m, ResolvedBy by, List<QuoteSpan> quotes) {
        Speaker s = m.speaker();
        boolean hasSpeaker = s != null && s.end() > s.start();
        boolean hasCue = m.cueEnd() > m.cueStart();
        boolean hasContent = m.contentEnd() > m.contentStart();
        int start = Integer.MAX_VALUE, end = Integer.MIN_VALUE;
        if (hasSpeaker) { start = Math.min(start, s.start()); end = Math.max(end, s.end()); }
        if (hasCue) { start = Math.min(start, m.cueStart()); end = Math.max(end, m.cueEnd()); }
        if (hasContent) { start = Math.min(start, m.contentStart()); end = Math.max(end, m.contentEnd()); }
        if (start == Integer.MAX_VALUE) { start = m.cueStart(); end = m.cueStart(); }
        return Mention.of(start, end, m.cue(),
                hasCue ? m.cueStart() : start, hasCue ? m.cueEnd() : start,
                hasSpeaker ? s.start() : start, hasSpeaker ? s.end() : start,
                hasContent ? m.contentStart() : start, hasContent ? m.contentEnd() : start,
                SourceExtractor.isDirect(quotes, m.contentStart(), m.contentEnd()), hasSpeaker ? s.phrase() : "", by, m.kind());
    }

    private static boolean compatible(String a, String b) { return a.isEmpty() || b.isEmpty() || a.equals(b); }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).strip();
        if (k.startsWith("the ")) k = k.substring(4);
        return k;
    }

    private static String lastWord(String k) {
        int sp = k.lastIndexOf(' ');
        return sp < 0 ? k : k.substring(sp + 1);
    }
}
