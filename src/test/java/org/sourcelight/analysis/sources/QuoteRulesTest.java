package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.assertSpan;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.mention;

import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.TextDocument;

/**
 * Direct quotations and the sentences an attribution interrupts (decision 0107). Every sentence is written for this
 * test (not from any corpus); offsets and speakers are asserted.
 */
class QuoteRulesTest {
    @Test
    void aQuotationInterruptedByItsAttributionIsReportedWhole() {
        TextDocument d = doc("\"The harbour was never the problem,\" Lena Voss said, \"and the council knows it well enough.\"");
        Mention m = mention(d);
        assertSpan(d, "\"The harbour was never the problem,\" Lena Voss said, \"and the council knows it well enough.\"",
                m.contentStart(), m.contentEnd());
        assertSpan(d, "Lena Voss", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "said", m.cueStart(), m.cueEnd());
        assertEquals("Lena Voss", X.extract(d).get(0).speaker());
        // where and to whom between the cue and its comma stay inside
        TextDocument e = doc("\"We counted every vote,\" the clerk told the board on Monday, \"and twice where it was close.\"");
        Mention clerk = mention(e);
        assertSpan(e, "\"We counted every vote,\" the clerk told the board on Monday, \"and twice where it was close.\"",
                clerk.contentStart(), clerk.contentEnd());
    }

    @Test
    void aSentenceInterruptedByItsAttributionIsReportedWhole() {
        TextDocument d = doc("The new pier, Lena Voss said, would open in the spring.");
        Mention m = mention(d);
        assertSpan(d, "The new pier, Lena Voss said, would open in the spring", m.contentStart(), m.contentEnd());
        assertSpan(d, "Lena Voss", m.speakerStart(), m.speakerEnd());
        TextDocument e = doc("If the ferry stops running, the mayor warned, the island will be cut off for weeks.");
        Mention mayor = mention(e);
        assertSpan(e, "If the ferry stops running, the mayor warned, the island will be cut off for weeks",
                mayor.contentStart(), mayor.contentEnd());
        // a lower-case quotation finishes the sentence the opening phrase began
        TextDocument f = doc("If the ferry stops running, Lena Voss said, \"the whole island will be cut off.\"");
        Mention voss = mention(f);
        assertSpan(f, "If the ferry stops running, Lena Voss said, \"the whole island will be cut off.\"",
                voss.contentStart(), voss.contentEnd());
        // the words before the comma are what she said, not her role
        Source lee = X.extract(f).get(0);
        assertEquals("Lena Voss", lee.speaker());
        assertEquals("", lee.role(), lee.toString());
    }

    @Test
    void theWritersWordsAfterAnInterruptionStayOut() {
        // a participle, a description or a new clause after the comma are the writer's
        TextDocument d = doc("\"We tried everything,\" Lena Voss said, looking at the empty hall.");
        Mention m = mention(d);
        assertSpan(d, "\"We tried everything,\"", m.contentStart(), m.contentEnd());
        TextDocument e = doc("Rents will rise again, the report said, a trend that has lasted a decade.");
        Mention report = mention(e);
        assertSpan(e, "Rents will rise again", report.contentStart(), report.contentEnd());
        // a quotation opening its own sentence after a phrase reports only itself
        TextDocument f = doc("After the long meeting, Lena Voss said, \"Nobody told us anything.\"");
        Mention voss = mention(f);
        assertSpan(f, "\"Nobody told us anything.\"", voss.contentStart(), voss.contentEnd());
    }

    @Test
    void aSecondCueAfterTheInterruptionIsItsOwnAttribution() {
        TextDocument d = doc("The pier is safe, Lena Voss said, and added that it would reopen on Friday.");
        Mention said = SpanRulesTest.withCue(d, "Voss said", "said");
        assertSpan(d, "The pier is safe", said.contentStart(), said.contentEnd());
        Mention added = SpanRulesTest.withCue(d, "Voss said", "added");
        assertSpan(d, "that it would reopen on Friday", added.contentStart(), added.contentEnd());
    }

    @Test
    void aTextThatReadsTheWordsQuotedBeforeIt() {
        TextDocument d = doc("\"We will not close the library,\" the sign read.");
        Mention m = mention(d);
        assertSpan(d, "read", m.cueStart(), m.cueEnd());
        assertSpan(d, "the sign", m.speakerStart(), m.speakerEnd());
        assertSpan(d, "\"We will not close the library,\"", m.contentStart(), m.contentEnd());
        // "read" with a plain object is no attribution
        assertEquals(0, X.extract(doc("Lena Voss read the report twice before the vote.")).size());
    }

    @Test
    void aPartyMemberAfterAQuotationIsAnUnnamedSpeaker() {
        TextDocument d = doc("\"There is no money left for the roads,\" said one Democrat familiar with the talks.");
        Mention m = mention(d);
        assertSpan(d, "one Democrat familiar with the talks", m.speakerStart(), m.speakerEnd());
        Source s = X.extract(d).get(0);
        assertEquals(SourceKind.ANONYMOUS, s.kind(), s.toString());
        TextDocument e = doc("\"It was never a real plan,\" said a Republican involved in the planning.");
        assertEquals(SourceKind.ANONYMOUS, X.extract(e).get(0).kind(), X.extract(e).toString());
        // a party member named in full stays a named person
        TextDocument f = doc("Republican Ann Lee said she was tired.");
        assertEquals("Ann Lee", X.extract(f).get(0).speaker(), X.extract(f).toString());
    }

    @Test
    void aShortSentenceQuotedRightAfterTheAttributionContinuesIt() {
        TextDocument d = doc("\"I feel fine about the vote,\" Ellis Barrow said. \"Very fine.\"");
        Source s = X.extract(d).get(0);
        assertEquals("Ellis Barrow", s.speaker());
        assertEquals(2, s.mentions().size(), s.toString());
        Mention more = s.mentions().get(1);
        assertSpan(d, "\"Very fine.\"", more.contentStart(), more.contentEnd());
        assertEquals(org.sourcelight.model.ResolvedBy.CONTINUED_QUOTE, more.resolvedBy());
        // a short term in quotation marks later in the paragraph is no continuation
        TextDocument e = doc("\"I feel fine about the vote,\" Ellis Barrow said. He left early for the \"Harbor Fair.\"");
        assertEquals(1, X.extract(e).get(0).mentions().size(), X.extract(e).toString());
    }

    @Test
    void whereAndToWhomBeforeThatAreNotTheWordsReported() {
        TextDocument d = doc("Lena Voss insisted at a rally on Friday that the pier would reopen.");
        Mention m = mention(d);
        assertSpan(d, "that the pier would reopen", m.contentStart(), m.contentEnd());
        TextDocument e = doc("Lena Voss wrote to the mayor's office that the pier was unsafe.");
        Mention wrote = mention(e);
        assertSpan(e, "that the pier was unsafe", wrote.contentStart(), wrote.contentEnd());
        // an object before "that" keeps its relative clause; so does an infinitive
        TextDocument f = doc("Lena Voss described a plan that the council had approved.");
        Mention described = mention(f);
        assertSpan(f, "a plan that the council had approved", described.contentStart(), described.contentEnd());
        TextDocument g = doc("Lena Voss refused to join the talks that the mayor had set up.");
        Mention refused = SpanRulesTest.withCue(g, "Voss", "refused");
        assertSpan(g, "to join the talks that the mayor had set up", refused.contentStart(), refused.contentEnd());
    }

    @Test
    void aQuotationTheWriterIntroducesIsReportedWithoutTheLeadIn() {
        TextDocument d = doc("Lena Voss seemed to say the deal was done: \"We signed it last night,\" she told the board.");
        Mention m = SpanRulesTest.withCue(d, "she told", "told");
        assertSpan(d, "\"We signed it last night,\"", m.contentStart(), m.contentEnd());
        TextDocument e = doc("Neither man liked the plan \u2014 \"It costs too much,\" said Ellis Barrow.");
        Mention said = SpanRulesTest.withCue(e, "said Ellis", "said");
        assertSpan(e, "\"It costs too much,\"", said.contentStart(), said.contentEnd());
        // a lead-in that is the quoted sentence's own subject stays ("The mayor is \"tired of waiting,\" she said")
        TextDocument f = doc("The mayor is \"tired of waiting,\" Lena Voss said.");
        Mention voss = mention(f);
        assertSpan(f, "The mayor is \"tired of waiting,\"", voss.contentStart(), voss.contentEnd());
    }

    @Test
    void aSecondPredicateSharesTheWholeSpeakerPhrase() {
        TextDocument d = doc("Tom Okafor, a spokesman for the council, criticized the plan and said the cost was too high.");
        Mention said = SpanRulesTest.withCue(d, "and said", "said");
        assertSpan(d, "Tom Okafor, a spokesman for the council", said.speakerStart(), said.speakerEnd());
        assertEquals("Tom Okafor", X.extract(d).get(0).speaker());
    }

    @Test
    void aSpeakerPhraseEndsAfterItsClosingBracket() {
        TextDocument d = doc("\"The plan is sound,\" said Rep. Ann Lee (D-Tex.).");
        Mention m = mention(d);
        assertSpan(d, "Rep. Ann Lee (D-Tex.)", m.speakerStart(), m.speakerEnd());
        assertEquals("Ann Lee", X.extract(d).get(0).speaker());
    }
}
