package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Issue 19: every ambiguity seen in unseen US, Canadian and partisan news, as one test sentence each. A name that is
 * also a word, an abbreviation or another outlet's name is an outlet only with outlet evidence, and is read by
 * country and context; the longest, most specific name wins; a country is never an outlet.
 */
class OutletAmbiguityTest {
    private static final OutletAnalyzer ANALYZER = OutletAnalyzer.standard();

    private static List<CitedOutlet> cited(String body) {
        TextDocument d = DocumentBuilder.standard().build("A headline\n\n" + body + "\n", ArticleMeta.empty());
        return ANALYZER.analyze(d, List.of()).cited();
    }

    /** "id@words in the text", in text order. */
    private static List<String> found(String body) {
        TextDocument d = DocumentBuilder.standard().build("A headline\n\n" + body + "\n", ArticleMeta.empty());
        return ANALYZER.analyze(d, List.of()).cited().stream()
                .map(c -> (c.outlet() == null ? "?" : c.outlet().id()) + "@" + d.text().substring(c.start(), c.end())).toList();
    }

    private static void noStateLabel(List<CitedOutlet> cs) {
        for (CitedOutlet c : cs) assertTrue(c.outlet() == null || c.outlet().typology() == null, "state label on " + c);
    }

    @Test
    void usaTodayNetworkIsANameOfItsOwnNotSingaporesToday() {
        assertEquals(List.of("usa-today-network@USA TODAY Network"),
                found("A series of USA TODAY Network investigative articles found the same pattern in six states."));
        assertEquals(List.of("usa-today@USA TODAY"), found("USA TODAY reported last month that the trips were paid for."));
        assertEquals(List.of(), found("Today, the senator said, the vote will be close."));
    }

    @Test
    void nbcInAUsStoryIsTheUsNetworkNotNamibias() {
        for (String s : List.of("The fire destroyed 40 homes near San Jose, according to NBC Bay Area.",
                "The story was first reported by NBC on Tuesday in Washington.",
                "According to NBC News, the U.S. senator will not run again.")) {
            List<CitedOutlet> cs = cited(s);
            assertEquals(1, cs.size(), s + " " + cs);
            assertEquals("nbc-news", cs.get(0).outlet().id(), s);
            noStateLabel(cs);
        }
        CitedOutlet nbc = cited("The story was first reported by NBC on Tuesday in Washington.").get(0);
        assertTrue(nbc.note().startsWith("NBC: probably NBC News (United States, private"), nbc.note());
        assertTrue(nbc.note().contains("Namibia's NBC is state-controlled"), nbc.note());
        assertEquals("nbc", nbc.alternatives().get(0).id());
        // a likely pick is shown as likely, in the panel and in the printed reports alike
        assertEquals(nbc.note(), OutletLabels.citedLabel(nbc));
        assertEquals(nbc.note(), org.sourcelight.report.ReportText.citedLabel(nbc));
        CitedOutlet plain = cited("According to NBC News, the U.S. senator will not run again.").get(0);
        assertEquals("", plain.note());
        assertEquals("United States, private, not rated", OutletLabels.citedLabel(plain));
    }

    @Test
    void abcInAUsStoryIsTheUsNetworkAndTheNoteNamesAustraliasAbc() {
        CitedOutlet c = cited("The shooting in Dallas was confirmed by police, according to ABC affiliate WFAA.").get(0);
        assertEquals("abc-news", c.outlet().id());
        assertEquals("ABC: probably ABC News (United States, private, not rated); Australia's ABC is independent state-funded.",
                c.note());
        List<CitedOutlet> cs = cited("The U.S. president spoke in Ohio. As ABC reported Friday, the American plan was delayed.");
        assertEquals("abc-news", cs.get(0).outlet().id());
        noStateLabel(cs);
    }

    @Test
    void placesInsideACountrySayWhichAbcIsMeantAndNoEvidenceGivesNoLikelyPick() {
        // a state and a city of Australia, no country named: Australia's ABC is the likely one
        CitedOutlet au = cited("Floods closed roads across Queensland. Brisbane forecasters told ABC Radio that more rain was coming.").get(0);
        assertEquals("abc", au.outlet().id(), au.toString());
        assertTrue(au.note().startsWith("ABC: probably ABC (Australia"), au.note());
        // "Northern Ireland" is a place in the United Kingdom, not a mention of Ireland
        assertEquals("United Kingdom", new OutletLexicons(org.sourcelight.text.LexiconSet.shipped()).countryOf("Northern Ireland"));
        // nothing in the text says which: both are listed, neither is called likely
        CitedOutlet none = cited("The storm knocked out power to thousands, ABC reported.").get(0);
        assertEquals(null, none.outlet(), none.toString());
        assertTrue(none.note().startsWith("ABC: could be ABC News (United States"), none.note());
        assertTrue(none.note().endsWith("the article does not say which."), none.note());
    }

    @Test
    void abcInAnAustralianStoryIsAustraliasPublicBroadcaster() {
        CitedOutlet c = cited("Australia's prime minister spoke in Canberra. ABC reported that Australian voters were split.").get(0);
        assertEquals("abc", c.outlet().id());
        assertTrue(c.note().contains("United States' ABC News is private"), c.note());
        assertEquals(List.of("abc@Australian Broadcasting Corporation", "abc@ABC"),
                found("The Australian Broadcasting Corporation said its staff were safe. Later ABC said two were hurt."));
    }

    @Test
    void theNationalIsAWordUnlessItIsTheName() {
        assertEquals(List.of(), found("The National Security Agency declined to comment."));
        assertEquals(List.of(), found("The national anthem was played before the game."));
        assertEquals(List.of("national-post@National Post"),
                found("The National Post has not independently verified the claims."));
        assertEquals(List.of(), found("The National Rifle Association says the rules are ripe for abuse."));
    }

    @Test
    void cctvIsCamerasUnlessTheSentenceSaysItIsTheBroadcaster() {
        assertEquals(List.of(), found("The streets are lined with CCTV cameras everywhere."));
        assertEquals(List.of(), found("The city lives under heavy CCTV surveillance."));
        assertEquals(List.of(), found("CCTV clips showed the car speeding away."));
        assertEquals(List.of("cctv@CCTV"), found("China's state broadcaster CCTV reported that the talks had ended."));
        assertEquals(List.of("cctv@CCTV"), found("The talks ended, CCTV reported."));
    }

    @Test
    void isnaIsTheIranianAgencyOnlyWhenTheSentenceSaysSo() {
        assertEquals(List.of(), found("Critics named front groups such as CAIR and ISNA in the letter."));
        assertEquals(List.of("isna@ISNA"), found("Three protesters were arrested in Tehran, according to ISNA."));
    }

    @Test
    void theDailyStarIsANameOfItsOwn() {
        List<CitedOutlet> cs = cited("The singer told the Daily Star that she was moving to London.");
        assertEquals(List.of("daily-star@Daily Star"), found("The singer told the Daily Star that she was moving to London."));
        noStateLabel(cs);
        assertEquals(List.of("the-star@The Star"), found("The minister spoke in Johannesburg, South Africa, The Star reported."));
        // decision 88: Toronto's Star is "The Star" too; a city of South Africa makes its Star the likely one, with
        // Toronto's named beside it, and nothing in the text says "probably" for neither
        CitedOutlet star = cited("The minister spoke in Johannesburg, The Star reported.").get(0);
        assertEquals("the-star", star.outlet().id());
        assertTrue(star.note().startsWith("The Star: probably The Star (South Africa"), star.note());
        assertTrue(star.note().contains("Toronto Star"), star.note());
        CitedOutlet either = cited("The minister spoke on Friday, The Star reported.").get(0);
        assertNull(either.outlet(), either.toString());
        assertEquals(List.of(), found("The Star-Ledger of Newark published the letter."));
    }

    @Test
    void aCanadianNetworkIsNotCbcByDefault() {
        assertEquals(List.of(), found("She worked for a francophone or anglophone Canadian network for ten years."));
        assertEquals(List.of(), found("The Congressional Black Caucus met on Monday. CBC Chairman G.K. Butterfield was outraged."));
    }

    @Test
    void aDescriptionWithItsNameIsOneOutletAndACountryIsNeverAnOutlet() {
        assertEquals(List.of("mehr-news-agency@Mehr"),
                found("According to Iran's semi-official state news agency Mehr, the talks will resume."));
        assertEquals(List.of(), found("Iran said the talks will resume. The Iran deal was signed in 2015."));
        assertEquals(List.of("xinhua@Xinhua"), found("\"That is unkind,\" Xinhua, the official Chinese news agency, wrote."));
        assertEquals(List.of(), found("The mayor told French television station BFMTV that the driver fired on the crowd."));
        // a capitalised kind word is part of a name, not a description of Russia's one curated newspaper
        assertEquals(List.of(), found("The Moscow Times reported the arrests."));
    }

    @Test
    void aNameInsideALongerNameIsNotThatOutlet() {
        assertEquals(List.of(), found("Bill Clinton spoke in Cheyenne, according to audio provided by Wyoming Public Radio."));
        assertEquals(List.of(), found("Public radio was introduced in New Zealand in 1922."));
        assertEquals(List.of(), found("I'm annoyed the controller still uses AA batteries."));
        assertEquals(List.of(), found("Tamara Scott, John Smith, AJ Spiker and Norm Sterzenbach signed it."));
        assertEquals(List.of(), found("The new paper underscores a broader rethinking among economists."));
    }

    @Test
    void cnsInAUsStoryIsCnsNewsNotChinaNewsService() {
        CitedOutlet c = cited("CNS reported Monday that the U.S. had accepted 11,491 Syrian refugees, American officials said.").get(0);
        assertEquals("cns-news", c.outlet().id());
        assertTrue(c.note().contains("China's China News Service is state-controlled"), c.note());
    }

    @Test
    void realStateOutletsAreStillFound() {
        assertEquals(List.of("rt@RT", "rt@Russia Today"), found("RT, formerly Russia Today, aired the interview."));
        assertEquals(List.of("xinhua@Xinhua", "kcna@KCNA"), found("Xinhua and KCNA carried the statement."));
        assertEquals(List.of("ruptly@Ruptly"), found("Video from Ruptly showed the convoy."));
        assertEquals(List.of("al-jazeera@Al Jazeera", "al-arabiya@Al Arabiya"), found("Al Jazeera and Al Arabiya broadcast the speech."));
        assertEquals(List.of("bbc@BBC", "npr@NPR"), found("He told the BBC and NPR that he would stay."));
        assertEquals(List.of("abc@Australian Broadcasting Corporation"),
                found("The Australian Broadcasting Corporation said its staff were safe."));
    }

    @Test
    void twoEntriesThatFitEquallyAreBothNamedAndNeitherIsChosen() {
        CitedOutlet c = cited("The interview aired on NBC.\n\nNamibia and the United States signed the deal.").get(0);
        assertNull(c.outlet(), c.toString());
        assertTrue(c.note().startsWith("NBC: could be "), c.note());
        assertTrue(c.note().endsWith("the article does not say which."), c.note());
        assertEquals(2, c.alternatives().size());
        // the name is in the registry twice: never "not in the registry", and the report names both
        assertEquals(OutletLabels.NOT_IDENTIFIED, OutletLabels.shortLabel(c));
        assertTrue(org.sourcelight.report.ReportText.citedLabel(c).startsWith("NBC: could be "));
    }
}
