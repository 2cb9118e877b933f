package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.assertSpan;
import static org.sourcelight.analysis.sources.SentenceSources.mention;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.only;
import static org.sourcelight.analysis.sources.SentenceSources.sources;

import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.MentionKind;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Reported speech without a speech verb of saying (decision 0068): sides taken, refusals and intentions, verbs in
 * the progressive. Every sentence is written for this test (not from any corpus); offsets are asserted.
 */
class ReportedSpeechRulesTest {
    @Test
    void anIngCueAfterByOrAfterIsTheClauseSubjectsAttribution() {
        TextDocument d = doc("The mayor of Eastport ended the meeting by saying the bridge would open in May.");
        Mention m = mention(d);
        assertSpan(d, "The mayor of Eastport", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "saying", m.cueStart(), m.cueEnd());
        assertSpan(d, "the bridge would open in May", m.contentStart(), m.contentEnd());
        // after a cue of its own, "by saying" gives that cue what it reports: one attribution
        TextDocument e = doc("Senator Ruth Alder explained the vote by saying: \"We had no choice.\"");
        Mention alder = mention(e);
        assertSpan(e, "explained", alder.cueStart(), alder.cueEnd());
        assertSpan(e, "\"We had no choice.\"", alder.contentStart(), alder.contentEnd());
        TextDocument a = doc("The transit chief left the meeting after noting that the fare would rise.");
        Mention chief = mention(a);
        assertSpan(a, "noting", chief.cueStart(), chief.cueEnd());
        assertSpan(a, "that the fare would rise", chief.contentStart(), chief.contentEnd());
    }

    @Test
    void aNounCueFormBeforeAnObjectPronounIsAVerb() {
        TextDocument d = doc("Critics call it a tax on the poor.");
        Mention m = mention(d);
        assertSpan(d, "Critics", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "call", m.cueStart(), m.cueEnd());
        assertTrue(X.extract(doc("The phone calls it received were rude.")).isEmpty());
    }

    @Test
    void anIngCueAfterWithAndANounPhraseIsThatPhrasesAttribution() {
        TextDocument d = doc("The council met on Monday, with Mayor Ann Lee calling the fare rise unfair.");
        Mention m = mention(d);
        assertSpan(d, "Mayor Ann Lee", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "calling", m.cueStart(), m.cueEnd());
        assertSpan(d, "the fare rise unfair", m.contentStart(), m.contentEnd());
        TextDocument p = doc("Most residents backed the plan, with six in 10 saying the bridge was unsafe.");
        Mention six = null;
        for (Source s : X.extract(p)) for (Mention x : s.mentions()) if (x.cue().equals("saying")) six = x;
        assertTrue(six != null, X.extract(p).toString());
        assertSpan(p, "six in 10", six.speakerStart(), six.speakerEnd());
        // an -ing form with nothing reported after it, or a plain sense of a +that verb
        for (String no : new String[] {"Ann Lee won the seat, with 44 precincts reporting.",
                "Jobs rose in May, with the port adding 300 jobs."}) {
            for (Source s : X.extract(doc(no))) for (Mention x : s.mentions()) {
                assertTrue(!x.cue().equals("reporting") && !x.cue().equals("adding"), no + " " + x);
            }
        }
    }

    @Test
    void aPollsCountOfPeopleIsAnUnnamedSpeaker() {
        String[][] cases = {
                {"Six in 10 say the new water tax is unfair.", "Six in 10", "the new water tax is unfair"},
                {"On the budget, about 42% say the council spends too much.", "about 42%", "the council spends too much"},
                {"Most said they would vote again.", "Most", "they would vote again"},
                {"In Eastport, half of the farmers surveyed said the tax should go.", "half of the farmers surveyed", "the tax should go"},
                {"More than three in four said the bridge was unsafe.", "More than three in four", "the bridge was unsafe"}};
        for (String[] c : cases) {
            TextDocument d = doc(c[0]);
            Source s = only(X.extract(d));
            assertEquals(org.sourcelight.model.SourceKind.ANONYMOUS, s.kind(), c[0] + " " + s);
            Mention m = s.mentions().get(0);
            assertSpan(d, c[1], m.speakerStart(), m.speakerEnd());
            assertSpan(d, c[2], m.contentStart(), m.contentEnd());
        }
        // a count that is no subject of its own: "the most", a number before a noun
        for (String no : new String[] {"It was the most elaborate plan the council had seen.",
                "In Eastport, 60 pledged delegates were at stake."}) {
            assertTrue(X.extract(doc(no)).isEmpty(), no + " " + X.extract(doc(no)));
        }
    }

    @Test
    void takingASideIsAViewOfTheSubjectWithItsObjectAsContent() {
        TextDocument d = doc("The mayor of Eastport endorsed Maria Vance for governor on Tuesday.");
        Mention m = mention(d);
        assertEquals(MentionKind.BELIEF, m.kind(), "a side taken is shown as a view, not as words said");
        assertSpan(d, "endorsed", m.cueStart(), m.cueEnd());
        assertSpan(d, "The mayor of Eastport", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "Maria Vance for governor on Tuesday", m.contentStart(), m.contentEnd());

        TextDocument o = doc("Farmers in the valley oppose the new water tax.");
        Mention opposed = mention(o);
        assertEquals(MentionKind.BELIEF, opposed.kind());
        assertSpan(o, "oppose", opposed.cueStart(), opposed.cueEnd());
        assertSpan(o, "the new water tax", opposed.contentStart(), opposed.contentEnd());

        TextDocument b = doc("Senator Ruth Alder backed the school bill and defended its cost.");
        assertEquals("backed", mentionsOf(b).get(0).cue());
    }

    private static java.util.List<Mention> mentionsOf(TextDocument d) { return only(X.extract(d)).mentions(); }

    @Test
    void otherSensesOfTheSideTakingVerbsAreNoAttribution() {
        assertTrue(sources("The roof is supported by four steel beams.").isEmpty(), "a passive names no one");
        assertTrue(sources("The union backed down after two days.").isEmpty(), "a particle: another verb");
        assertTrue(sources("Support for the plan fell to 40 percent.").isEmpty(), "a noun");
        assertTrue(sources("The council voted to cut grassroots support for the festival.").isEmpty(), "a noun");
        assertTrue(sources("Local officials have long opposed.").isEmpty(), "nothing taken a side on");
    }

    @Test
    void aRefusalNeedsItsToClause() {
        TextDocument d = doc("A spokeswoman for the airline declined to comment on the strike.");
        Mention m = mention(d);
        assertEquals(MentionKind.BELIEF, m.kind());
        assertSpan(d, "declined", m.cueStart(), m.cueEnd());
        assertSpan(d, "A spokeswoman for the airline", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "to comment on the strike", m.contentStart(), m.contentEnd());
        assertEquals("refused", mention(doc("The landlord refused to return the deposit.")).cue());
        assertTrue(sources("Shares in the airline declined 4 percent on Monday.").isEmpty(), "a fall in price");
    }

    @Test
    void anIngCueAfterBeIsAVerbWithItsSubject() {
        TextDocument d = doc("The state teachers union is calling for a new contract.");
        Mention m = mention(d);
        assertEquals(MentionKind.STATEMENT, m.kind());
        assertSpan(d, "calling for", m.cueStart(), m.cueEnd());
        assertSpan(d, "The state teachers union", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "a new contract", m.contentStart(), m.contentEnd());
        assertTrue(sources("The champion is adding to her tally of medals.").isEmpty(), "\"add\" still needs reported words");
        assertTrue(sources("The crowd could not hear what the coach is saying.").isEmpty(), "a relative clause refers to words, reports none");
    }

    @Test
    void whatAPollOrReportShowsNeedsNoThat() {
        TextDocument d = doc("A county poll released Friday showed the mayor leading by six points.");
        Mention m = mention(d);
        assertEquals(MentionKind.STATEMENT, m.kind());
        assertSpan(d, "showed", m.cueStart(), m.cueEnd());
        assertSpan(d, "A county poll released Friday", m.speakerStart(), m.speakerEnd()); // the participle describes the poll (decision 0048)
        assertSpan(d, "the mayor leading by six points", m.contentStart(), m.contentEnd());
        assertEquals(org.sourcelight.model.SourceKind.DOCUMENT, only(X.extract(d)).kind());
        TextDocument p = doc("Polls show that the race is tied in the north.");
        Mention polls = mention(p);
        assertSpan(p, "Polls", polls.speakerStart(), polls.speakerEnd());
        assertSpan(p, "that the race is tied in the north", polls.contentStart(), polls.contentEnd());
        assertTrue(sources("The team showed great spirit in the second half.").isEmpty(), "a person or team showing a quality");
        assertTrue(sources("Divers found the wreck off the coast.").isEmpty(), "finding a thing");
    }

    @Test
    void aThoughtNeedsNoThatAndMayComeBeforeItsThinker() {
        TextDocument d = doc("The coach's staff thinks the new keeper can start next season.");
        Mention m = mention(d);
        assertEquals(MentionKind.BELIEF, m.kind());
        assertSpan(d, "thinks", m.cueStart(), m.cueEnd());
        assertSpan(d, "the new keeper can start next season", m.contentStart(), m.contentEnd());
        TextDocument t = doc("A second vote could split the council, the mayor's aides believe.");
        Mention closing = mention(t);
        assertSpan(t, "believe", closing.cueStart(), closing.cueEnd());
        assertSpan(t, "the mayor's aides", closing.speakerStart(), closing.speakerEnd());
        assertSpan(t, "A second vote could split the council", closing.contentStart(), closing.contentEnd());
        assertTrue(sources("She works at a think tank in the capital.").isEmpty(), "a noun");
        assertTrue(sources("The fares would go up and wages would decline, the report warned.").stream()
                .allMatch(s -> s.mentions().stream().noneMatch(x -> x.cue().equals("decline"))), "a fall, not a refusal");
        assertTrue(sources("These are the reforms that the governor believes will work.").isEmpty(), "a relative clause");
    }

    @Test
    void aViewExpressedIsAViewAndSpeakingOfATopicIsAStatement() {
        TextDocument d = doc("Parents at the meeting expressed concern that the school would close.");
        Mention m = mention(d);
        assertEquals(MentionKind.BELIEF, m.kind());
        assertEquals("view or intention", m.kind().label(), "the panel names it a view, not words said");
        assertSpan(d, "expressed", m.cueStart(), m.cueEnd());
        assertSpan(d, "Parents at the meeting", m.speakerStart(), m.speakerEnd());
        TextDocument s = doc("The bishop spoke about the refugees in his sermon.");
        Mention spoke = mention(s);
        assertEquals(MentionKind.STATEMENT, spoke.kind());
        assertSpan(s, "spoke about", spoke.cueStart(), spoke.cueEnd());
        assertSpan(s, "the refugees in his sermon", spoke.contentStart(), spoke.contentEnd());
    }
    @Test
    void theListenerAndTheWordsPlacingATellingAreNotWhatWasTold() {
        String[][] cases = {
                {"Mayor Ann Fisk told reporters after Tuesday's meeting that the delay was wise.", "that the delay was wise"},
                {"Two witnesses told police that a pickup had drifted into the lane.", "that a pickup had drifted into the lane"},
                {"Ann Fisk told the council on Monday that her street had flooded.", "that her street had flooded"}};
        for (String[] c : cases) {
            TextDocument d = doc("The vote was delayed.", c[0]);
            Mention m = mention(d);
            assertSpan(d, c[1], m.contentStart(), m.contentEnd());
        }
    }

    @Test
    void anAmountAfterTheObjectOfFindingIsNoReportedStatement() {
        TextDocument d = doc("The crash closed the road.", "Officers found the truck about a mile away in a parking lot, the report said.");
        Source report = only(X.extract(d)); // the report speaks; the officers only found a truck
        assertEquals("Report", report.speaker(), report.toString());
        Mention m = report.mentions().get(0);
        assertSpan(d, "Officers found the truck about a mile away in a parking lot", m.contentStart(), m.contentEnd());
    }

    @Test
    void aChamberOfCommerceIsAnOrganisation() {
        TextDocument d = doc("The plan was approved.", "The Eastport Chamber of Commerce said in a statement that the centre would help.");
        Source s = only(X.extract(d));
        assertEquals("Eastport Chamber of Commerce", s.speaker(), s.toString());
        assertEquals(org.sourcelight.model.SourceKind.ORGANIZATION, s.kind());
    }
    @Test
    void aRelativeClauseOnTheSubjectOfTheSentenceDoesNotReportTheMainClause() {
        // the main clause's verb follows the relative clause: what the consultants wrote is not "it were paid by ..."
        assertTrue(X.extract(doc("The plan passed.", "The consultants who wrote it were paid by the developers.")).isEmpty());
        // "that" marks the reported words, so the relative clause reports them
        TextDocument d = doc("The plan passed.", "Residents who said that the road was unsafe were ignored.");
        Mention m = mention(d);
        // the relative pronoun is the speaker on the page (decision 0095); it means "Residents"
        assertSpan(d, "who", m.speakerStart(), m.speakerEnd());
        assertEquals("Residents", only(X.extract(d)).speaker());
        assertTrue(d.text().substring(m.contentStart(), m.contentEnd()).startsWith("that the road was unsafe"), d.text().substring(m.contentStart(), m.contentEnd()));
        // an object after such a relative clause is the object of the sentence: "experts who say" keeps its clause
        TextDocument e = doc("The plan passed.", "The mayor quoted engineers who say the bridge is safe.");
        Mention n = mention(e);
        assertSpan(e, "the bridge is safe", n.contentStart(), n.contentEnd());
    }
    @Test
    void anOpeningAccordingToPhraseWithADescriptionReportsTheRestOfItsSentence() {
        TextDocument d = doc("The vote was delayed.", "According to a staff report released last week, the city would borrow $450 million.");
        Mention m = mention(d);
        assertSpan(d, "the city would borrow $450 million", m.contentStart(), m.contentEnd());
        TextDocument e = doc("The vote was delayed.", "According to two people close to the mayor, the plan will change.");
        Mention n = mention(e);
        assertSpan(e, "the plan will change", n.contentStart(), n.contentEnd());
    }
    @Test
    void aCueFormThatIsAlsoANounCanEndTheSpeakersPhrase() {
        TextDocument d = doc("The talks resume.", "The secretary of state said the talks would resume in May.");
        Mention m = mention(d);
        assertSpan(d, "The secretary of state", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "the talks would resume in May", m.contentStart(), m.contentEnd());
    }
    @Test
    void anAsideBetweenAViewAndItsThatClauseIsSkippedAndAnOpeningLikePhraseIsNoSubject() {
        TextDocument d = doc("Taxes are the issue.", "But like Ann Lee, Tom Reed holds views outside the mainstream. He believes, for example, that taxes should be cut in half.");
        Source reed = null;
        for (Source s : X.extract(d)) if (s.speaker().equals("Tom Reed")) reed = s;
        assertTrue(reed != null, X.extract(d).toString());
        Mention m = reed.mentions().get(0);
        assertSpan(d, "He", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "believes", m.cueStart(), m.cueEnd());
        assertSpan(d, "that taxes should be cut in half", m.contentStart(), m.contentEnd());
    }
    @Test
    void aFormAfterAPossessiveIsANounAndShowingUpIsNoFinding() {
        assertTrue(X.extract(doc("The host spoke.", "On Mr. Kane's show, the band played two songs.")).isEmpty());
        assertTrue(X.extract(doc("The race is close.", "Thousands of voters will show up to vote for Kane.")).isEmpty());
        TextDocument d = doc("The race is close.", "The poll shows Kane ahead by two points.");
        Mention m = mention(d);
        assertSpan(d, "shows", m.cueStart(), m.cueEnd());
    }
}
