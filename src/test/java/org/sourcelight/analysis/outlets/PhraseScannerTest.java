package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcelight.text.LexiconSet;
import org.sourcelight.text.Tokens;

/** The prefiltered scans give exactly what the regex gives in the same region, on the shipped lists. */
class PhraseScannerTest {
    private static final OutletLexicons LEX = new OutletLexicons(LexiconSet.shipped());

    /** Texts made of phrase pieces, case changes, hyphens, letters glued on, accents, line ends and region cuts. */
    private static List<String> texts() {
        List<String> out = new ArrayList<>(List.of(
                "Syria's state-run news agency SANA said; the State TV and state television reported.",
                "STATE MEDIA, semi-official Fars news agency, pro-government daily, the Iranian state broadcaster",
                "newsletter newswire agencyX xagency state-runner Ünews éstate state\ntelevision state\u00a0TV",
                "In the Russian Federation and Russia's neighbours, the Kingdom of Saudi Arabia and Iran-backed",
                "ſtate run, \u212Aenya, KENYA, kenya, Kenyan, İran, iran, Iran."));
        Random r = new Random(16);
        String[] pieces = {"state", "State", "STATE", "-", "run", " ", "  ", "\n", "news", "agency", "TV", "tv", "x",
            "é", "\u0301", "Russia", "Russian", "'s", "official", "semi", ",", ".", "government", "daily", "times",
            "Times", "é", "channel", "radio", "Iran", "\u212A", "ſ", "1", "\u00a0", "\u2009", "\t", "\u201c", "\u2019",
            "İ", "\u3000", "ñ", "Ñews", "ü"};
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + r.nextInt(40);
            for (int k = 0; k < n; k++) b.append(pieces[r.nextInt(pieces.length)]);
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> byRegex(Pattern p, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    private static List<String> byScan(PhraseScanner.Scan s) {
        List<String> out = new ArrayList<>();
        while (s.find()) out.add(s.start() + "-" + s.end());
        return out;
    }

    private static void sameEverywhere(Pattern p, PhraseScanner scanner) {
        for (String t : texts()) {
            assertEquals(byRegex(p, t, 0, t.length()), byScan(scanner.scan(t, 0, t.length())), t);
            assertEquals(byRegex(p, t, 0, t.length()), byScan(scanner.scan(t, t.toCharArray(), Tokens.of(t)).region(0, t.length())), t);
            PhraseScanner.Scan reused = scanner.scan(t);
            PhraseScanner.Scan byTokens = scanner.scan(t, t.toCharArray(), Tokens.of(t)); // positions read token by token
            for (int from = 0; from < t.length(); from += 3) {
                int to = Math.min(t.length(), from + 1 + (from * 7) % 23);
                assertEquals(byRegex(p, t, from, to), byScan(reused.region(from, to)), t + " [" + from + ", " + to + ")");
                assertEquals(byRegex(p, t, from, to), byScan(byTokens.region(from, to)), t + " [" + from + ", " + to + ") by tokens");
            }
        }
    }

    @Test
    void theShippedScansReadPositionsByTokens() {
        String t = "the state news agency";
        for (PhraseScanner s : List.of(LEX.cueScanner, LEX.countryEvidenceScanner)) {
            org.junit.jupiter.api.Assertions.assertTrue(s.scan(t, t.toCharArray(), Tokens.of(t)).byTokens());
        }
        org.junit.jupiter.api.Assertions.assertTrue(LEX.kinds.scan(t, t.toCharArray(), Tokens.of(t)).byTokens());
    }

    @Test
    void countryEvidenceIsFoundTheSameByTokensAsByCharacters() {
        for (String t : texts()) {
            String u = t + " Queensland, TORONTO and northern ireland; Tasmania.";
            assertEquals(byScan(LEX.countryEvidenceScanner.scan(u).region(0, u.length())),
                    byScan(LEX.countryEvidenceScanner.scan(u, u.toCharArray(), Tokens.of(u)).region(0, u.length())), u);
        }
    }

    @Test
    void stateCuesAreFoundAsTheRegexFindsThem() {
        sameEverywhere(LEX.cuePattern, LEX.cueScanner);
    }

    @Test
    void countriesAreFoundAsTheRegexFindsThem() {
        sameEverywhere(LEX.countryEvidencePattern, LEX.countryEvidenceScanner);
    }

    @Test
    void kindWordsAreFoundAsTheRegexFindsThem() {
        for (String t : texts()) {
            assertEquals(byRegex(LEX.kinds.pattern(), t, 0, t.length()), byScan(LEX.kinds.scan(t).region(0, t.length())), t);
            assertEquals(byRegex(LEX.kinds.pattern(), t, 0, t.length()),
                    byScan(LEX.kinds.scan(t, t.toCharArray(), Tokens.of(t)).region(0, t.length())), t + " by tokens");
        }
    }

    @Test
    void findsWhatItShouldInAPlainSentence() {
        String t = "The state-run agency and state television said; statehood is not a cue.";
        assertEquals(List.of("4-13", "25-41"), byScan(LEX.cueScanner.scan(t, 0, t.length())));
    }
}
