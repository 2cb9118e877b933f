package org.sourcelight.analysis.assertions;

import org.sourcelight.text.LexiconEdit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Severity;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.Trigger;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

class AssertionDetectorTest {
    private final AssertionDetector detector = AssertionDetector.standard();

    private static TextDocument doc(String... paragraphs) {
        return DocumentBuilder.standard().build("Test headline\n\n" + String.join("\n\n", paragraphs), ArticleMeta.empty());
    }

    private List<Assertion> detect(TextDocument d) {
        return detector.detect(d, List.of());
    }

    private static Assertion about(TextDocument d, List<Assertion> found, String sentenceStart) {
        for (Assertion a : found) if (d.text().startsWith(sentenceStart, a.start())) return a;
        return null;
    }

    private static List<String> triggers(TextDocument d, Assertion a) {
        List<String> out = new ArrayList<>();
        for (Trigger t : a.triggers()) out.add(t.reason() + ":" + d.text().substring(t.start(), t.end()));
        return out;
    }

    @Test
    void loadedWordsInsideAQuoteAreTheSpeakersNotTheOutlets() {
        TextDocument quoted = doc("\"The regime and its Takfiri thugs plunder the country,\" the minister said.");
        assertTrue(detect(quoted).isEmpty(), detect(quoted).toString());
        TextDocument own = doc("The regime and its Takfiri thugs plunder the country.");
        Assertion a = detect(own).get(0);
        assertEquals(List.of("loaded-language"), a.reasons());
        assertEquals(Severity.MEDIUM, a.severity());
        assertEquals(List.of("loaded-language:regime", "loaded-language:Takfiri", "loaded-language:thugs",
                "loaded-language:plunder"), triggers(own, a));
    }

    @Test
    void aLoadedWordUsedPlainlyOrInsideANameIsNotHighlighted() {
        TextDocument plain = doc("Brent crude rose 2% as jobless claims fell, and a car slammed into a wall.",
                "Elite athletes ran the marathon while Michael Savage spoke.");
        assertTrue(detect(plain).isEmpty(), detect(plain).toString());
        TextDocument loaded = doc("The crude plan was a sham, and the Loony Left slammed it.");
        Assertion a = detect(loaded).get(0);
        assertEquals(List.of("loaded-language:crude", "loaded-language:sham", "loaded-language:Loony",
                "loaded-language:slammed"), triggers(loaded, a));
        int at = loaded.text().indexOf("crude");
        assertEquals(at, a.triggers().get(0).start());
        assertEquals(at + "crude".length(), a.triggers().get(0).end());
    }

    @Test
    void aPrepositionThatOnlyPlacesALoadedWordIsNotHighlighted() {
        TextDocument d = doc("The town faced a flood of complaints, and the mayor railed against the plan.");
        Assertion a = detect(d).get(0);
        assertEquals(List.of("loaded-language:flood", "loaded-language:railed"), triggers(d, a));
        assertEquals("flood of", a.triggers().get(0).term());
    }

    @Test
    void inTitleCaseCapitalsDoNotMarkANameAndAReaderCanRemoveAPlainUse() {
        TextDocument title = doc("Democrats Claim The Plan Is A Sham And Slammed Rivals.");
        assertEquals(List.of("loaded-language:Claim", "loaded-language:Sham", "loaded-language:Slammed"),
                triggers(title, detect(title).get(0)));
        TextDocument capitals = doc("THE MAYOR SLAMMED THE SHAM VOTE.");
        assertEquals(List.of("loaded-language:SLAMMED", "loaded-language:SHAM"), triggers(capitals, detect(capitals).get(0)));
        AssertionDetector edited = new AssertionDetector(Lexicons.standard().with(
                List.of(LexiconEdit.removed(Lexicons.PLAIN_USES, "crude oil"))));
        TextDocument oil = doc("Crude oil prices fell on Monday.");
        assertTrue(detect(oil).isEmpty());
        assertEquals(List.of("loaded-language:Crude"), triggers(oil, edited.detect(oil, List.of()).get(0)));
    }

    @Test
    void aWhollyQuotedSentenceIsNeverFlagged() {
        TextDocument d = doc("\"They invaded the country under a pretext and trained militants all along.\"");
        assertTrue(detect(d).isEmpty());
    }

    @Test
    void concealmentOrLyingStatedAsFactIsAnUnsourcedAccusationButHidingFromDangerIsNot() {
        TextDocument d = doc("The mayor's office is hiding the true cost from taxpayers.",
                "Residents are hiding in basements as the storm passes.",
                "The minister lied to parliament about the contract, the committee found.");
        List<Assertion> found = detect(d);
        Assertion hiding = about(d, found, "The mayor's office");
        assertEquals(Severity.HIGH, hiding.severity(), found.toString());
        assertEquals(List.of("no-attribution:hiding the true"), triggers(d, hiding));
        assertEquals(null, about(d, found, "Residents are hiding"));
        Assertion lied = about(d, found, "The minister lied");
        assertTrue(lied == null || lied.severity() != Severity.HIGH, found.toString()); // the committee found it
    }

    @Test
    void aLoadedVerbThatIsTheOnlyCueIsTheArticlesWordChoiceAndAPhysicalSlamIsNoneAtAll() {
        TextDocument d = doc("Conservative Republicans blasted the measure.",
                "The senator said the disastrous plan would fail.",
                "Morris slammed the ball in from close range, and the door slammed shut behind him.");
        List<Assertion> found = detect(d);
        assertEquals(2, found.size(), found.toString());
        Assertion blasted = about(d, found, "Conservative Republicans");
        assertEquals(List.of("loaded-language:blasted"), triggers(d, blasted));
        assertEquals(Severity.MEDIUM, blasted.severity()); // nobody's words are reported: the verb is the article's
        assertTrue(blasted.explanation().contains("judge instead of describe"), blasted.explanation());
        Assertion said = about(d, found, "The senator said");
        assertEquals(List.of("loaded-language:disastrous"), triggers(d, said));
        assertEquals(Severity.LOW, said.severity()); // reports the senator: the word may be the senator's
        assertTrue(said.explanation().contains("reports what someone said"), said.explanation());
        // a cue word in a plain use reports nobody, so the sentence's loaded word is the article's own
        TextDocument sport = doc("City led through a stunning strike, but Morris slammed the ball in from close range.");
        Assertion stunning = about(sport, detect(sport), "City led");
        assertEquals(Severity.MEDIUM, stunning.severity(), stunning.toString());
    }

    @Test
    void shortUnattributedQuoteIsAScareQuoteButAnAttributedOneIsNot() {
        TextDocument d = doc("The \"peace plan\" collapsed within a week.",
                "The minister called the deal a \"gross violation\" of the truce.",
                "The report published by SANA called the presence a \"gross violation\" of the Charter.");
        List<Assertion> found = detect(d);
        assertEquals(1, found.size(), found.toString());
        Assertion a = found.get(0);
        assertEquals(List.of("scare-quotes"), a.reasons());
        assertEquals(Severity.LOW, a.severity());
        Trigger t = a.triggers().get(0);
        assertEquals("\"peace plan\"", d.text().substring(t.start(), t.end()));
        assertEquals("peace plan", t.term());
    }

    @Test
    void singleQuotationMarksAreReadAsDoubleOnesAre() {
        // British style: the loaded words inside single marks are the speaker's, and a short unattributed single
        // quote is a scare quote, as with double marks
        TextDocument quoted = doc("Her neighbour added: 'The regime and its thugs plunder the country.'",
                "'The regime and its thugs plunder the country,' the minister said.");
        assertTrue(detect(quoted).isEmpty(), detect(quoted).toString());
        TextDocument scare = doc("The 'peace plan' collapsed within a week.", "The visitors' manager said the 'peace plan' had failed.");
        List<Assertion> found = detect(scare);
        assertEquals(1, found.size(), found.toString());
        Trigger t = found.get(0).triggers().get(0);
        assertEquals("'peace plan'", scare.text().substring(t.start(), t.end()));
        assertEquals("peace plan", t.term());
        // after a plural possessive the quoted term is that party's own, as after "the union's"
        TextDocument own = doc("The unions' \"fair deal\" was rejected.", "The unions' 'fair deal' was rejected.",
                "The union's 'fair deal' was rejected.");
        assertTrue(detect(own).isEmpty(), detect(own).toString());
    }

    @Test
    void soCalledIsAScareQuoteEvenInAnAttributedSentence() {
        TextDocument d = doc("The so-called monitor said the base was empty.");
        Assertion a = detect(d).get(0);
        assertEquals(List.of("scare-quotes"), a.reasons());
        assertEquals(Severity.MEDIUM, a.severity());
        assertEquals(List.of("scare-quotes:so-called"), triggers(d, a));
    }

    @Test
    void attributionCarriesOverToASentenceOpeningWithItOrThey() {
        TextDocument carried = doc("The ministry said the coalition had failed to protect the town. "
                + "It trains militants at the base, the statement went on. They also bombed the bridge.");
        assertTrue(detect(carried).isEmpty(), detect(carried).toString());
        TextDocument alone = doc("The weather was mild that week. It trains militants at the base.");
        List<Assertion> found = detect(alone);
        assertEquals(1, found.size());
        Assertion a = found.get(0);
        assertEquals(List.of("no-attribution"), a.reasons());
        assertEquals(Severity.HIGH, a.severity());
        assertEquals(List.of("no-attribution:trains militants"), triggers(alone, a));
    }

    @Test
    void carryOverNeedsAnAttributedSentenceBeforeIt() {
        TextDocument d = doc("The alliance has repeatedly been accused of killing civilians. It trains militants too.");
        List<Assertion> found = detect(d);
        assertEquals(2, found.size());
        assertEquals(List.of("agentless-accusation"), found.get(0).reasons());
        assertEquals(List.of("agentless-accusation:has repeatedly been accused of"), triggers(d, found.get(0)));
        assertEquals(List.of("no-attribution"), found.get(1).reasons());
    }

    @Test
    void aContinuedQuoteCarriesOverAcrossParagraphs() {
        TextDocument d = doc("\"The US should leave Syria,\" a source in the ministry said.",
                "\"They trained militants there,\" and the bombing went on regardless.");
        assertTrue(detect(d).isEmpty(), detect(d).toString());
    }

    @Test
    void aPlainStatementIsNotCarriedOver() {
        TextDocument d = doc("The ministry said the talks would resume.", "The coalition trains militants at the base.");
        List<Assertion> found = detect(d);
        assertEquals(1, found.size());
        assertTrue(d.text().startsWith("The coalition trains", found.get(0).start()));
    }

    @Test
    void namedAccuserIsNotAnAgentlessAccusation() {
        TextDocument d = doc("The alliance has been accused by Damascus of killing civilians.");
        assertTrue(detect(d).isEmpty(), detect(d).toString());
    }

    @Test
    void vagueSourcesAreFlaggedAndDoNotCountAsAttribution() {
        TextDocument d = doc("Critics say the coalition bombed the hospital.");
        Assertion a = detect(d).get(0);
        assertEquals(List.of("vague-attribution"), a.reasons());
        assertEquals(Severity.MEDIUM, a.severity());
        assertEquals(List.of("vague-attribution:Critics say"), triggers(d, a));
        assertTrue(a.question().contains("named"), a.question());
    }

    @Test
    void aDeclaredAimIsNotAnAttribution() {
        TextDocument d = doc("The coalition failed to fulfil its declared aim.");
        Assertion a = detect(d).get(0);
        assertEquals(List.of("no-attribution"), a.reasons());
        assertEquals(List.of("no-attribution:failed to fulfil"), triggers(d, a));
    }

    @Test
    void neutralBackgroundIsNotFlagged() {
        TextDocument d = doc("The talks were held in Geneva in 2017. The minister took office in May.");
        assertTrue(detect(d).isEmpty());
    }

    @Test
    void absolutesAndHedgesCountOnlyWhenNobodyStandsBehindTheSentence() {
        TextDocument own = doc("The disastrous plan never worked.", "The purported base was empty.");
        List<Assertion> found = detect(own);
        assertEquals(2, found.size());
        assertEquals(List.of("loaded-language", "intensifier"), found.get(0).reasons());
        assertEquals(List.of("loaded-language:disastrous", "intensifier:never"), triggers(own, found.get(0)));
        assertEquals(List.of("hedge"), found.get(1).reasons());
        TextDocument reported = doc("The minister said the disastrous plan never worked and the purported base was empty.");
        assertEquals(List.of("loaded-language"), detect(reported).get(0).reasons());
    }

    @Test
    void anAbsoluteAloneIsOrdinaryEnglish() {
        TextDocument d = doc("All schools in the valley were closed. The bridge has never been repaired. Everything was quiet.");
        assertTrue(detect(d).isEmpty(), detect(d).toString());
    }

    @Test
    void helpWordsAccuseOnlyBeforeAnArmedGroup() {
        TextDocument neutral = doc("The club trains young swimmers every morning. Helicopters were airlifting food to the villages.");
        assertTrue(detect(neutral).isEmpty(), detect(neutral).toString());
        TextDocument accusation = doc("Helicopters were airlifting Daesh terrorists out of the town.");
        Assertion a = detect(accusation).get(0);
        assertEquals(Severity.HIGH, a.severity());
        assertEquals(List.of("no-attribution:airlifting Daesh terrorists"), triggers(accusation, a));
        TextDocument ally = doc("The army kept its alliance with the Takfiri extremists secret.");
        assertTrue(triggers(ally, detect(ally).get(0)).contains("no-attribution:alliance with the Takfiri extremists"));
    }

    @Test
    void topicWordsOfNeutralBackgroundAreNeverHigh() {
        TextDocument d = doc("Daesh unleashed a campaign of bloodshed and destruction in Syria in 2014.",
                "The storm damaged roofs and destroyed two barns. Russian troops invaded in 2022 and the bombing went on.",
                "The museum remembers the victims of the 1994 genocide. A plot of land behind it was sold in May.",
                "Illegal parking near the school has fallen, the survey shows.");
        for (Assertion a : detect(d)) assertFalse(a.severity() == Severity.HIGH, a.toString());
    }

    @Test
    void aVerdictOfWrongdoingIsAClaim() {
        TextDocument d = doc("The army committed war crimes in the valley.", "The blockade is illegal and was imposed secretly.");
        List<Assertion> found = detect(d);
        assertEquals(2, found.size());
        assertEquals(List.of("no-attribution:committed war crimes"), triggers(d, found.get(0)));
        assertEquals(List.of("no-attribution:is illegal", "no-attribution:secretly"), triggers(d, found.get(1)));
    }

    @Test
    void adverbsInsideAHiddenAccuserAreSkipped() {
        TextDocument d = doc("The group has instead been repeatedly accused of smuggling.");
        Assertion a = detect(d).get(0);
        assertEquals(List.of("agentless-accusation:has instead been repeatedly accused of"), triggers(d, a));
    }

    @Test
    void aVagueNounBeforeAReportingVerbIsAVagueSource() {
        TextDocument d = doc("Commentators argue the plan will be dropped.");
        assertEquals(List.of("vague-attribution:Commentators argue"), triggers(d, detect(d).get(0)));
    }

    @Test
    void namesAndAPartysOwnTermsAreNotScareQuotes() {
        TextDocument names = doc("The plan was part of \"Operation Dawn\" last year.",
                "Troops from the US Army \"advise and assist\" local partners.",
                "The mission kept its \"train and equip\" role.");
        assertTrue(detect(names).isEmpty(), detect(names).toString());
        TextDocument irony = doc("The \"experts\" got it wrong again.");
        assertEquals(List.of("scare-quotes"), detect(irony).get(0).reasons());
    }

    @Test
    void twoIntensifiersMakeAMediumFinding() {
        TextDocument d = doc("The response was surprisingly slow despite the sheer size of the force.");
        Assertion a = detect(d).get(0);
        assertEquals(Severity.MEDIUM, a.severity());
        assertEquals(List.of("intensifier:surprisingly", "intensifier:sheer"), triggers(d, a));
    }

    @Test
    void loadedWordsWhileReportingSomeoneAreLowAndAskForTheOriginal() {
        TextDocument d = doc("The minister said the regime must go.");
        Assertion a = detect(d).get(0);
        assertEquals(List.of("loaded-language"), a.reasons());
        assertEquals(Severity.LOW, a.severity());
        assertTrue(a.question().contains("original statement"), a.question());
    }

    @Test
    void aMentionFromTheSourcesAnalyserAttributesTheSentence() {
        TextDocument d = doc("The coalition trains militants at the base, in the view of Damascus.");
        int start = d.text().indexOf("The coalition");
        int end = d.text().length();
        Mention m = Mention.of(start, end, "", start, start, start, start, start, end, false, "Damascus", null, null);
        Source named = new Source("Damascus", "", "", "Syrian", SourceKind.ORGANIZATION, "", List.of(m));
        assertTrue(detector.detect(d, List.of(named)).isEmpty());
        Source vague = new Source("observers", "", "", "", SourceKind.VAGUE, "", List.of(m));
        assertEquals(List.of("no-attribution"), detector.detect(d, List.of(vague)).get(0).reasons());
    }

    @Test
    void explanationNamesTheWordsInPlainLanguage() {
        TextDocument d = Samples.doc(Samples.S003);
        Assertion a = about(d, detect(d), "The military alliance has repeatedly been accused");
        assertEquals("This sentence hides who is making the accusation (\"has repeatedly been accused of\").", a.explanation());
        assertEquals(Reason.AGENTLESS_ACCUSATION.question(), a.question());
        assertEquals(Severity.HIGH, a.severity());
    }

    @Test
    void triggersHaveExactOffsetsInTheSamples() {
        TextDocument d = Samples.doc(Samples.S002);
        Assertion a = about(d, detect(d), "The US military interference");
        assertEquals(List.of("intensifier:surprisingly", "intensifier:sheer"), triggers(d, a));
        Assertion v = about(d, detect(d), "Numerous reports");
        assertEquals(List.of("vague-attribution:Numerous reports", "vague-attribution:regional officials",
                "loaded-language:terror outfit"), triggers(d, v));
        TextDocument r = Samples.doc(Samples.S004);
        Assertion regime = about(r, detect(r), "The United States has opposed the regime");
        int at = r.text().indexOf("regime of Bashar");
        assertEquals(at, regime.triggers().get(0).start());
        assertEquals(at + "regime".length(), regime.triggers().get(0).end());
    }

    @Test
    void theReadersWordListsChangeWhatIsFound() {
        TextDocument d = Samples.doc(Samples.S004);
        Lexicons edited = Lexicons.standard().with(List.of(LexiconEdit.removed(Lexicons.LOADED_TERMS, "Regime"),
                LexiconEdit.added(Lexicons.LOADED_TERMS, "caliphate")));
        List<Assertion> found = new AssertionDetector(edited).detect(d, List.of());
        for (Assertion a : found) {
            for (Trigger t : a.triggers()) assertFalse(d.text().substring(t.start(), t.end()).equalsIgnoreCase("regime"));
        }
        TextDocument own = doc("The caliphate fell in 2019.");
        assertEquals(List.of("loaded-language:caliphate"),
                triggers(own, new AssertionDetector(edited).detect(own, List.of()).get(0)));
    }

    @Test
    void detectorBuiltFromGivenListsOnly() {
        Lexicons tiny = Lexicons.of(Map.of(Lexicons.LOADED_TERMS, List.of("junta | a word that paints a government as illegal")));
        TextDocument d = doc("The junta said the regime would fall.");
        Assertion a = new AssertionDetector(tiny).detect(d, List.of()).get(0);
        assertEquals(List.of("loaded-language:junta"), triggers(d, a));
        assertEquals(Severity.MEDIUM, a.severity()); // no attribution cues in the tiny lists
        assertEquals("a word that paints a government as illegal", tiny.note(Lexicons.LOADED_TERMS, "Junta"));
    }

    @Test
    void highSeverityMeansExactlyAClaimWithNoSource() {
        for (String sample : Samples.ALL) {
            for (Assertion a : detect(Samples.doc(sample))) {
                assertEquals(a.severity() == Severity.HIGH, a.isClaimWithoutSource(), sample + ": " + a);
                for (String r : a.reasons()) assertEquals(Reason.ofCode(r).category(), org.sourcelight.model.AssertionCategory.ofReason(r));
            }
        }
    }

    @Test
    void hearsayIsAVagueSourceUnlessTheSentenceAccuses() {
        TextDocument gossip = doc("Her former husband is said to be devastated by the interview.");
        Assertion a = detect(gossip).get(0);
        assertEquals(List.of("vague-attribution"), a.reasons());
        assertEquals(Severity.MEDIUM, a.severity());
        assertEquals(List.of("vague-attribution:is said to"), triggers(gossip, a));
        // British newsrooms' word for a private briefing is hearsay too
        TextDocument briefed = doc("The minister is understood to be weighing a rise in fuel duty.");
        assertEquals(List.of("vague-attribution:is understood to"), triggers(briefed, detect(briefed).get(0)));
        assertEquals(Severity.MEDIUM, detect(briefed).get(0).severity());
        TextDocument accusing = doc("The governor is said to have illegally diverted the funds.");
        assertEquals(Severity.HIGH, detect(accusing).get(0).severity(), detect(accusing).toString());
        TextDocument accused = doc("The mayor has been accused of lying to the council.");
        assertEquals(List.of("agentless-accusation"), detect(accused).get(0).reasons());
        assertEquals(Severity.HIGH, detect(accused).get(0).severity());
    }

    @Test
    void aClaimThatRestsOnAnUnnamedSourceIsAVagueSourceButAnUnresolvedPronounIsNot() {
        TextDocument d = doc("Sources familiar with the matter said the deal was close.", "A senior official said the talks had failed.");
        List<Assertion> found = org.sourcelight.analysis.Pipeline.standard().analyze(d).assertions();
        assertEquals(2, found.size(), found.toString());
        Assertion first = found.get(0);
        assertEquals(List.of("vague-attribution"), first.reasons());
        assertEquals(Severity.MEDIUM, first.severity());
        assertEquals(List.of("vague-attribution:Sources familiar with the matter"), triggers(d, first));
        assertEquals(List.of("vague-attribution:A senior official"), triggers(d, found.get(1)));
        TextDocument declined = doc("Officials with the province's public works department declined to comment.");
        assertTrue(org.sourcelight.analysis.Pipeline.standard().analyze(declined).assertions().isEmpty(), "a refusal reports no claim");
        // a refusal is a property of the cue in attribution-cues.txt (+refusal), not of its spelling: with the
        // "declined" entry gone from the detector's lists, the same unnamed speaker is a vague source
        TextDocument official = doc("A senior official declined to comment.");
        List<org.sourcelight.model.Source> sources = org.sourcelight.analysis.Pipeline.standard().analyze(official).sources();
        assertTrue(detector.detect(official, sources).isEmpty(), sources.toString());
        AssertionDetector unflagged = new AssertionDetector(Lexicons.standard().with(List.of(
                LexiconEdit.removed(Lexicons.ATTRIBUTION_CUES, "declined"))));
        List<Assertion> vague = unflagged.detect(official, sources);
        assertEquals(1, vague.size(), vague.toString());
        assertEquals(List.of("vague-attribution:A senior official"), triggers(official, vague.get(0)));
        TextDocument she = doc("She said the talks had failed.");
        assertTrue(org.sourcelight.analysis.Pipeline.standard().analyze(she).assertions().isEmpty());
        TextDocument named = doc("Jane Roe, the city's planning chief, said the talks had failed.");
        assertTrue(org.sourcelight.analysis.Pipeline.standard().analyze(named).assertions().isEmpty());
    }
    @Test
    void speechCarriesOverWithinItsParagraphOnlyAndNobodyReportsNothing() {
        TextDocument d = doc("\"We will fight this,\" said the owner of the shop.",
                "It is time for voters to act. This reckless council must go.");
        Assertion own = about(d, detect(d), "It is time");
        if (own == null) own = about(d, detect(d), "This reckless");
        assertEquals(Severity.MEDIUM, own.severity(), detect(d).toString()); // the writer's own words, not the owner's
        assertTrue(own.explanation().contains("judge instead of describe"), own.explanation());
        TextDocument same = doc("\"We will fight this,\" said the owner of the shop. This reckless council must go, she added.");
        assertEquals(Severity.LOW, detect(same).get(0).severity(), detect(same).toString());
        TextDocument nobody = doc("City Hall rammed through a disastrous scheme that nobody asked for.");
        Assertion a = detect(nobody).get(0);
        assertEquals(Severity.MEDIUM, a.severity(), a.toString());
        assertTrue(a.explanation().contains("judge instead of describe"), a.explanation());
    }
    @Test
    void aRelativeClauseCueDoesNotHideAnUnsourcedAccusation() {
        TextDocument d = doc("The consultants who wrote the study were paid by the developers who stand to profit from it.");
        Assertion a = detect(d).get(0);
        assertEquals(Severity.HIGH, a.severity(), a.toString());
        assertEquals(List.of("no-attribution:stand to profit"), triggers(d, a));
        TextDocument sourced = doc("Critics who say the consultants stand to profit from it want a new study.");
        assertTrue(detect(sourced).stream().noneMatch(x -> x.severity() == Severity.HIGH), detect(sourced).toString());
    }
}
