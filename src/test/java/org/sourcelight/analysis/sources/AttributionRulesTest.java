package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.only;
import static org.sourcelight.analysis.sources.SentenceSources.sources;
import static org.sourcelight.analysis.sources.SentenceSources.speakerText;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ResolvedBy;
import org.sourcelight.model.Mention;
import org.sourcelight.model.MentionKind;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.TextDocument;

/** The general attribution rules of issue 12, each on a sentence written for this test (not from any corpus). */
class AttributionRulesTest {
    @Test
    void anOutletInTheRegistryThatSpeaksIsMediaAndScientistsWarnIsVague() {
        Source xinhua = only(sources("Xinhua said the talks would resume in March."));
        assertEquals(SourceKind.MEDIA, xinhua.kind(), xinhua.toString());
        Source times = only(sources("The Global Times said the tariffs would hurt farmers."));
        assertEquals(SourceKind.MEDIA, times.kind(), times.toString());
        Source scientists = only(sources("Scientists warn that the dispute could slow research."));
        assertEquals(SourceKind.VAGUE, scientists.kind(), scientists.toString());
    }

    @Test
    void commonNounSubjectsAreSpeakersAndUnnamedPeopleAreAnonymous() {
        Source aides = only(sources("His aides said the trip was off."));
        assertEquals(SourceKind.ANONYMOUS, aides.kind());
        Source engineer = only(sources("A veteran Boston-based engineer said the bridge was unsafe."));
        assertEquals(SourceKind.ANONYMOUS, engineer.kind());
        Source informed = only(sources("Sources familiar with the matter said the deal was off."));
        assertEquals("Sources familiar with the matter", informed.speaker());
        assertEquals(SourceKind.ANONYMOUS, informed.kind());
        Source police = only(sources("Police said the driver fled."));
        assertEquals(SourceKind.ORGANIZATION, police.kind());
    }

    @Test
    void titlesAppositivesAndBracketsBelongToTheSpeaker() {
        TextDocument d = doc("Police Lt. Tom Wilkison said the man fled.");
        Source lt = only(X.extract(d));
        assertEquals("Tom Wilkison", lt.speaker());
        assertEquals("Police Lt. Tom Wilkison", speakerText(d, lt));
        assertEquals("Marcel Lazar", only(sources("Marcel Lazar, 44, said that he regretted it.")).speaker());
        assertEquals("Tara Gomes", only(sources("Tara Gomes, a co-author of the report, says the numbers are up.")).speaker());
        TextDocument r = doc("Rep. Ann Levin (D-Mich.) said she would vote no.");
        assertEquals("Rep. Ann Levin (D-Mich.)", speakerText(r, only(X.extract(r))));
    }

    @Test
    void contentIsTheAdjacentQuotationAndTwoSingleQuotesAreADoubleMark() {
        TextDocument d = doc("''We will win,'' Smith said recently.");
        Source s = only(X.extract(d));
        Mention m = s.mentions().get(0);
        assertEquals("\"We will win,\"", d.text().substring(m.contentStart(), m.contentEnd()));
        assertTrue(m.direct());
    }

    @Test
    void verbsInAnotherSenseAreNoAttribution() {
        assertTrue(sources("The striker added three goals in the second half.").isEmpty());
        assertTrue(sources("The company reported a profit of $3 billion for the quarter.").isEmpty());
        assertTrue(sources("Phone calls to the office went unanswered across the United States.").isEmpty());
        assertEquals(1, sources("The striker added that the team was tired.").size());
    }

    @Test
    void aSpeakerIsNeverABareTitleNumberOrWeekday() {
        for (Source s : sources("\"We are ready,\" said Friday.", "\"It works,\" Mr. said.", "\"Fine,\" 2016 said.")) {
            assertTrue(s.speaker().contains(" ") || !List.of("Friday", "Mr", "Mr.", "2016").contains(s.speaker()), s.speaker());
        }
    }

    @Test
    void pronounsFollowTheGivenNamesGender() {
        List<Source> all = sources("Hillary Clinton met Donald Trump on Monday.",
                "\"The debate is over,\" she said.", "\"We will see,\" he said.");
        assertEquals(List.of("Hillary Clinton", "Donald Trump"), all.stream().map(Source::speaker).toList());
        assertEquals(ResolvedBy.PRONOUN, all.get(0).mentions().get(0).resolvedBy());
    }

    @Test
    void accordingToAnyNounPhraseAndABareDescriptionMeansTheLastNamedBody() {
        Source poll = only(sources("Most voters oppose the plan, according to a national Gallup poll."));
        assertEquals(SourceKind.DOCUMENT, poll.kind());
        List<Source> co = sources("GunBroker.com said in a statement that it rejected the listing.",
                "\"We want no part in it,\" the company wrote.");
        assertEquals(1, co.size(), co.toString());
        assertEquals(2, co.get(0).mentions().size());
    }

    private static String content(TextDocument d, Mention m) { return d.text().substring(m.contentStart(), m.contentEnd()); }

    @Test
    void aBeliefOrIntentionIsAnAttributionOfItsOwnKind() {
        TextDocument d = doc("The governor thinks that the budget will pass.");
        Mention m = only(X.extract(d)).mentions().get(0);
        assertEquals(MentionKind.BELIEF, m.kind());
        assertEquals("thinks", m.cue());
        assertEquals("that the budget will pass", content(d, m));
        Mention wants = only(sources("Mayor Ann Lee wants to rebuild the bridge.")).mentions().get(0);
        assertEquals(MentionKind.BELIEF, wants.kind());
        Mention said = only(sources("Mayor Ann Lee said the bridge would reopen.")).mentions().get(0);
        assertEquals(MentionKind.STATEMENT, said.kind());
        // "is expected to": a view held by someone the text does not name
        Source expected = only(sources("The council is expected to approve the plan."));
        assertEquals(SourceKind.VAGUE, expected.kind());
        assertEquals(MentionKind.BELIEF, expected.mentions().get(0).kind());
    }

    @Test
    void aBeliefNeedsAClauseAndIsNotCountedInsideWordsAlreadyAttributed() {
        assertTrue(sources("Mayor Ann Lee wants more money for schools.").isEmpty(), "a wish for a thing is no reported view");
        // one attribution: what the mayor said, of which the plan is a part
        Source lee = only(sources("Mayor Ann Lee said on Monday that she hopes to rebuild the bridge."));
        assertEquals(1, lee.mentions().size(), lee.toString());
        assertEquals("said", lee.mentions().get(0).cue());
        assertTrue(sources("The voters saw what the mayor believes are her best years.").isEmpty(), "a relative clause");
    }

    @Test
    void theListenerAndVenueBeforeThatOrAColonAreNotContent() {
        TextDocument d = doc("Jane Doe told the Toronto Star on Friday that the plan was dead.");
        assertEquals("that the plan was dead", content(d, only(X.extract(d)).mentions().get(0)));
        TextDocument e = doc("Ford said in a statement Tuesday: \"We will keep the plant open.\"");
        assertEquals("\"We will keep the plant open.\"", content(e, only(X.extract(e)).mentions().get(0)));
        TextDocument f = doc("Mayor John Tory fumed: \"This is a disgrace to the city.\"");
        Mention fumed = only(X.extract(f)).mentions().get(0);
        assertEquals("fumed", fumed.cue());
        assertEquals("\"This is a disgrace to the city.\"", content(f, fumed));
    }

    @Test
    void asidesBetweenSubjectAndCueAreSkipped() {
        Source company = only(sources("The company, in a statement, said it would appeal."));
        assertEquals(SourceKind.ORGANIZATION, company.kind(), company.toString());
        Source abboud = only(sources("A Twitter spokesman, Christopher Abboud, said on Saturday that the count was wrong."));
        assertEquals("Christopher Abboud", abboud.speaker());
        Source joyce = only(sources("Reached by phone on Tuesday, Ann Joyce \u2014 who is listed as an attorney \u2014 told reporters she would not appeal."));
        assertEquals("Ann Joyce", joyce.speaker());
        Source experts = only(sources("Pelosi is echoing security experts who say the files were doctored."));
        assertEquals("Security experts", experts.speaker(), experts.toString());
        assertTrue(sources("He is a serial liar who has repeatedly pledged to ban visitors.").isEmpty(), "a description, not a source");
    }

    @Test
    void theListenerOfToldAndAnAsideBeforeThatAreNotContent() {
        TextDocument d = doc("The actress told The Sun she never saw it coming.");
        Mention told = only(X.extract(d)).mentions().get(0);
        assertEquals("she never saw it coming", content(d, told));
        assertEquals(d.text().indexOf("she never"), told.contentStart());
        TextDocument e = doc("Ann Reyes told reporters the deal was off.");
        assertEquals("the deal was off", content(e, only(X.extract(e)).mentions().get(0)));
        TextDocument f = doc("Aisha Rahman warned, however, that the group would watch closely.");
        assertEquals("that the group would watch closely", content(f, only(X.extract(f)).mentions().get(0)));
        TextDocument g = doc("Jim Clyburn said in an interview with CNN that he was disappointed.");
        Source clyburn = X.extract(g).stream().filter(s -> s.speaker().equals("Jim Clyburn")).findFirst().orElseThrow();
        assertEquals("that he was disappointed", content(g, clyburn.mentions().get(0)));
    }

    @Test
    void passivesThatNameNoSpeakerAndParticiplesAreNoAttribution() {
        assertTrue(sources("Officers were called to the scene shortly after 2 a.m.").isEmpty());
        assertTrue(sources("The body was found near the river on Sunday.").isEmpty());
        assertTrue(sources("She was admitted to hospital with minor injuries.").isEmpty());
        Source said = only(sources("The minister is said to be furious about the leak."));
        assertEquals(SourceKind.VAGUE, said.kind(), said.toString());
        TextDocument d = doc("Sgt. Kerry Smith said in a video posted to social media that the road was closed.");
        Source smith = only(X.extract(d)); // not also "a video" posting something
        assertEquals("Kerry Smith", smith.speaker());
        assertEquals("said", smith.mentions().get(0).cue());
    }

    @Test
    void aRequestForAnonymityDescribesTheSpeakerOfTheNextCue() {
        TextDocument d = doc("A witness who asked not to be named told CityNews she saw the truck weaving.");
        Mention told = only(X.extract(d)).mentions().get(0);
        assertEquals("told", told.cue());
        assertEquals("she saw the truck weaving", content(d, told));
        assertEquals(SourceKind.ANONYMOUS, only(X.extract(d)).kind());
    }

    @Test
    void wentOnAfterTheWordsItReportsIsACueButNotBeforeThem() {
        TextDocument d = doc("Ann Lee spoke first.", "\"We will win,\" she went on.");
        Mention m = only(X.extract(d)).mentions().get(0);
        assertEquals("went on", m.cue());
        assertEquals("\"We will win,\"", content(d, m));
        assertTrue(sources("The meeting went on for three hours.").isEmpty());
    }

    /** The one mention in {@code d} whose cue is {@code cue}; fails when there is none or several. */
    private static Mention cued(TextDocument d, String cue) {
        List<Mention> found = new java.util.ArrayList<>();
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) if (m.cue().equals(cue)) found.add(m);
        assertEquals(1, found.size(), cue + " in " + X.extract(d));
        return found.get(0);
    }

    /** Asserts that [start, end) of {@code d} is the first occurrence of {@code expected} at or after {@code from}. */
    private static void assertAt(TextDocument d, String expected, int start, int end) {
        int at = d.text().indexOf(expected);
        assertTrue(at >= 0, expected);
        assertEquals(expected, d.text().substring(start, end));
        assertEquals(at, start, "start of \"" + expected + "\"");
    }

    @Test
    void anOpeningAskedPhraseIsAQuestionPutBySomeoneNotNamed() {
        TextDocument d = doc("Asked whether she would run again, Mayor Ann Lee said she had not decided.");
        Mention asked = cued(d, "Asked");
        assertEquals(asked.speakerStart(), asked.speakerEnd(), "no speaker is named");
        assertAt(d, "whether she would run again", asked.contentStart(), asked.contentEnd());
        Mention said = cued(d, "said");
        assertAt(d, "Mayor Ann Lee", said.speakerStart(), said.speakerEnd());
        assertAt(d, "she had not decided", said.contentStart(), said.contentEnd());
        TextDocument q = doc("When asked if the fares are \"fair enough to keep,\" most riders said no.");
        Mention when = cued(q, "asked");
        assertAt(q, "if the fares are \"fair enough to keep,\"", when.contentStart(), when.contentEnd());
        // no question: a plain sentence that happens to open with the word, or one with no clause after it
        assertTrue(sources("Asked questions are answered on Fridays.").isEmpty());
        assertTrue(sources("Asked about the bridge.").isEmpty());
    }

    @Test
    void anIngCueAfterACommaInsideTheClosingMarkTakesTheClauseSpeaker() {
        TextDocument d = doc("Councillor Joan Tate called the fare rise \"a disgrace,\" adding that she would vote against it.");
        Mention adding = cued(d, "adding");
        assertAt(d, "Councillor Joan Tate", adding.speakerStart(), adding.speakerEnd());
        assertAt(d, "that she would vote against it", adding.contentStart(), adding.contentEnd());
    }

    @Test
    void anInvertedSpeakerTakesItsModifiersAndLeavesTheCircumstancesOut() {
        TextDocument d = doc("\"The roads are closed,\" said a source close to the council.");
        assertAt(d, "a source close to the council", cued(d, "said").speakerStart(), cued(d, "said").speakerEnd());
        TextDocument u = doc("\"We expected more,\" said one unaligned Ohio Republican strategist.");
        assertAt(u, "one unaligned Ohio Republican strategist", cued(u, "said").speakerStart(), cued(u, "said").speakerEnd());
        TextDocument r = doc("\"We held the line,\" said retired Army Gen. Mick Bednar.");
        assertAt(r, "retired Army Gen. Mick Bednar", cued(r, "said").speakerStart(), cued(r, "said").speakerEnd());
        TextDocument t = doc("\"The vote was fair,\" said party spokesman Sean Porter in a Friday tweet.");
        Mention porter = cued(t, "said");
        assertAt(t, "party spokesman Sean Porter", porter.speakerStart(), porter.speakerEnd());
        assertAt(t, "\"The vote was fair,\"", porter.contentStart(), porter.contentEnd());
        assertEquals(1, X.extract(t).stream().mapToInt(s -> s.mentions().size()).sum(), "a Friday tweet is a noun");
        TextDocument f = doc("\"It is a tax on work,\" said former bank executive Carla Fiore during the debate.");
        assertAt(f, "former bank executive Carla Fiore", cued(f, "said").speakerStart(), cued(f, "said").speakerEnd());
    }

    @Test
    void appositivesAfterAnOpeningPhraseAnAgeOrADescriptionKeepTheNameAsSpeaker() {
        TextDocument n = doc("Gerry Oban, a political consultant, notes that the vote was close.");
        Mention notes = cued(n, "notes");
        assertEquals("Gerry Oban", only(X.extract(n)).speaker());
        assertAt(n, "that the vote was close", notes.contentStart(), notes.contentEnd());
        TextDocument p = doc("As part of his plea, Mark Lazio, 44, said that he took the money.");
        assertEquals("Mark Lazio", only(X.extract(p)).speaker());
        assertAt(p, "that he took the money", cued(p, "said").contentStart(), cued(p, "said").contentEnd());
        TextDocument a = doc("Yin Mae, 60, a doctor, said she was elated.");
        assertEquals("Yin Mae", only(X.extract(a)).speaker());
        assertAt(a, "she was elated", cued(a, "said").contentStart(), cued(a, "said").contentEnd());
        TextDocument g = doc("Ohio's governor, Brian Sandor, a Republican, said Tuesday that he had voted.");
        assertEquals("Brian Sandor", only(X.extract(g)).speaker());
        TextDocument o = doc("Another pollster, David Wood of Clemson University, said the race was tied.");
        Mention wood = cued(o, "said");
        assertTrue(o.text().substring(wood.speakerStart(), wood.speakerEnd()).contains("David Wood"));
        assertAt(o, "the race was tied", wood.contentStart(), wood.contentEnd());
        TextDocument i = doc("Several candidates, including Ann Lee, said the tax should go.");
        Mention several = cued(i, "said");
        assertAt(i, "Several candidates", several.speakerStart(), several.speakerEnd());
        assertAt(i, "the tax should go", several.contentStart(), several.contentEnd());
    }

    @Test
    void aSecondPredicateOrParticipleAfterAndSharesTheSpeakerOfTheCueBeforeIt() {
        TextDocument d = doc("The crowd cheered when Mayor Ann Lee thanked the volunteers and said the park would reopen.");
        Mention said = cued(d, "said");
        assertAt(d, "Mayor Ann Lee", said.speakerStart(), said.speakerEnd());
        assertAt(d, "the park would reopen", said.contentStart(), said.contentEnd());
        TextDocument p = doc("The minister attacked the report, calling it a fraud and vowing to appeal the ruling.");
        Mention vowing = cued(p, "vowing");
        assertAt(p, "The minister", vowing.speakerStart(), vowing.speakerEnd());
        assertAt(p, "to appeal the ruling", vowing.contentStart(), vowing.contentEnd());
    }

    @Test
    void aTitleCaseHeadlineVerbAContinuedQuoteAndACountedGroupAreAttributions() {
        TextDocument h = doc("Harbor Mayor Says Bridge Will Reopen In May.", "The council met on Monday.");
        Mention says = cued(h, "Says");
        assertAt(h, "Harbor Mayor", says.speakerStart(), says.speakerEnd());
        assertAt(h, "Bridge Will Reopen In May", says.contentStart(), says.contentEnd());
        // a capitalised verb inside an ordinary sentence is still a name, and a headline has one verb of saying
        assertTrue(sources("The film stars Tom Says and Ann Lee.").isEmpty());
        TextDocument r = doc("Senator Responds To Question On Harbor Tolls.", "The council met on Monday.");
        assertEquals(1, X.extract(r).stream().mapToInt(s -> s.mentions().size()).sum(), X.extract(r).toString());
        TextDocument c = doc("Mayor Ann Lee continued, \"We will not close the harbor.\"");
        Mention continued = cued(c, "continued");
        assertAt(c, "Mayor Ann Lee", continued.speakerStart(), continued.speakerEnd());
        assertAt(c, "\"We will not close the harbor.\"", continued.contentStart(), continued.contentEnd());
        assertTrue(sources("The mayor continued to push for the tolls.").isEmpty());
        TextDocument n = doc("Six in 10 Ohio Democratic primary voters said the tolls were unfair.");
        Mention six = cued(n, "said");
        assertAt(n, "Six in 10 Ohio Democratic primary voters", six.speakerStart(), six.speakerEnd());
        assertAt(n, "the tolls were unfair", six.contentStart(), six.contentEnd());
    }

    @Test
    void aNationalityAloneIsASurnameAndADocumentWithAParticipleSpeaks() {
        TextDocument n = doc("Nevertheless, Cuban said that the tolls would fall.");
        Mention cuban = cued(n, "said");
        assertAt(n, "Cuban", cuban.speakerStart(), cuban.speakerEnd());
        assertAt(n, "that the tolls would fall", cuban.contentStart(), cuban.contentEnd());
        TextDocument r = doc("A news report published Wednesday said the harbor chief used a private account.");
        Mention report = cued(r, "said");
        assertAt(r, "A news report published Wednesday", report.speakerStart(), report.speakerEnd());
        assertAt(r, "the harbor chief used a private account", report.contentStart(), report.contentEnd());
        TextDocument a = doc("The mayor announced a ban on trucks in the old town.");
        Mention ban = cued(a, "announced");
        assertAt(a, "The mayor", ban.speakerStart(), ban.speakerEnd());
        assertAt(a, "a ban on trucks in the old town", ban.contentStart(), ban.contentEnd());
    }

    @Test
    void aCitedObjectIsWhatTheSubjectPutsForwardAndAsSayingStillNamesTheQuoted() {
        TextDocument d = doc("The harbor chief cited a survey of the old piers.");
        Mention cited = cued(d, "cited");
        assertAt(d, "The harbor chief", cited.speakerStart(), cited.speakerEnd());
        assertAt(d, "a survey of the old piers", cited.contentStart(), cited.contentEnd());
        TextDocument q = doc("The Harbor Times quoted Mayor Ann Lee as saying the piers would close.");
        Mention saying = cued(q, "as saying");
        assertAt(q, "Mayor Ann Lee", saying.speakerStart(), saying.speakerEnd());
        assertAt(q, "the piers would close", saying.contentStart(), saying.contentEnd());
    }

    @Test
    void aRelativeWhoAfterANameThatEndsAPrepositionalPhraseMeansThatName() {
        TextDocument d = doc("The loss was steep for Mayor Ann Lee, who said she intended to rest.");
        Mention said = cued(d, "said");
        assertAt(d, "who", said.speakerStart(), said.speakerEnd());
        assertEquals("Ann Lee", only(X.extract(d)).speaker());
        assertAt(d, "she intended to rest", said.contentStart(), said.contentEnd());
    }

    @Test
    void aCountBeforeWhoAndSeveralOpeningPhrasesBeforeAnAppositiveSubject() {
        TextDocument d = doc("Most riders backed the fare, compared with four in 10 who said it was too high.");
        Mention four = cued(d, "said");
        // the relative pronoun is the speaker on the page (decision 0095); it means the count before it
        assertAt(d, "who", four.speakerStart(), four.speakerEnd());
        assertEquals("Four in 10", X.extract(d).stream().filter(x -> x.mentions().contains(four)).findFirst().orElseThrow().speaker());
        assertAt(d, "it was too high", four.contentStart(), four.contentEnd());
        TextDocument a = doc("One aide said the plan was dead. Another said it could pass.");
        long anothers = X.extract(a).stream().filter(x -> x.mentions().stream().anyMatch(m -> a.text().substring(m.speakerStart(), m.speakerEnd()).equals("Another"))).count();
        assertEquals(1, anothers, X.extract(a).toString());
        assertTrue(sources("Another vote is due on Friday.").isEmpty());
        TextDocument o = doc("On Wednesday, however, the director of the harbor board, James Corey, said that the piers were safe.");
        Mention corey = cued(o, "said");
        assertEquals("James Corey", only(X.extract(o)).speaker());
        assertAt(o, "that the piers were safe", corey.contentStart(), corey.contentEnd());
    }
}
