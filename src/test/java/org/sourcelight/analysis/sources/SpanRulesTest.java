package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.assertSpan;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.mention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.MentionKind;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Where the words a cue reports start and end, and which words name its speaker, when the cue itself was found
 * (decision 0095). Every sentence is written for this test (not from any corpus); offsets are asserted.
 */
class SpanRulesTest {
    /** The mention whose cue is the first {@code cue} at or after {@code after}; fails when there is none. */
    static Mention withCue(TextDocument d, String after, String cue) {
        int at = d.text().indexOf(cue, d.text().indexOf(after));
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) if (m.cueStart() == at) return m;
        throw new AssertionError("no mention with the cue '" + cue + "' after '" + after + "' in " + X.extract(d));
    }

    @Test
    void anOpeningPhraseBeforeTheSubjectIsNotWhatTheSpeakerSaid() {
        TextDocument d = doc("Speaking at the harbour on Friday, Mayor Ann Lee said the ferry would run again in May.");
        Mention m = mention(d);
        assertSpan(d, "Mayor Ann Lee", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "the ferry would run again in May", m.contentStart(), m.contentEnd());
        TextDocument e = doc("As the votes were counted, the union's leaders said they were confident of a win.");
        Mention leaders = mention(e);
        assertSpan(e, "they were confident of a win", leaders.contentStart(), leaders.contentEnd());
        TextDocument f = doc("Shortly after the vote, the council's chairman announced his resignation.");
        Mention chair = mention(f);
        assertSpan(f, "his resignation", chair.contentStart(), chair.contentEnd());
        TextDocument g = doc("For two weeks, the ministry declined to comment on the talks.");
        Mention ministry = mention(g);
        assertSpan(g, "to comment on the talks", ministry.contentStart(), ministry.contentEnd());
    }

    @Test
    void aClauseBeforeTheSubjectStaysTheContentOfATrailingCue() {
        // the words after the cue say when, where or to whom: the clause before the comma is what was said
        TextDocument d = doc("The ferry will run again in May, Mayor Ann Lee said on Friday.");
        Mention m = mention(d);
        assertSpan(d, "The ferry will run again in May", m.contentStart(), m.contentEnd());
        TextDocument e = doc("By the end of the day the ferry ran late, the harbour master said in a statement.");
        Mention master = mention(e);
        assertSpan(e, "By the end of the day the ferry ran late", master.contentStart(), master.contentEnd());
        TextDocument f = doc("Without the storm the pier would have stayed open, a spokesman told the Harbor Times.");
        Mention spokesman = mention(f);
        assertSpan(f, "Without the storm the pier would have stayed open", spokesman.contentStart(), spokesman.contentEnd());
    }

    @Test
    void aQuotationThatClosedItsSentenceLeavesTheNextCueItsOwnWords() {
        TextDocument d = doc("Ann Lee called the plan \"a gift to the builders.\" She said the council would vote on it in June.");
        Mention she = withCue(d, "She said", "said");
        assertSpan(d, "the council would vote on it in June", she.contentStart(), she.contentEnd());
        // with nothing after the cue, or only a time or a listener, the quotation is what was said
        TextDocument e = doc("\"We will open the pier in May.\" Ann Lee said on Friday.");
        Mention lee = mention(e);
        assertSpan(e, "\"We will open the pier in May.\"", lee.contentStart(), lee.contentEnd());
        TextDocument f = doc("\"Will the pier open in May?\" Ann Lee asked the council.");
        Mention asked = mention(f);
        assertSpan(f, "\"Will the pier open in May?\"", asked.contentStart(), asked.contentEnd());
    }

    @Test
    void aCueThatReportsOnlyWhatCameBeforeKeepsItsReading() {
        // "continued" reports the quotation before it, never the to-clause after it
        TextDocument d = doc("\"We will rebuild the pier.\" Ann Lee continued to speak for an hour.");
        Mention m = mention(d);
        assertSpan(d, "continued", m.cueStart(), m.cueEnd());
        assertSpan(d, "\"We will rebuild the pier.\"", m.contentStart(), m.contentEnd());
    }

    @Test
    void aNameWithADescriptionBeforeTheCueIsItsSubjectNotTheWordsAfterIt() {
        TextDocument d = doc("\"The bridge will open in May,\" Ann Lee, a former mayor of the town, told the Harbor Times.");
        Mention m = mention(d);
        assertSpan(d, "Ann Lee, a former mayor of the town", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "\"The bridge will open in May,\"", m.contentStart(), m.contentEnd());
        TextDocument e = doc("Brian Holt, who chairs the harbour board, urged the council to delay the vote.");
        Mention holt = mention(e);
        assertSpan(e, "Brian Holt, who chairs the harbour board", holt.speakerStart(), holt.speakerEnd());
        assertSpan(e, "the council to delay the vote", holt.contentStart(), holt.contentEnd());
        // an inverted speaker after the cue is still read: nothing but a quotation stands before the comma
        TextDocument f = doc("\"We will rebuild the pier,\" said Ann Lee, a former mayor of the town.");
        Mention lee = mention(f);
        assertSpan(f, "Ann Lee, a former mayor of the town", lee.speakerStart(), lee.speakerEnd());
    }

    @Test
    void aParticipleAfterOpeningPhrasesAndADatelineIsTheClauseSubjects() {
        TextDocument d = doc("Hours later, the mayor left the meeting, saying the ferry would run all winter.");
        Mention m = mention(d);
        assertSpan(d, "the mayor", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "the ferry would run all winter", m.contentStart(), m.contentEnd());
        TextDocument e = doc("Facing questions from both parties, Mayor Ann Lee issued a statement, saying the pier would reopen.");
        Mention lee = mention(e);
        assertSpan(e, "Mayor Ann Lee", lee.speakerStart(), lee.speakerEnd());
        TextDocument f = doc("EASTPORT \u2014 Mayor Ann Lee opened the pier on Friday, saying the town had waited long enough.");
        Mention opened = mention(f);
        assertSpan(f, "Mayor Ann Lee", opened.speakerStart(), opened.speakerEnd());
        assertSpan(f, "the town had waited long enough", opened.contentStart(), opened.contentEnd());
        // a clause that only holds a word of time is the subject's own: "The nurse later sued, claiming ..."
        TextDocument g = doc("The nurse later sued the state, claiming the quarantine had been unlawful.");
        Mention nurse = mention(g);
        assertSpan(g, "The nurse", nurse.speakerStart(), nurse.speakerEnd());
    }

    @Test
    void aPollOfTwoSponsorsJoinedByASlashOpensItsFrame() {
        TextDocument d = doc("In a Harbor Times/Eastport Radio poll released Monday, 62 percent of residents said they opposed the plan.");
        Mention m = withCue(d, "In a Harbor", "In");
        assertSpan(d, "62 percent of residents said they opposed the plan", m.contentStart(), m.contentEnd());
        Source poll = null;
        for (Source s : X.extract(d)) if (s.mentions().contains(m)) poll = s;
        assertEquals(SourceKind.DOCUMENT, poll.kind(), String.valueOf(poll));
        assertTrue(d.text().substring(m.speakerStart(), m.speakerEnd()).startsWith("a Harbor Times/Eastport Radio poll"));
    }

    @Test
    void toAPersonAndACommaOpensThatPersonsView() {
        TextDocument d = doc("To Ann Lee, who has run the ferry for twenty years, the new pier is a costly mistake.");
        Mention m = mention(d);
        assertSpan(d, "To", m.cueStart(), m.cueEnd());
        assertSpan(d, "Ann Lee, who has run the ferry for twenty years", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "the new pier is a costly mistake", m.contentStart(), m.contentEnd());
        assertEquals(MentionKind.BELIEF, m.kind());
        TextDocument e = doc("The council voted for the pier.", "To many, the pier is a symbol of the town's revival.");
        Mention many = mention(e);
        assertSpan(e, "many", many.speakerStart(), many.speakerEnd());
        assertSpan(e, "the pier is a symbol of the town's revival", many.contentStart(), many.contentEnd());
        // an infinitive of purpose, an idiom of time and a short tail are no view
        assertTrue(X.extract(doc("To win the vote, the council needs six members.")).isEmpty());
        assertTrue(X.extract(doc("To date, the council has not voted on the pier.")).isEmpty());
        assertTrue(X.extract(doc("To Ann Lee, thanks.")).isEmpty());
    }

    @Test
    void theWordsAfterATrailingCueAreTheWritersWhenTheyAreNoQuotationOfItsOwn() {
        // a comma right after the cue: what follows describes the words reported, it is not reported
        TextDocument d = doc("The ferry will be free for pensioners, the mayor said, a policy that could cost the town dearly.");
        Mention m = mention(d);
        assertSpan(d, "The ferry will be free for pensioners", m.contentStart(), m.contentEnd());
        // a later cue with its own colon, and a title in quotation marks, leave the quotation before the cue its content
        TextDocument e = doc("\"We will rebuild the pier,\" Ann Lee said at a news conference, and then predicted: \"It will take a year.\"");
        Mention said = withCue(e, "Lee said", "said");
        assertSpan(e, "\"We will rebuild the pier,\"", said.contentStart(), said.contentEnd());
        TextDocument f = doc("\"We will rebuild the pier,\" Ann Lee wrote in her memoir, \"Seaside Town.\"");
        Mention wrote = mention(f);
        assertSpan(f, "\"We will rebuild the pier,\"", wrote.contentStart(), wrote.contentEnd());
        // a quotation introduced after the cue's comma is still its words
        TextDocument g = doc("At the harbour on Friday, Ann Lee said, \"We will rebuild the pier.\"");
        Mention quoted = mention(g);
        assertSpan(g, "\"We will rebuild the pier.\"", quoted.contentStart(), quoted.contentEnd());
    }

    @Test
    void asAndASpeakerAfterAClauseReportTheClauseBeforeIt() {
        TextDocument d = doc("The new pier will cost far more than planned, as Ann Lee noted in her column.");
        Mention m = mention(d);
        assertSpan(d, "The new pier will cost far more than planned", m.contentStart(), m.contentEnd());
        TextDocument e = doc("The ferry will not run this winter, as some residents have warned.");
        Mention feared = withCue(e, "have warned", "warned");
        assertSpan(e, "The ferry will not run this winter", feared.contentStart(), feared.contentEnd());
        // words of its own after the cue are what it reports
        TextDocument f = doc("The vote was close, as Ann Lee explained how the council had split.");
        Mention explained = mention(f);
        assertSpan(f, "how the council had split", explained.contentStart(), explained.contentEnd());
    }
}
