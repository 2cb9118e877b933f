package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Attributions carried by a frame rather than a reporting verb: a poll or survey opening its sentence ("In a ... poll,
 * ..."), "according to" after a bracket or with a pronoun, each on sentences written for this test (no corpus text),
 * offsets and grades asserted.
 */
class FrameRulesTest {
    /** The mention whose cue starts at the first {@code cue} after {@code after} in the text, or null. */
    private static Mention mentionWithCue(TextDocument d, List<Source> all, String after, String cue) {
        int at = d.text().indexOf(cue, d.text().indexOf(after));
        for (Source s : all) for (Mention m : s.mentions()) if (m.cueStart() == at && m.cue().equals(cue)) return m;
        return null;
    }

    private static Source sourceOf(List<Source> all, Mention m) {
        for (Source s : all) if (s.mentions().contains(m)) return s;
        throw new AssertionError("no source for " + m);
    }

    private static void assertText(TextDocument d, String expected, int start, int end) {
        assertEquals(expected, d.text().substring(start, end));
        assertEquals(d.text().indexOf(expected), start, "start of " + expected);
    }

    @Test
    void aPollOpeningItsSentenceIsTheSourceOfTheClauseAfterItsComma() {
        TextDocument d = doc("The council met on Monday to discuss the budget.",
                "In a Harbor Times poll released Monday, 62 percent of residents said they opposed the plan.");
        List<Source> all = X.extract(d);
        Mention m = mentionWithCue(d, all, "In a Harbor", "In");
        assertTrue(m != null, all.toString());
        assertText(d, "62 percent of residents said they opposed the plan", m.contentStart(), m.contentEnd());
        assertText(d, "a Harbor Times poll", m.speakerStart(), m.speakerEnd());
        Source poll = sourceOf(all, m);
        assertEquals(SourceKind.DOCUMENT, poll.kind());
        // the people counted by the poll still said their part
        Mention said = mentionWithCue(d, all, "residents said", "said");
        assertTrue(said != null, all.toString());
        assertText(d, "they opposed the plan", said.contentStart(), said.contentEnd());
    }

    @Test
    void aSurveysAsideAfterItsFirstCommaIsNotItsContentAndTheSamePollIsTheOneNamedBefore() {
        TextDocument d = doc("Most residents want a park, a Harbor Times poll found.",
                "In a survey of 800 likely voters, conducted from May 1 to May 4, a majority backed the bus lanes.",
                "In the same survey, most parents asked for a crossing guard.");
        List<Source> all = X.extract(d);
        Mention survey = mentionWithCue(d, all, "In a survey", "In");
        assertTrue(survey != null, all.toString());
        assertText(d, "a survey of 800 likely voters", survey.speakerStart(), survey.speakerEnd());
        assertText(d, "a majority backed the bus lanes", survey.contentStart(), survey.contentEnd());
        assertEquals(SourceKind.DOCUMENT, sourceOf(all, survey).kind());
        Mention same = mentionWithCue(d, all, "In the same", "In");
        assertTrue(same != null, all.toString());
        assertText(d, "most parents asked for a crossing guard", same.contentStart(), same.contentEnd());
    }

    @Test
    void pollsInsideAClauseOrWithoutAReportAreNoFrame() {
        for (String s : List.of("Ann Lee leads in the polls ahead of the vote.", "In the polls, anyway.",
                "She worked in polling for ten years, then opened a bakery.",
                "In a memo released as polls closed, the mayor thanked the volunteers.",
                "In a poll of his own making, nobody could check the numbers.")) {
            TextDocument d = doc("The council met on Monday.", s);
            List<Source> all = X.extract(d);
            boolean frame = mentionWithCue(d, all, s.substring(0, 6), "In") != null || mentionWithCue(d, all, s.substring(0, 6), "in") != null;
            // the last one is a poll that opens its sentence: its clause is reported as the poll's (a reader can ask who ran it)
            assertEquals(s.startsWith("In a poll of"), frame, s + " -> " + all);
        }
    }

    @Test
    void aPollRunByAnOutletIsADocumentAndTheOutletIsStillCited() {
        TextDocument d = doc("Most residents oppose the plan, according to a CBS News poll.",
                "Most drivers want more buses, according to a poll by the Harbor Times.");
        List<Source> all = X.extract(d);
        Mention cbs = mentionWithCue(d, all, "Most residents", "according to");
        assertTrue(cbs != null, all.toString());
        Source poll = sourceOf(all, cbs);
        assertEquals(SourceKind.DOCUMENT, poll.kind());
        assertText(d, "Most residents oppose the plan", cbs.contentStart(), cbs.contentEnd());
        Mention times = mentionWithCue(d, all, "Most drivers", "according to");
        assertTrue(times != null, all.toString());
        assertEquals(SourceKind.DOCUMENT, sourceOf(all, times).kind());
        // the Outlets panel finds the outlet by its name, whatever the Sources panel grades
        List<CitedOutlet> cited = OutletAnalyzer.standard().analyze(d, List.of()).cited();
        CitedOutlet c = cited.stream().filter(o -> o.name().equals("CBS News")).findFirst().orElseThrow(() -> new AssertionError(cited.toString()));
        assertTrue(c.outlet() != null, "CBS News is in the registry");
        assertText(d, "CBS News", c.start(), c.end());
        // an outlet missing from the registry is never called independent: it is not cited as a registry outlet
        for (CitedOutlet o : cited) assertFalse(o.name().contains("Harbor") && o.outlet() != null, o.toString());
    }

    @Test
    void accordingToAfterAnOpeningBracketOrWithAPronoun() {
        TextDocument d = doc("Lena Ortiz runs the clinic. (According to the city clerk, the office has 14 staff.)",
                "Tom Reyes, the treasurer, spoke next. The plan would cost $2 million, according to him.");
        List<Source> all = X.extract(d);
        Mention clerk = mentionWithCue(d, all, "(According", "According to");
        assertTrue(clerk != null, all.toString());
        assertText(d, "the office has 14 staff", clerk.contentStart(), clerk.contentEnd());
        assertText(d, "the city clerk", clerk.speakerStart(), clerk.speakerEnd());
        Mention him = mentionWithCue(d, all, "$2 million", "according to");
        assertTrue(him != null, all.toString());
        assertText(d, "The plan would cost $2 million", him.contentStart(), him.contentEnd());
        assertEquals("Tom Reyes", sourceOf(all, him).speaker());
    }

    @Test
    void aNoticeOrAListBeforeAColonIsNoAttribution() {
        for (String s : List.of("Note: the road is closed until Friday.", "Ingredients: two eggs, flour and a cup of milk.")) {
            List<Source> all = X.extract(doc("The council met on Monday.", s));
            assertTrue(all.isEmpty(), s + " -> " + all);
        }
    }

    @Test
    void aTranscriptsShortLabelIsTheSurnameOfItsFullLabelAndAReportInsideATurnKeepsTheTurn() {
        TextDocument d = doc("The mayor spoke to the radio host on Friday.",
                "NORA VANCE: Do you think the bridge will open this year?",
                "LENA ORTIZ: I think it will open in the spring, if the steel arrives in time.",
                "VANCE: And the money?",
                "ORTIZ: The council has the money. If you read what the engineer said last week, he expects no delay at all.");
        List<Source> all = X.extract(d);
        Mention vance = mentionWithCue(d, all, "VANCE: And", ":");
        assertTrue(vance != null, all.toString());
        assertText(d, "And the money?", vance.contentStart(), vance.contentEnd());
        assertEquals(sourceOf(all, mentionWithCue(d, all, "NORA VANCE", ":")), sourceOf(all, vance));
        Mention ortiz = mentionWithCue(d, all, "ORTIZ: The council", ":");
        assertTrue(ortiz != null, all.toString());
        assertText(d, "The council has the money. If you read what the engineer said last week, he expects no delay at all",
                ortiz.contentStart(), ortiz.contentEnd());
        // a word in capitals that no full label ends is no speaker
        List<Source> none = X.extract(doc("The bridge is late.", "WARNING: the bridge is closed to all traffic until May."));
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aNameAfterFromOrADashBeforeAColonAndAQuotationIsItsSpeakerButAListenerIsNot() {
        TextDocument d = doc("Greta Lund, a pollster at Harbor Research, wrote a memo after the vote.",
                "What went wrong - More from Lund: \"We stopped calling voters a week too early, and the late deciders broke away.\"",
                "Pollsters agree - Omar Haddad: \"The lesson is simple, keep calling voters until the last day.\"",
                "The mayor sent a blunt message to Lund: \"Your numbers were wrong and you should say so in public.\"",
                "A familiar voice cheered the result on Twitter: \"We knew it all along and we said so every day.\"");
        List<Source> all = X.extract(d);
        Mention lund = mentionWithCue(d, all, "More from Lund", ":");
        assertTrue(lund != null, all.toString());
        assertEquals("Greta Lund", sourceOf(all, lund).speaker());
        assertText(d, "\"We stopped calling voters a week too early, and the late deciders broke away.\"", lund.contentStart(), lund.contentEnd());
        Mention haddad = mentionWithCue(d, all, "Omar Haddad:", ":");
        assertTrue(haddad != null, all.toString());
        assertEquals("Omar Haddad", sourceOf(all, haddad).speaker());
        assertNull(mentionWithCue(d, all, "message to Lund", ":"), all.toString());
        assertNull(mentionWithCue(d, all, "on Twitter", ":"), all.toString());
    }

    @Test
    void aHeadlineLabelMayBeAReportOrAnOutletWrittenInCapitals() {
        TextDocument report = DocumentBuilder.standard().build("Report: Council To Sell The Old Depot\n\nThe council met on Monday.",
                ArticleMeta.empty());
        Source r = SentenceSources.only(X.extract(report));
        assertEquals(SourceKind.DOCUMENT, r.kind());
        assertEquals(":", r.mentions().get(0).cue());
        assertText(report, "Council To Sell The Old Depot", r.mentions().get(0).contentStart(), r.mentions().get(0).contentEnd());
        TextDocument ap = DocumentBuilder.standard().build("AP: Mayor Moved City Money To Lobbyists\n\nThe council met on Monday.",
                ArticleMeta.empty());
        Source a = SentenceSources.only(X.extract(ap));
        assertEquals(SourceKind.MEDIA, a.kind());
        assertText(ap, "Mayor Moved City Money To Lobbyists", a.mentions().get(0).contentStart(), a.mentions().get(0).contentEnd());
        // a headline whose words only look like a label stays the writer's
        TextDocument plain = DocumentBuilder.standard().build("The Candidates' Favorite TV Shows\n\nThe council met on Monday.",
                ArticleMeta.empty());
        assertTrue(X.extract(plain).isEmpty(), X.extract(plain).toString());
    }

    @Test
    void accordingToADocumentThePhraseReadersStopShortOf() {
        TextDocument d = doc("Lee has been the most admired mayor for ten years, according to a yearly Harbor poll.",
                "According to the same poll, her support fell in August.",
                "According to recent polling, the mayor is once again leading the field.",
                "The plan would cost $2 million, according to the \"Better Buses\" document she released.");
        List<Source> all = X.extract(d);
        Mention yearly = mentionWithCue(d, all, "Lee has been", "according to");
        assertTrue(yearly != null, all.toString());
        assertText(d, "Lee has been the most admired mayor for ten years", yearly.contentStart(), yearly.contentEnd());
        assertText(d, "a yearly Harbor poll", yearly.speakerStart(), yearly.speakerEnd());
        Source poll = sourceOf(all, yearly);
        assertEquals(SourceKind.DOCUMENT, poll.kind());
        Mention same = mentionWithCue(d, all, "According to the same", "According to");
        assertTrue(same != null, all.toString());
        assertEquals(poll, sourceOf(all, same), "the same poll is the one named before");
        assertText(d, "her support fell in August", same.contentStart(), same.contentEnd());
        Mention polling = mentionWithCue(d, all, "According to recent", "According to");
        assertTrue(polling != null, all.toString());
        assertText(d, "the mayor is once again leading the field", polling.contentStart(), polling.contentEnd());
        Mention plan = mentionWithCue(d, all, "$2 million", "according to");
        assertTrue(plan != null, all.toString());
        assertText(d, "The plan would cost $2 million", plan.contentStart(), plan.contentEnd());
        assertEquals(SourceKind.DOCUMENT, sourceOf(all, plan).kind());
    }

    @Test
    void aClauseAfterAnOpeningAccordingToIsReportedForwards() {
        TextDocument d = doc("According to Harbor Radio, Mayor Lena Ortiz said the remarks were unfair.");
        List<Source> all = X.extract(d);
        Mention said = mentionWithCue(d, all, "Ortiz said", "said");
        assertTrue(said != null, all.toString());
        assertText(d, "the remarks were unfair", said.contentStart(), said.contentEnd());
        Mention radio = mentionWithCue(d, all, "According", "According to");
        assertTrue(radio != null, all.toString());
        assertText(d, "Mayor Lena Ortiz said the remarks were unfair", radio.contentStart(), radio.contentEnd());
    }

    @Test
    void referringToAfterAStatementSaysWhomTheSpeakerMeant() {
        TextDocument d = doc("\"The key was the timing,\" Tom Hedge said, referring to the two harbor hotels. \"We got lucky.\"",
                "\"We need steady hands,\" Ann Lee told the crowd, likely referring to the governor.");
        List<Source> all = X.extract(d);
        Mention hotels = mentionWithCue(d, all, "Hedge said", "referring to");
        assertTrue(hotels != null, all.toString());
        assertText(d, "the two harbor hotels", hotels.contentStart(), hotels.contentEnd());
        assertEquals("Tom Hedge", sourceOf(all, hotels).speaker());
        Mention governor = mentionWithCue(d, all, "likely", "referring to");
        assertTrue(governor != null, all.toString());
        assertText(d, "the governor", governor.contentStart(), governor.contentEnd());
        assertEquals("Ann Lee", sourceOf(all, governor).speaker());
        // no statement before it in the sentence, or not a participle after a comma: no attribution
        for (String s : List.of("For many voters, referring to oneself as a socialist is a risk.",
                "The council met on Monday. It was referring to the old depot.")) {
            List<Source> none = X.extract(doc(s));
            assertTrue(none.isEmpty(), s + " -> " + none);
        }
    }

    @Test
    void asSomeonePutItGivesTheQuotationOrTheWordsAfterIt() {
        TextDocument d = doc("As Tom Ridge, a former harbor master, put it: \"The ships are no longer at the gate.\"",
                "As the port's chief executive, Jeff Weiner, put it in his memo to staff, \"Imagine a city with no traffic at all.\"",
                "The mayor, who owed her job to, as one aide put it, an open primary, left early.",
                "Nora Vance wants a city \"that works for everyone,\" as she put it on Wednesday in Salem.");
        List<Source> all = X.extract(d);
        Mention ridge = mentionWithCue(d, all, "As Tom Ridge", "put it");
        assertTrue(ridge != null, all.toString());
        assertEquals("Tom Ridge", sourceOf(all, ridge).speaker());
        assertText(d, "\"The ships are no longer at the gate.\"", ridge.contentStart(), ridge.contentEnd());
        Mention weiner = mentionWithCue(d, all, "Jeff Weiner", "put it");
        assertTrue(weiner != null, all.toString());
        assertEquals("Jeff Weiner", sourceOf(all, weiner).speaker());
        assertText(d, "\"Imagine a city with no traffic at all.\"", weiner.contentStart(), weiner.contentEnd());
        Mention aide = mentionWithCue(d, all, "one aide", "put it");
        assertTrue(aide != null, all.toString());
        assertText(d, "an open primary", aide.contentStart(), aide.contentEnd());
        assertEquals(SourceKind.ANONYMOUS, sourceOf(all, aide).kind());
        Mention vance = mentionWithCue(d, all, "as she", "put it");
        assertTrue(vance != null, all.toString());
        assertText(d, "\"that works for everyone,\"", vance.contentStart(), vance.contentEnd());
        assertEquals("Nora Vance", sourceOf(all, vance).speaker());
        // putting a thing somewhere reports nothing
        List<Source> oven = X.extract(doc("As Ann Lee put it in the oven, the timer rang."));
        assertTrue(oven.isEmpty(), oven.toString());
    }

    @Test
    void twoTurnsInOneParagraphAndARubricBeforeAHeadlineLabel() {
        TextDocument d = doc("The council met on Monday. Ann Lee and Tom Bush spoke.",
                "Lee: \"Our goal is to fix the roads, not to study them.\" Bush: \"The mission is to fix the roads this year.\"");
        List<Source> all = X.extract(d);
        Mention lee = mentionWithCue(d, all, "Lee: ", ":");
        assertTrue(lee != null, all.toString());
        assertText(d, "\"Our goal is to fix the roads, not to study them.\"", lee.contentStart(), lee.contentEnd());
        Mention bush = mentionWithCue(d, all, "Bush: ", ":");
        assertTrue(bush != null, all.toString());
        assertEquals("Tom Bush", sourceOf(all, bush).speaker());
        assertText(d, "\"The mission is to fix the roads this year.\"", bush.contentStart(), bush.contentEnd());
        TextDocument stone = DocumentBuilder.standard().build(
                "EXCLUSIVE \u2013 Roger Stone: Do Not Trust The Voting Machines\n\nRoger Stone spoke on Monday about the vote.",
                ArticleMeta.empty());
        Source r = SentenceSources.only(X.extract(stone));
        assertEquals("Roger Stone", r.speaker());
        assertText(stone, "Do Not Trust The Voting Machines", r.mentions().get(0).contentStart(), r.mentions().get(0).contentEnd());
    }

    @Test
    void aHeadlineLabelMayNameTheListenerVenueOrTopicBeforeItsColon() {
        TextDocument d = DocumentBuilder.standard().build(
                "Clinton to Nurses: We Will Fund Every Clinic\n\nHillary Clinton spoke to the nurses' union on Monday.",
                ArticleMeta.empty());
        Source c = SentenceSources.only(X.extract(d));
        assertEquals("Hillary Clinton", c.speaker());
        Mention m = c.mentions().get(0);
        assertEquals(":", m.cue());
        assertText(d, "We Will Fund Every Clinic", m.contentStart(), m.contentEnd());
        // no name before the preposition: the writer's own headline
        TextDocument school = DocumentBuilder.standard().build("Back to School: Ten Tips for Parents\n\nSchools open on Monday.",
                ArticleMeta.empty());
        assertTrue(X.extract(school).isEmpty(), X.extract(school).toString());
    }
}
