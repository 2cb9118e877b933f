package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Attributions given by layout (a dash and a name after a quotation, a speaker label before a colon) and the
 * boundaries of attributed words, each on sentences written for this test (not from any corpus), offsets asserted.
 */
class LayoutRulesTest {
    private static Mention mentionOf(TextDocument d, String speaker) {
        for (Source s : X.extract(d)) if (s.speaker().equals(speaker)) return s.mentions().get(0);
        throw new AssertionError("no source " + speaker + " in " + X.extract(d));
    }

    /** [start, end) of the first {@code what} in the document's normalized text. */
    private static int[] at(TextDocument d, String what) {
        int s = d.text().indexOf(what);
        assertTrue(s >= 0, what);
        return new int[] {s, s + what.length()};
    }

    private static void assertSpan(int[] expected, int start, int end) {
        assertEquals(expected[0], start, "start");
        assertEquals(expected[1], end, "end");
    }

    @Test
    void aQuotationFollowedByADashAndANameIsThatPersonsWords() {
        TextDocument d = doc("\u201CThe bus never comes on time and nobody cares.\u201D \u2015 Sonya Herridge",
                "\u201CI walk to work now, it is faster.\u201D \u2014 Omar Haddad, Hamilton");
        Mention sonya = mentionOf(d, "Sonya Herridge");
        assertEquals("\u2015", sonya.cue());
        assertSpan(at(d, "\"The bus never comes on time and nobody cares.\""), sonya.contentStart(), sonya.contentEnd());
        assertSpan(at(d, "Sonya Herridge"), sonya.speakerStart(), sonya.speakerEnd());
        Mention omar = mentionOf(d, "Omar Haddad");
        assertSpan(at(d, "Omar Haddad"), omar.speakerStart(), omar.speakerEnd());
        assertSpan(at(d, "\"I walk to work now, it is faster.\""), omar.contentStart(), omar.contentEnd());
        assertTrue(omar.direct());
    }

    @Test
    void aCreditLineUnderAQuotedParagraphCreditsThatQuotation() {
        TextDocument d = doc("The mayor answered questions from readers.",
                "\"We will fix the roads before winter, and the bridge next year.\"", "- Mayor Ann Lee.");
        Mention lee = mentionOf(d, "Ann Lee");
        assertEquals("-", lee.cue());
        assertSpan(at(d, "\"We will fix the roads before winter, and the bridge next year.\""), lee.contentStart(), lee.contentEnd());
    }

    @Test
    void anEmbeddedPostIsItsAuthorsWords() {
        TextDocument d = doc("The council vote is tomorrow. Be there. \u2014 Ann Lee (@annlee) March 3, 2026");
        Mention lee = mentionOf(d, "Ann Lee");
        assertSpan(at(d, "The council vote is tomorrow. Be there"), lee.contentStart(), lee.contentEnd());
    }

    @Test
    void aDashAfterATitleOrBeforeAVerbIsNoCredit() {
        List<Source> book = X.extract(doc("He read \"The Art of War\" \u2014 Sun Tzu's classic \u2014 on the plane."));
        assertTrue(book.isEmpty(), book.toString());
        List<Source> said = X.extract(doc("\"We are ready for the storm,\" - Smith said on Monday."));
        assertEquals(1, said.size(), said.toString());
        assertEquals("said", said.get(0).mentions().get(0).cue());
        List<Source> list = X.extract(doc("What to bring:", "- Water and food for three days", "- Warm clothes"));
        assertTrue(list.isEmpty(), list.toString());
    }

    @Test
    void aColonAfterACueIntroducesTheWordsEvenInTheNextParagraph() {
        TextDocument d = doc("Jane Doe ran the shelter for a decade.", "Brown explained it this way: \"The money is simply gone.\"",
                "Doe wrote on her blog:", "The city has no money left for the roads.", "Smith continued: \"Nobody asked us.\"");
        Mention brown = mentionOf(d, "Brown");
        assertSpan(at(d, "\"The money is simply gone.\""), brown.contentStart(), brown.contentEnd());
        Mention doe = null;
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) if (m.cue().equals("wrote")) doe = m;
        assertTrue(doe != null, X.extract(d).toString());
        assertSpan(at(d, "The city has no money left for the roads."), doe.contentStart(), doe.contentEnd());
        Mention smith = mentionOf(d, "Smith");
        assertEquals("continued", smith.cue());
        assertSpan(at(d, "\"Nobody asked us.\""), smith.contentStart(), smith.contentEnd());
        assertTrue(X.extract(doc("The team continued to push for a new stadium.")).isEmpty(), "continued to push is no speech");
    }

    @Test
    void aSpeakerLabelNamesTheSpeakerOfItsTurn() {
        TextDocument d = doc("Jake Tapper spoke with Governor Mary Fallin on Sunday.",
                "TAPPER: Do you think he has run a fair campaign?", "FALLIN: Well, I think the whole nation needs to work together.",
                "Q: When did you arrive?", "A: I came in 2001 with my mother.");
        Mention tapper = mentionOf(d, "Jake Tapper");
        assertEquals(":", tapper.cue());
        assertSpan(at(d, "TAPPER"), tapper.speakerStart(), tapper.speakerEnd());
        assertSpan(at(d, "Do you think he has run a fair campaign?"), tapper.contentStart(), tapper.contentEnd());
        Mention fallin = mentionOf(d, "Mary Fallin");
        assertSpan(at(d, "Well, I think the whole nation needs to work together"), fallin.contentStart(), fallin.contentEnd());
        Mention q = mentionOf(d, "The interviewer");
        assertSpan(at(d, "When did you arrive?"), q.contentStart(), q.contentEnd());
        Mention a = mentionOf(d, "The person interviewed");
        assertSpan(at(d, "I came in 2001 with my mother"), a.contentStart(), a.contentEnd());
    }

    @Test
    void notesListsTimesAndTalliesAreNoSpeakerLabels() {
        List<Source> none = X.extract(doc("Where: City Hall, 7 p.m.", "Note: This story has been updated.",
                "UPDATE: The vote was moved to Monday.", "The result: nobody knows.", "The schedule: 7:30 p.m. Monday.",
                "Ann Lee: 1,769", "Ontario: Ann Lee, Omar Haddad, Sonya Herridge."));
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aNameBeforeAColonAndAQuotationIsTheQuotationsSpeaker() {
        TextDocument d = doc("The turnout did not surprise Republican pollster Ann Lee: \"Turnout was always going to be low here.\"");
        Mention lee = mentionOf(d, "Ann Lee");
        assertSpan(at(d, "Republican pollster Ann Lee"), lee.speakerStart(), lee.speakerEnd());
        assertSpan(at(d, "\"Turnout was always going to be low here.\""), lee.contentStart(), lee.contentEnd());
    }

    @Test
    void aHeadlineColonGivesTheSpeakerAndTheirWords() {
        TextDocument d = org.sourcelight.text.DocumentBuilder.standard().build(
                "Pence: Flowers Won't Be at the Debate\n\nMike Pence said on Sunday that the debate would go ahead.",
                org.sourcelight.model.ArticleMeta.empty());
        Mention pence = null;
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) if (m.cue().equals(":")) pence = m;
        assertTrue(pence != null, X.extract(d).toString());
        assertSpan(at(d, "Pence"), pence.speakerStart(), pence.speakerEnd());
        assertSpan(at(d, "Flowers Won't Be at the Debate"), pence.contentStart(), pence.contentEnd());
        TextDocument w = org.sourcelight.text.DocumentBuilder.standard().build(
                "Watch: Pence Speaks in Ohio\n\nMike Pence said on Sunday that the debate would go ahead.", org.sourcelight.model.ArticleMeta.empty());
        for (Source s : X.extract(w)) for (Mention m : s.mentions()) assertEquals("said", m.cue(), "a rubric is no speaker: " + m);
    }

    private static Mention headlineMention(TextDocument d, String cue) {
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) if (m.cue().equals(cue)) return m;
        return null;
    }

    @Test
    void aHeadlineWhoseSpeakerOpensItAndWhoseCueFollowsIsThatSpeakersWords() {
        TextDocument d = org.sourcelight.text.DocumentBuilder.standard().build(
                "Lee Says Council Will Rebuild the Bridge\n\nMayor Ann Lee said on Sunday that the bridge would be rebuilt. Lee spoke in Hamilton.",
                org.sourcelight.model.ArticleMeta.empty());
        Mention lee = headlineMention(d, "Says");
        assertTrue(lee != null, X.extract(d).toString());
        assertSpan(at(d, "Lee"), lee.speakerStart(), lee.speakerEnd());
        assertSpan(at(d, "Council Will Rebuild the Bridge"), lee.contentStart(), lee.contentEnd());
        // sentence case, after a rubric and its colon
        TextDocument r = org.sourcelight.text.DocumentBuilder.standard().build(
                "The Latest: Mayor Lee calls for a new bridge\n\nMayor Ann Lee said on Sunday that the bridge would be rebuilt. Lee spoke in Hamilton.",
                org.sourcelight.model.ArticleMeta.empty());
        Mention calls = headlineMention(r, "calls for");
        assertTrue(calls != null, X.extract(r).toString());
        assertSpan(at(r, "a new bridge"), calls.contentStart(), calls.contentEnd());
        // a noun that is also a cue form, a clause word before the verb, a speaker the article never names: none
        for (String title : List.of("Jobs Report Gives the Mayor a Lift", "More City Emails Released on Friday",
                "If Lee Says It, It Is True", "Residents Say the Bridge Is Unsafe")) {
            TextDocument n = org.sourcelight.text.DocumentBuilder.standard().build(title
                    + "\n\nMayor Ann Lee said on Sunday that the bridge would be rebuilt. Lee spoke in Hamilton.",
                    org.sourcelight.model.ArticleMeta.empty());
            for (Source s : X.extract(n)) for (Mention m : s.mentions()) {
                if (!m.cue().equals("said")) assertTrue(title.equals("Residents Say the Bridge Is Unsafe") && m.cue().equals("Say"), title + ": " + m);
            }
        }
    }

    @Test
    void aRelativeClauseClosingTheSentenceIsTheWritersDescription() {
        TextDocument d = doc("Ann Lee said the council would close the Harbour Road bridge, which was built in 1952.",
                "Omar Haddad said that the mayor, who chairs the board, had signed the order.");
        Mention lee = mentionOf(d, "Ann Lee");
        assertSpan(at(d, "the council would close the Harbour Road bridge"), lee.contentStart(), lee.contentEnd());
        // a relative clause inside the reported clause stays in it
        Mention haddad = mentionOf(d, "Omar Haddad");
        assertSpan(at(d, "that the mayor, who chairs the board, had signed the order"), haddad.contentStart(), haddad.contentEnd());
    }

    @Test
    void anAsideBetweenACommonNounSubjectAndItsCueKeepsTheSubject() {
        TextDocument d = doc("The transit agency, when asked about the fares, said they would rise in May.");
        Source s = X.extract(d).get(0);
        Mention m = s.mentions().get(0);
        assertSpan(at(d, "The transit agency"), m.speakerStart(), m.speakerEnd());
        assertSpan(at(d, "they would rise in May"), m.contentStart(), m.contentEnd());
    }

    @Test
    void accordingToAfterTheClauseReportsOnlyThatClause() {
        TextDocument d = doc("The bridge was to be closed, according to a letter sent to residents by the city, a copy of which was seen by this paper.",
                "The fare, according to officials, will rise after a vote.");
        Mention letter = null, officials = null;
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) {
            if (m.speakerStart() == at(d, "a letter")[0]) letter = m;
            if (m.speakerStart() == at(d, "officials")[0]) officials = m;
        }
        assertTrue(letter != null && officials != null, X.extract(d).toString());
        assertSpan(at(d, "The bridge was to be closed"), letter.contentStart(), letter.contentEnd());
        // in the middle of its clause, the clause around it is what is reported
        assertSpan(at(d, "The fare, according to officials, will rise after a vote"), officials.contentStart(), officials.contentEnd());
    }

    @Test
    void afterAClosingQuotationTheWordsAfterTheCueAreWhereAndToWhom() {
        TextDocument d = doc("\"She just made it up,\" he said of the claim during a call to the radio show \"Morning Talk.\"");
        Mention he = X.extract(d).get(0).mentions().get(0);
        assertSpan(at(d, "\"She just made it up,\""), he.contentStart(), he.contentEnd());
        TextDocument e = doc("\"We are done,\" Ann Lee told a crowd of several hundred supporters gathered in a church hall in Hamilton.");
        Mention lee = mentionOf(e, "Ann Lee");
        assertSpan(at(e, "\"We are done,\""), lee.contentStart(), lee.contentEnd());
    }

    @Test
    void forwardWordsStopWhereTheWritersOwnClauseBegins() {
        TextDocument d = doc("Ann Lee said that the plan was dead, but she did not say when it would end.",
                "Omar Haddad said the budget was balanced, according to the minutes of the meeting.",
                "Sonya Herridge said the fare would rise; the council has not voted.");
        Mention lee = mentionOf(d, "Ann Lee");
        assertSpan(at(d, "that the plan was dead"), lee.contentStart(), lee.contentEnd());
        Mention haddad = mentionOf(d, "Omar Haddad");
        assertSpan(at(d, "the budget was balanced"), haddad.contentStart(), haddad.contentEnd());
        Mention herridge = mentionOf(d, "Sonya Herridge");
        assertSpan(at(d, "the fare would rise"), herridge.contentStart(), herridge.contentEnd());
    }

    @Test
    void aSecondPredicateOfTheSubjectIsTheSubjectsAttribution() {
        TextDocument d = doc("A spokesman refused to answer questions but said there was no meeting planned.",
                "In an interview on Thursday, Mayor Ann Lee praised the crews and said the roads would reopen.");
        List<Source> all = X.extract(d);
        Mention said = null, lee = null;
        for (Source s : all) for (Mention m : s.mentions()) {
            if (m.cue().equals("said") && s.speaker().equals("Ann Lee")) lee = m;
            else if (m.cue().equals("said")) said = m;
        }
        assertTrue(said != null && lee != null, all.toString());
        assertSpan(at(d, "A spokesman"), said.speakerStart(), said.speakerEnd());
        assertSpan(at(d, "there was no meeting planned"), said.contentStart(), said.contentEnd());
        assertSpan(at(d, "the roads would reopen"), lee.contentStart(), lee.contentEnd());
    }

    @Test
    void anInvertedSpeakerKeepsItsPostModifierAndAnUnreadCueStopsAContinuedQuote() {
        TextDocument d = doc("\"This is an extreme revision,\" said Ann Lee of the National Retail Federation.");
        Mention lee = mentionOf(d, "Ann Lee");
        assertSpan(at(d, "Ann Lee of the National Retail Federation"), lee.speakerStart(), lee.speakerEnd());
        // the second quote has a cue of its own (its speaker phrase is not read): it does not continue Ann Lee's words
        TextDocument e = doc("\"This is an extreme revision,\" Ann Lee said. \"It was a very long night for us,\" said one of the two.");
        for (Source s : X.extract(e)) for (Mention m : s.mentions()) assertTrue(m.contentStart() < e.text().indexOf("It was"), m.toString());
    }

    @Test
    void aQuotationIntroducedAfterTheVenueIsTheContentWithoutTheVenue() {
        TextDocument d = doc("Ann Lee told reporters about the storied doctor, \"He saved hundreds of lives in this town.\"");
        Mention lee = mentionOf(d, "Ann Lee");
        assertSpan(at(d, "\"He saved hundreds of lives in this town.\""), lee.contentStart(), lee.contentEnd());
    }
}
