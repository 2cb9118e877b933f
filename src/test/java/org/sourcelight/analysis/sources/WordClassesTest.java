package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcelight.text.LexiconSet;

/**
 * The word classes worked out once per form ({@link WordClasses#classify}) say what the word lists say: every bit
 * equals the test of the lists it stands for, for every listed word and for words of other shapes. A list added to
 * one of those tests (say to {@link SourceLexicons#isSpeakerNoun}) and not to the classes fails here.
 */
class WordClassesTest {
    private final SourceLexicons lex = new SourceLexicons(LexiconSet.shipped());
    private final WordClasses words = new WordClasses(lex);

    private Set<String> probes() {
        Set<String> w = new HashSet<>();
        for (Set<String> s : List.of(lex.roleNouns, lex.orgNouns, lex.documentNouns, lex.mediaNouns, lex.vagueNouns,
                lex.anonymousHeads, lex.anonymousModifiers, lex.modifiers, lex.functionWords, lex.cueWords, lex.titles,
                lex.vagueAdverbs, lex.lyNouns, lex.quantifiers, lex.commonModifiers, lex.calendarWords,
                WordClasses.NP_OPENERS, WordClasses.CONNECTORS, WordClasses.DETERMINERS, WordClasses.BE,
                WordClasses.AUXILIARIES, WordClasses.INTERPOSED, WordClasses.OPENERS)) w.addAll(s);
        w.addAll(lex.vaguePhrasesByFirstWord.keySet());
        w.addAll(lex.cuesByFirstWord.keySet());
        w.addAll(lex.countryWords.keySet());
        for (String k : lex.countryWords.keySet()) if (k.indexOf(' ') > 0) w.add(k.substring(0, k.indexOf(' ')));
        w.addAll(lex.femaleWords);
        w.addAll(lex.maleWords);
        for (String k : lex.mediaNamesByFirstWord.keySet()) w.add(SourceLexicons.lower(k));
        w.addAll(List.of("", "a", "x", "russia's", "so-called", "-x", "quickly", "family", "reported", "running", "don't",
                "spokesman's", "visitors'", "well-known", "ed", "bed", "sing", "u.s.", ",", "\"", "2016", "ly", "nearly"));
        return w;
    }

    @Test
    void everyBitIsTheTestOfItsLists() {
        Set<String> notCommon = new HashSet<>(lex.functionWords);
        for (Set<String> s : List.of(lex.cueWords, WordClasses.BE, WordClasses.AUXILIARIES, WordClasses.INTERPOSED,
                WordClasses.OPENERS)) notCommon.addAll(s);
        // a one-word cue form that is also a noun ("state", "blasts") may be a common noun
        for (List<SourceLexicons.Cue> cs : lex.cuesByFirstWord.values())
            for (SourceLexicons.Cue c : cs) if (c.nounToo() && c.words().size() == 1 && !lex.functionWords.contains(c.words().get(0))
                    && !WordClasses.BE.contains(c.words().get(0)) && !WordClasses.AUXILIARIES.contains(c.words().get(0))
                    && !WordClasses.INTERPOSED.contains(c.words().get(0)) && !WordClasses.OPENERS.contains(c.words().get(0)))
                notCommon.remove(c.words().get(0));
        Set<String> countryPairStarts = new HashSet<>(), mediaStarts = new HashSet<>();
        for (String k : lex.countryWords.keySet()) if (k.indexOf(' ') > 0) countryPairStarts.add(k.substring(0, k.indexOf(' ')));
        for (String k : lex.mediaNamesByFirstWord.keySet()) mediaStarts.add(SourceLexicons.lower(k));
        for (String l : probes()) {
            Token y = new Token(0, Math.max(1, l.length()), l.isEmpty() ? "x" : l, l, Token.Type.WORD, false, 0, words.classify(l));
            boolean adverb = l.length() > 5 && l.endsWith("ly") && !lex.lyNouns.contains(l);
            assertEquals(lex.isSpeakerNoun(l), y.has(WordClasses.SPEAKER_NOUN), l);
            assertEquals(lex.isRole(l), y.has(WordClasses.ROLE), l);
            assertEquals(lex.documentNouns.contains(l), y.has(WordClasses.DOCUMENT_NOUN), l);
            assertEquals(lex.titles.contains(l), y.has(WordClasses.TITLE), l);
            assertEquals(WordClasses.NP_OPENERS.contains(l), y.has(WordClasses.NP_OPENER), l);
            assertEquals(WordClasses.CONNECTORS.contains(l), y.has(WordClasses.CONNECTOR), l);
            assertEquals(WordClasses.DETERMINERS.contains(l), y.has(WordClasses.DETERMINER), l);
            assertEquals(lex.cuesByFirstWord.containsKey(l), y.has(WordClasses.CUE_START), l);
            assertEquals(lex.vagueAdverbs.contains(l) || lex.vaguePhrasesByFirstWord.containsKey(l), y.has(WordClasses.VAGUE_START), l);
            assertEquals(adverb, y.has(WordClasses.ADVERB), l);
            assertEquals(WordClasses.DETERMINERS.contains(l) || WordClasses.CONNECTORS.contains(l) || lex.isSpeakerNoun(l)
                    || lex.modifiers.contains(l) || lex.anonymousModifiers.contains(l) || l.indexOf('-') > 0 || l.endsWith("'s")
                    || l.length() > 2 && l.endsWith("s'"),
                    y.has(WordClasses.ACCEPTABLE), l);
            assertEquals(l.length() > 1 && !l.endsWith("n't") && !notCommon.contains(l) && !adverb, y.has(WordClasses.COMMON_NOUN), l);
            assertEquals(l.length() > 4 && l.indexOf('-') < 0 && (l.endsWith("ed") || l.endsWith("ing")), y.has(WordClasses.VERB_LIKE), l);
            assertEquals(lex.countryWords.containsKey(l) || countryPairStarts.contains(l), y.has(WordClasses.COUNTRY_START), l);
            assertEquals(mediaStarts.contains(l), y.has(WordClasses.MEDIA_START), l);
            assertEquals(lex.femaleWords.contains(l) || l.equals("she"), y.has(WordClasses.FEMALE), l);
            assertEquals(lex.maleWords.contains(l) || l.equals("he"), y.has(WordClasses.MALE), l);
        }
    }

    @Test
    void aTokenReadsItsCapitalAndDigitFromItsText() {
        Token said = new Token(0, 4, "Said", "said", Token.Type.WORD, false, 0, words.classify("said"));
        Token year = new Token(0, 4, "2016", "2016", Token.Type.WORD, false, 0, words.classify("2016"));
        Token comma = new Token(0, 1, ",", ",", Token.Type.COMMA, false, 0, words.classify(","));
        assertEquals(true, said.capitalized());
        assertEquals(false, said.digits());
        assertEquals(true, year.digits());
        assertEquals(false, comma.capitalized());
        assertEquals(true, said.has(WordClasses.CUE_START));
    }
}
