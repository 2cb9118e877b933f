package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.SentenceSources.mentionAt;
import static org.sourcelight.analysis.sources.SentenceSources.assertMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.assertSpan;
import static org.sourcelight.analysis.sources.SentenceSources.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Listed cues that the sentence's structure used to hide (decision 0090), each on sentences written for this test
 * (not from any corpus): the cue, the speaker's words and the reported words are asserted by their offsets.
 */
class CueStructureRulesTest {

    @Test
    void anIndefiniteDescriptionAfterAQuotationIsTheSpeakerEvenWithANounInNoList() {
        TextDocument d = doc("\"The harvest was thin,\" wrote one gardener.");
        assertMention(d, mentionAt(d, "wrote", "wrote"), "wrote", "one gardener", "\"The harvest was thin,\"");
        TextDocument n = doc("\"The vote comes first,\" says a narrator.");
        assertMention(n, mentionAt(n, "says", "says"), "says", "a narrator", "\"The vote comes first,\"");
    }

    @Test
    void aCountOfAGroupAfterAQuotationIsTheSpeaker() {
        TextDocument d = doc("\"Nobody told us about the fence,\" said one of the neighbours, who asked not to be named.");
        assertMention(d, mentionAt(d, "said", "said"), "said", "one of the neighbours", "\"Nobody told us about the fence,\"");
        TextDocument w = doc("\"The bus never came,\" said one of three riders who waited at the stop.");
        assertMention(w, mentionAt(w, "said", "said"), "said", "one of three riders", "\"The bus never came,\"");
    }

    @Test
    void aDescribedSpeakerAfterAQuotationKeepsItsHeadAndOneOfPhrase() {
        TextDocument d = doc("\"We open at six,\" said one baker of a bakery that sells rye bread.");
        assertMention(d, mentionAt(d, "said", "said"), "said", "one baker of a bakery", "\"We open at six,\"");
        TextDocument p = doc("\"It is a fair price,\" says a donor involved in the library's appeal.");
        assertMention(p, mentionAt(p, "says", "says"), "says", "a donor", "\"It is a fair price,\"");
        TextDocument m = doc("\"It was a dull hour,\" said one trustee familiar with the meeting, who added that nothing was decided.");
        assertMention(m, mentionAt(m, "dull hour", "said"), "said", "one trustee", "\"It was a dull hour,\"");
    }

    @Test
    void aVerbThatNeedsThatOrAViewIsACueRightAfterTheQuotationItReports() {
        TextDocument d = doc("\"I grow apples,\" declares Rosa Delgado, 52, a retired postwoman from Dayton.");
        Mention m = mentionAt(d, "declares", "declares");
        assertMention(d, m, "declares", "Rosa Delgado, 52, a retired postwoman from Dayton", "\"I grow apples,\"");
        TextDocument a = doc("\"Our winters are shorter,\" agrees Omar Haddad, 61, of Lorain.");
        assertMention(a, mentionAt(a, "agrees", "agrees"), "agrees", "Omar Haddad, 61, of Lorain", "\"Our winters are shorter,\"");
        // no quotation before it: "added" still needs reported words
        assertTrue(X.extract(doc("The striker added three goals in the second half.")).isEmpty());
    }

    @Test
    void anAsideWithAQuotationOrAParticipleBetweenSubjectAndCue() {
        TextDocument d = doc("Nora Pike, who calls the budget a \"mess,\" said she would vote against it.");
        assertMention(d, mentionAt(d, "mess", "said"), "said", "Nora Pike", "she would vote against it");
        TextDocument c = doc("Mr. Tran, contradicting the mayor, said the bridge had never been inspected.");
        assertMention(c, mentionAt(c, "mayor,", "said"), "said", "Mr. Tran", "the bridge had never been inspected");
        TextDocument t = doc("Ida Marsh, the author of \"Salt Roads,\" a history of the canal, said the locks were older.");
        assertMention(t, mentionAt(t, "canal", "said"), "said", "Ida Marsh", "the locks were older");
    }

    @Test
    void aSubjectWithARelativeClauseAndAParticipleAside() {
        TextDocument d = doc("Parents who have watched the games at the new field, said the lights were too dim.");
        assertMention(d, mentionAt(d, "field", "said"), "said", "Parents", "the lights were too dim");
        TextDocument s = doc("Inspectors who have read the file, speaking on condition of anonymity, said the pipes were cracked.");
        assertMention(s, mentionAt(s, "anonymity", "said"), "said", "Inspectors", "the pipes were cracked");
    }

    @Test
    void anInterjectionBetweenTheSubjectOrItsAppositiveAndTheCue() {
        TextDocument d = doc("The ferry company, for its part, said the timetable would not change.");
        assertMention(d, mentionAt(d, "part", "said"), "said", "The ferry company", "the timetable would not change");
        TextDocument a = doc("The museum's director, Lena Ostrova, of course, said that the loan was routine.");
        Mention m = mentionAt(a, "course", "said");
        assertMention(a, m, "said", "The museum's director, Lena Ostrova", "that the loan was routine");
    }

    @Test
    void aContactClauseDescribesTheSpeakerNotTheWordsBeforeTheCue() {
        TextDocument d = doc("Several nurses I have spoken with in recent months said the ward was short of beds.");
        assertMention(d, mentionAt(d, "months", "said"), "said", "Several nurses I have spoken with in recent months",
                "the ward was short of beds");
        List<Source> all = X.extract(d);
        assertEquals("Several nurses", all.get(0).speaker(), all.toString());
        TextDocument w = doc("Some drivers we interviewed at the depot said the routes were too long.");
        assertEquals("Some drivers", X.extract(w).get(0).speaker(), X.extract(w).toString());
    }

    @Test
    void aSecondPredicateAfterAnOpeningAskedPhraseOrAConjunction() {
        TextDocument d = doc("Asked on Tuesday whether he would stay, the coach laughed and said, \"Ask me in May.\"");
        Mention m = mentionAt(d, "laughed", "said");
        assertMention(d, m, "said", "the coach", "\"Ask me in May.\"");
        TextDocument b = doc("A county judge sided with the farmers. But the Court of Appeals for the 4th Circuit reversed and said the permit was valid.");
        assertMention(b, mentionAt(b, "reversed", "said"), "said", "the Court of Appeals for the 4th Circuit", "the permit was valid");
    }

    @Test
    void aTitleCaseHeadlineMayGiveADescriptionOfAPersonOrABodyAsItsSpeaker() {
        TextDocument d = org.sourcelight.text.DocumentBuilder.standard().build(
                "Former Port Pollster Says Harbor Vote Is Too Close To Call\n\nThe count begins on Monday.",
                org.sourcelight.model.ArticleMeta.empty());
        List<Source> all = X.extract(d);
        assertEquals(1, all.size(), all.toString());
        Mention m = all.get(0).mentions().get(0);
        assertMention(d, m, "Says", "Former Port Pollster", "Harbor Vote Is Too Close To Call");
        // a bare noun for a person that is no listed role is no speaker on its own ("Shopper Wants …"; a role such as
        // "Judge Rejects …" or "Lawmaker Urges …" is one, as PolNeAR marks it)
        TextDocument p = org.sourcelight.text.DocumentBuilder.standard().build(
                "Shopper Wants Choir Fees Cut\n\nThe choir meets on Sunday.", org.sourcelight.model.ArticleMeta.empty());
        assertTrue(X.extract(p).isEmpty(), X.extract(p).toString());
    }

    @Test
    void aTitleCaseHeadlineWithAVerbAfterANameGivesTheNameAsSpeaker() {
        TextDocument d = org.sourcelight.text.DocumentBuilder.standard().build(
                "Ida Brandt Hammers Port Chief: \"You Should Resign\"\n\nOn Tuesday, Brandt met the port chief for an hour.",
                org.sourcelight.model.ArticleMeta.empty());
        List<Source> all = X.extract(d);
        assertEquals(1, all.size(), all.toString());
        assertEquals("Ida Brandt", all.get(0).speaker(), all.toString());
        Mention m = all.get(0).mentions().get(0);
        assertSpan(d, "Ida Brandt", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "\"You Should Resign\"", m.contentStart(), m.contentEnd());
        // without the article's own use of the name, the capitalised word may be part of it: the label stays as read
        TextDocument u = org.sourcelight.text.DocumentBuilder.standard().build(
                "Ida Brandt Hammers Port Chief: \"You Should Resign\"\n\nThe port chief stayed silent.",
                org.sourcelight.model.ArticleMeta.empty());
        assertTrue(X.extract(u).stream().noneMatch(s -> s.speaker().equals("Ida Brandt")), X.extract(u).toString());
    }

    @Test
    void whenAskedAfterAStatementIsAQuestionPutBySomeoneNotNamed() {
        TextDocument d = doc("\"Not this year,\" the coach said when asked whether the team would move.");
        Mention q = mentionAt(d, "when", "asked");
        assertMention(d, q, "asked", "", "whether the team would move");
        assertMention(d, mentionAt(d, "coach", "said"), "said", "the coach", "\"Not this year,\"");
        // a request is no question, and "and when asked" opens a clause of its own
        TextDocument r = doc("The lawyer said the driver stopped when asked to do so by the officer.");
        assertEquals(1, X.extract(r).size(), X.extract(r).toString());
    }

    @Test
    void anOpeningParticipleReportsItsClauseAndTheMainSubjectSpeaks() {
        TextDocument d = doc("Noting that the ferry was late again, Mayor Ida Brandt said the city would buy a second boat.");
        assertMention(d, mentionAt(d, "Noting", "Noting"), "Noting", "Mayor Ida Brandt", "that the ferry was late again");
        assertMention(d, mentionAt(d, "Brandt", "said"), "said", "Mayor Ida Brandt", "the city would buy a second boat");
        // a frame reports nothing: "Pointing to the report, …"
        TextDocument f = doc("Pointing to the audit, the treasurer said the books were clean.");
        List<Source> all = X.extract(f);
        assertEquals(1, all.size(), all.toString());
        assertEquals("said", all.get(0).mentions().get(0).cue());
    }

    @Test
    void aRelativeClauseOnTheSubjectAfterAnOpeningPhraseBlocksAnInvertedReading() {
        TextDocument d = doc("Recalling that winter, Ezra Cole, who ran the ferry, said the ice closed the harbor.");
        Mention m = mentionAt(d, "ferry,", "said");
        assertEquals("Ezra Cole", X.extract(d).stream().filter(s -> s.mentions().contains(m)).findFirst().orElseThrow().speaker());
        assertEquals("the ice closed the harbor", d.text().substring(m.contentSpan().start(), m.contentSpan().end()));
    }

    @Test
    void aGerundAfterBeforeOrAfterAnAdverbSharesTheSpeakerOfTheSentence() {
        TextDocument d = doc("\"We played well,\" the captain said before adding that the referee had been fair.");
        assertMention(d, mentionAt(d, "before", "adding"), "adding", "the captain", "that the referee had been fair");
        TextDocument a = doc("The clerk changed his mind after initially saying he would resign.");
        assertMention(a, mentionAt(a, "initially", "saying"), "saying", "The clerk", "he would resign");
    }

    @Test
    void anOutOfCountCountsPeopleAndABareNumberIsNoSpeaker() {
        TextDocument o = doc("Nearly seven out of 10 say the bus is late.");
        assertMention(o, mentionAt(o, "out of", "say"), "say", "Nearly seven out of 10", "the bus is late");
        // a bare number would show as a speaker "2,000" (a bare number is never a speaker), and before another verb it
        // counts things: "60 pledged delegates"
        assertTrue(X.extract(doc("Of the nurses polled, at least 2,000 said they would strike.")).isEmpty());
        assertTrue(X.extract(doc("By March, 60 pledged delegates were left.")).isEmpty());
    }

    @Test
    void hereAndATimePhraseMayStandBetweenTheSubjectAndTheCue() {
        TextDocument d = doc("Union organizers here said the strike would last a week.");
        assertMention(d, mentionAt(d, "here", "said"), "said", "Union organizers", "the strike would last a week");
        TextDocument w = doc("Rep. Ida Moss (D-Ore.) last week said the dam would be rebuilt.");
        assertMention(w, mentionAt(w, "week", "said"), "said", "Rep. Ida Moss (D-Ore.)", "the dam would be rebuilt");
    }

    @Test
    void aRelativeClauseWithThatOrWhoseOnTheSubjectAndAnIngNounEndingIt() {
        TextDocument d = doc("Church groups that have backed the mayor say the shelter should stay open.");
        assertMention(d, mentionAt(d, "mayor", "say"), "say", "Church groups that have backed the mayor", "the shelter should stay open");
        TextDocument w = doc("The farmers whose fields were flooded last spring say the levee failed.");
        assertMention(w, mentionAt(w, "spring", "say"), "say", "The farmers whose fields were flooded last spring", "the levee failed");
        TextDocument g = doc("People familiar with his planning say the governor will run.");
        assertMention(g, mentionAt(g, "planning", "say"), "say", "People familiar with his planning", "the governor will run");
    }

    @Test
    void verbsOfSayingAddedInSessionSevenAreReadLikeTheOthers() {
        TextDocument d = doc("\"We could open a second market,\" mused councillor Greta Lund.");
        assertMention(d, mentionAt(d, "mused", "mused"), "mused", "councillor Greta Lund", "\"We could open a second market,\"");
        TextDocument b = doc("When the reporter pressed him, the senator shot back that the bill was already law.");
        assertMention(b, mentionAt(b, "shot", "shot back"), "shot back", "the senator", "that the bill was already law");
        TextDocument p = doc("The economist posited that rents would fall by spring.");
        assertMention(p, mentionAt(p, "posited", "posited"), "posited", "The economist", "that rents would fall by spring");
        // "the marvels of the bridge" is a noun
        assertTrue(X.extract(doc("The guide showed us the marvels of the old bridge.")).isEmpty());
    }

    @Test
    void aSubjectWithAPostModifierOrAParticiplePhraseBeforeItsAside() {
        TextDocument d = doc("The nurse of nine years, a union steward who asked not to be named, said the ward had closed.");
        assertMention(d, mentionAt(d, "named,", "said"), "said", "The nurse of nine years, a union steward who asked not to be named",
                "the ward had closed");
        TextDocument p = doc("One farmer backing the levy, Ruth Okafor of the county grange, said the roads came first.");
        assertMention(p, mentionAt(p, "grange", "said"), "said", "One farmer", "the roads came first");
        TextDocument b = doc("Sen. Omar Haddad (D-R.I.), said after a vote that the dam would be rebuilt.");
        // when it was said stays out of the words reported (decision 0107: "said after a vote that ...")
        assertMention(b, mentionAt(b, "R.I.", "said"), "said", "Sen. Omar Haddad (D-R.I.)", "that the dam would be rebuilt");
    }

    @Test
    void aSecondPredicateAfterAnOpeningIngPhrase() {
        TextDocument d = doc("Walking back to the bus, Ruth Okafor talked about her first harvest, and said the farm had changed her.");
        assertMention(d, mentionAt(d, "harvest", "said"), "said", "Ruth Okafor", "the farm had changed her");
    }
}
