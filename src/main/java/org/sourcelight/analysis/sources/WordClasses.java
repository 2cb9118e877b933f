package org.sourcelight.analysis.sources;

import java.util.List;
import java.util.Set;

/**
 * The closed word classes the attribution rules read (auxiliaries, determiners, openers of a clause, prepositions
 * of a post-modifier …) and the tests of one token that use the lexicons: may it stand in a speaker's noun phrase,
 * is it a lower-case content word, an adverb, a title's dot. No part-of-speech tagger: the closed classes are what
 * is excluded (decision 0016). The sets are written here, not in a resource, because they are grammar, not
 * vocabulary: every entry is a function word of English.
 */
final class WordClasses {
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "would", "will", "then",
            "repeatedly", "later", "earlier", "further", "instead", "meanwhile", "again", "previously", "reportedly",
            "allegedly", "both", "too", "last", "once", "already", "now", "recently", "publicly", "angrily", "strongly");
    static final Set<String> BE = Set.of("been", "be", "being", "is", "are", "was", "were");
    static final Set<String> CONNECTORS = Set.of("of", "for", "in", "by", "from", "and");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Words that open a noun phrase and end the walk back from its head ("his aides", "some officials"). */
    static final Set<String> NP_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "these", "those", "some", "many", "most", "several", "both", "all", "other", "another",
            "each", "few", "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
            "hundreds", "thousands", "millions");
    /** Words between a subject and its verb that are not part of either ("Clinton herself said", "Carter however said"). */
    static final Set<String> INTERPOSED = Set.of("himself", "herself", "itself", "themselves", "however",
            "though", "too", "also", "alone", "instead");
    /** Words that open a sentence-initial adverbial ("On Wednesday, ...") rather than reported content. */
    static final Set<String> OPENERS = Set.of("on", "in", "last", "back", "separately", "speaking", "earlier",
            "later", "meanwhile", "this", "during", "after", "before", "at", "following", "yesterday", "today",
            "also", "however", "but", "and", "elsewhere", "since", "when", "while", "addressing",
            // sentence adverbs that open a clause before its subject ("Even so, Sanders said the plan would work")
            "even", "still", "yet", "instead", "nonetheless", "nevertheless", "indeed", "moreover", "furthermore",
            "regardless", "now", "again",
            // a source named before the clause ("According to Harbor Radio, Ortiz said ...")
            "according");
    /** Words allowed between a cue and its "that" ("said on Thursday that", "told reporters that"). */
    static final Set<String> BEFORE_THAT = org.sourcelight.text.Calendar.with(org.sourcelight.text.Calendar.WEEKDAYS, "on", "in", "at",
            "during", "last", "this", "earlier", "later", "also", "again", "today", "yesterday", "reporters", "journalists",
            "the", "press", "a", "news", "conference", "week",
            "statement", "interview", "email", "letter", "speech", "tweet", "post", "release", "call", "briefing",
            "an", "his", "her", "their", "its", "recent", "written", "televised", "phone", "radio", "night", "morning",
            "afternoon", "evening", "weekend", "month", "year", "ago", "him", "them", "us", "me", "with", "however",
            "repeatedly", "publicly", "privately", "separately", "previously", "recently", "then", "too", "flatly");
    /** Prepositions that join a post-modifier to a subject's head ("sources familiar with the matter"). */
    static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "with", "in", "at", "from", "to", "on", "close", "near", "among", "inside", "within", "under");
    /** Words after which a verb follows, never a noun ("they call", "will call", "to call"). */
    static final Set<String> BEFORE_VERB = Set.of("he", "she", "it", "they", "we", "i", "you", "who", "which", "that",
            "will", "would", "can", "could", "should", "may", "might", "must", "to", "did", "does", "do", "also", "often",
            "repeatedly", "never", "always", "now", "then", "still", "just", "only", "later", "again", "and");
    /** Words after which a verb's object is a reported clause ("whether", "to" + verb ...). */
    static final Set<String> COMPLEMENT_OPENERS = Set.of("that", "whether", "why", "how", "if", "what", "when",
            "where", "who", "to", "about");
    /** Words that show a clause follows (a subject and its verb): "added the deal was good", "added he would". */
    static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "will", "would", "could", "should",
            "can", "may", "might", "must", "has", "have", "had", "did", "does", "do", "he", "she", "they", "we", "i", "it",
            "there", "won't", "wasn't", "isn't", "aren't", "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "couldn't");
    /** Verbs of reporting or adding facts, whose "for/as/of" object is no statement ("reported a profit for the quarter", "added to her tally of medals"). */
    static final Set<String> FACT_VERBS = Set.of("add", "report", "announce", "post", "show", "find", "reveal", "confirm",
            "state", "declare", "indicate", "estimate", "charge", "disclose", "signal", "order");


    // Word classes of a lower-case form, as bits of Token.classes (classify): each bit is one test of the word lists,
    // read once per form of a document instead of once per token.
    /** May stand in a named speaker phrase (see {@link #acceptableWord}): a determiner, connector, speaker noun or modifier, a hyphenated word or a possessive. */
    static final int ACCEPTABLE = 1;
    /** A content word that may be a common noun (see {@link #commonNounWord}). */
    static final int COMMON_NOUN = 1 << 1;
    /** An adverb in -ly (see {@link #isAdverb}). */
    static final int ADVERB = 1 << 2;
    /** A form in -ed or -ing (see {@link #verbLike}). */
    static final int VERB_LIKE = 1 << 3;
    /** {@link SourceLexicons#isSpeakerNoun}. */
    static final int SPEAKER_NOUN = 1 << 4;
    /** {@link SourceLexicons#isRole}. */
    static final int ROLE = 1 << 5;
    /** A document noun ({@code document-nouns.txt}). */
    static final int DOCUMENT_NOUN = 1 << 6;
    /** A title abbreviation ({@code lex.titles}). */
    static final int TITLE = 1 << 7;
    /** {@link #NP_OPENERS}. */
    static final int NP_OPENER = 1 << 8;
    /** {@link #CONNECTORS}. */
    static final int CONNECTOR = 1 << 9;
    /** {@link #DETERMINERS}. */
    static final int DETERMINER = 1 << 10;
    /** The first word of a cue ({@code lex.cuesByFirstWord}). */
    static final int CUE_START = 1 << 11;
    /** A vague adverb or the first word of a vague phrase ({@code vague-sources.txt}). */
    static final int VAGUE_START = 1 << 12;
    /** A country word ({@code lex.countryWords}) or the first word of a two-word one ("south" of "south korea"). */
    static final int COUNTRY_START = 1 << 14;
    /** The lower-case form of the first word of a media name ({@code lex.mediaNamesByFirstWord}, which is keyed as written). */
    static final int MEDIA_START = 1 << 15;
    /** A word that makes a speaker phrase female ({@code lex.femaleWords} and "she"). */
    static final int FEMALE = 1 << 16;
    /** A word that makes a speaker phrase male ({@code lex.maleWords} and "he"). */
    static final int MALE = 1 << 17;
    // list memberships that only the bits above read
    private static final int MODIFIER = 1 << 20, NOT_COMMON = 1 << 21, LY_NOUN = 1 << 22;

    private final SourceLexicons lex;

    /** Every word of the lists {@link #classify} reads, with the bits of the lists it is in: one probe per form. */
    private final java.util.Map<String, Integer> listed = new java.util.HashMap<>();

    WordClasses(SourceLexicons lex) {
        this.lex = lex;
        // the words that are never a common noun: the function words, the first words of cues, and the auxiliaries,
        // forms of "be", interposed words and openers above
        list(lex.functionWords, NOT_COMMON);
        // ... except a cue form that is also a noun ("state", "report", "calls"): "the secretary of state said"
        java.util.Set<String> nounForms = new java.util.HashSet<>();
        for (java.util.List<SourceLexicons.Cue> cs : lex.cuesByFirstWord.values())
            for (SourceLexicons.Cue c : cs) if (c.nounToo() && c.words().size() == 1) nounForms.add(c.words().get(0));
        for (String w : lex.cueWords) if (!nounForms.contains(w)) listed.merge(w, NOT_COMMON, (a, b) -> a | b);
        list(BE, NOT_COMMON);
        list(AUXILIARIES, NOT_COMMON);
        list(INTERPOSED, NOT_COMMON);
        list(OPENERS, NOT_COMMON);
        list(lex.roleNouns, SPEAKER_NOUN | ROLE);
        list(lex.orgNouns, SPEAKER_NOUN);
        list(lex.documentNouns, SPEAKER_NOUN | DOCUMENT_NOUN);
        list(lex.mediaNouns, SPEAKER_NOUN);
        list(lex.vagueNouns, SPEAKER_NOUN);
        list(lex.anonymousHeads, SPEAKER_NOUN);
        list(lex.titles, TITLE);
        list(NP_OPENERS, NP_OPENER);
        list(CONNECTORS, CONNECTOR);
        list(DETERMINERS, DETERMINER);
        list(lex.cuesByFirstWord.keySet(), CUE_START);
        list(lex.vagueAdverbs, VAGUE_START);
        list(lex.vaguePhrasesByFirstWord.keySet(), VAGUE_START);
        list(lex.modifiers, MODIFIER);
        list(lex.anonymousModifiers, MODIFIER);
        list(lex.lyNouns, LY_NOUN);
        for (String k : lex.countryWords.keySet()) {
            listed.merge(k, COUNTRY_START, (a, b) -> a | b);
            if (k.indexOf(' ') > 0) listed.merge(k.substring(0, k.indexOf(' ')), COUNTRY_START, (a, b) -> a | b);
        }
        for (String k : lex.mediaNamesByFirstWord.keySet()) listed.merge(SourceLexicons.lower(k), MEDIA_START, (a, b) -> a | b);
        list(lex.femaleWords, FEMALE);
        list(List.of("she"), FEMALE);
        list(lex.maleWords, MALE);
        list(List.of("he"), MALE);
        int cap = 64;
        while (cap < 2 * listed.size()) cap <<= 1;
        keys = new String[cap];
        hashAndBits = new int[2 * cap];
        for (java.util.Map.Entry<String, Integer> e : listed.entrySet()) {
            if (e.getValue() == 0) continue; // a word of no class answers 0 unlisted too; a slot's bits are never 0
            int h = e.getKey().hashCode(), at = slot(h);
            while (keys[at] != null) at = (at + 1) & (cap - 1);
            keys[at] = e.getKey();
            hashAndBits[2 * at] = h;
            hashAndBits[2 * at + 1] = e.getValue();
        }
    }

    /**
     * {@link #listed} laid out flat for {@link #classify} (open addressing, linear probing; each slot's hash and
     * bits side by side): one probe without boxing for every form of every document. Only lists of a few thousand
     * words belong here, so that the table stays in the processor's cache (the given names, 7,000, are looked up
     * where a rule needs them).
     */
    private final String[] keys;
    private final int[] hashAndBits;

    private int slot(int h) { return (h ^ (h >>> 16)) & (keys.length - 1); }

    /** The list bits of {@code l}, 0 when it is in no list. */
    private int listBits(String l) {
        int h = l.hashCode();
        int[] hb = hashAndBits;
        for (int at = slot(h); ; at = (at + 1) & (keys.length - 1)) {
            // a slot's hash and bits share a cache line; its key is read only when the hash is the word's
            int bits = hb[2 * at + 1];
            if (bits == 0) return 0; // an empty slot
            if (hb[2 * at] == h && keys[at].equals(l)) return bits;
        }
    }

    private void list(java.util.Collection<String> words, int bits) {
        for (String w : words) listed.merge(w, bits, (a, b) -> a | b);
    }

    /** The word classes of a lower-case form: the bits above (and the list bits they are read from). */
    int classify(String l) {
        int c = listBits(l);
        int n = l.length();
        // the last three characters, 0 where the word is shorter: the suffix tests below read these
        char z = n > 0 ? l.charAt(n - 1) : 0, y = n > 1 ? l.charAt(n - 2) : 0, x = n > 2 ? l.charAt(n - 3) : 0;
        int hyphen = l.indexOf('-');
        boolean adverb = n > 5 && y == 'l' && z == 'y' && (c & LY_NOUN) == 0;
        if (adverb) c |= ADVERB;
        // a possessive ending: "'s" ("company's"), or a plural possessive's apostrophe ("visitors'", Token.possessive)
        boolean possessive = y == '\'' && z == 's' || n > 2 && y == 's' && z == '\'';
        if ((c & (DETERMINER | CONNECTOR | SPEAKER_NOUN | MODIFIER)) != 0 || hyphen > 0 || possessive) c |= ACCEPTABLE;
        if (n > 1 && !(x == 'n' && y == '\'' && z == 't') && (c & NOT_COMMON) == 0 && !adverb) c |= COMMON_NOUN;
        if (n > 4 && hyphen < 0 && (y == 'e' && z == 'd' || x == 'i' && y == 'n' && z == 'g')) c |= VERB_LIKE;
        return c;
    }

    /** May stand in a named speaker phrase: a capitalised word, a number, a bracket or an {@link #ACCEPTABLE} word. */
    boolean acceptableWord(Token y) {
        if (y.quoted()) return false;
        if (y.type() == Token.Type.OPEN || y.type() == Token.Type.CLOSE) return true;
        if (!y.isWord()) return false;
        if (y.capitalized() || y.digits()) return true;
        return y.has(ACCEPTABLE);
    }

    /**
     * A lower-case content word that may stand in a noun phrase: not a function word, not an attribution cue, not
     * an adverb in -ly. No part-of-speech tagger: the closed classes are what is excluded.
     */
    boolean commonNounWord(Token y) {
        if (!y.isWord() || y.quoted() || y.capitalized() || y.digits()) return false;
        return y.has(COMMON_NOUN);
    }

    static boolean verbLike(Token y) {
        return y.isWord() && !y.capitalized() && y.has(VERB_LIKE);
    }

    boolean isAdverb(Token y) {
        return y.has(ADVERB) && !y.capitalized();
    }

    /** The dot of a title abbreviation inside a name ("Lt." in "Police Lt. Tom Wilkison", "Mr." in "Mr. Hawes"). */
    boolean titleStop(List<Token> t, int i) {
        Token y = t.get(i);
        if (y.type() != Token.Type.STOP || !y.text().equals(".") || i == 0 || t.get(i - 1).end() != y.start()) return false;
        Token before = t.get(i - 1);
        boolean initial = before.capitalized() && before.text().length() == 1; // "Terry E. Branstad"
        if ((before.has(TITLE) || initial) && i + 1 < t.size() && t.get(i + 1).capitalized()
                && t.get(i + 1).sentence() == y.sentence()) return true;
        // a name's suffix: "Donald Trump Jr. said", "Martin Luther King Jr., the pastor,"
        return (before.lower().equals("jr") || before.lower().equals("sr")) && before.capitalized() && i >= 2
                && t.get(i - 2).isWord() && t.get(i - 2).capitalized() && i + 1 < t.size() && t.get(i + 1).sentence() == y.sentence();
    }

    boolean isHead(Token y) {
        if (y.type() == Token.Type.CLOSE || y.digits()) return true;
        if (!y.isWord() || y.quoted()) return false;
        return y.capitalized() || y.has(SPEAKER_NOUN);
    }

    boolean containsRole(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).isWord() && t.get(i).has(ROLE)) return true;
        return false;
    }

    boolean containsDocumentNoun(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) if (t.get(i).isWord() && t.get(i).has(DOCUMENT_NOUN)) return true;
        return false;
    }
}
