package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.assertSpan;
import static org.sourcelight.analysis.sources.SentenceSources.mention;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.MentionKind;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Views, preferences, orders and hedged verbs (decision 0082). Every sentence is written for this test (not from any
 * corpus); speaker, cue and content offsets are asserted, and each rule has a sentence where the word has another
 * sense and reports nothing.
 */
class ViewRulesTest {
    private static void assertOne(TextDocument d, String speaker, String cue, String content, MentionKind kind) {
        Mention m = mention(d);
        assertSpan(d, speaker, m.speakerStart(), m.speakerEnd());
        assertSpan(d, cue, m.cueStart(), m.cueEnd());
        assertSpan(d, content, m.contentStart(), m.contentEnd());
        assertEquals(kind, m.kind(), d.text());
    }

    private static List<Mention> all(String text) {
        List<Mention> out = new ArrayList<>();
        for (Source s : X.extract(doc(text))) out.addAll(s.mentions());
        return out;
    }

    private static void assertNone(String text) {
        assertTrue(all(text).isEmpty(), text + " " + all(text));
    }

    @Test
    void aPreferenceIsAView() {
        assertOne(doc("Councillor Dana Holt prefers a smaller budget."),
                "Councillor Dana Holt", "prefers", "a smaller budget", MentionKind.BELIEF);
        assertNone("The preferred route runs along the river.");
    }

    @Test
    void anOrderWithItsClauseIsWordsReported() {
        assertOne(doc("Judge Maria Ostrowski ordered the county to release the records."),
                "Judge Maria Ostrowski", "ordered", "the county to release the records", MentionKind.STATEMENT);
        assertOne(doc("Judge Maria Ostrowski ordered that the records be released."),
                "Judge Maria Ostrowski", "ordered", "that the records be released", MentionKind.STATEMENT);
        // goods ordered are no order given in words
        assertNone("The airline ordered 40 new jets for its fleet.");
        assertNone("Tom Reed ordered a pizza at the station.");
    }

    @Test
    void makingAPositionClearIsAStatement() {
        assertOne(doc("Mayor Ann Lee made it clear that the bridge would stay open."),
                "Mayor Ann Lee", "made it clear", "that the bridge would stay open", MentionKind.STATEMENT);
    }

    @Test
    void aHedgedVerbKeepsItsSpeakerAndShowsTheHedge() {
        assertOne(doc("Senator Ruth Alder seemed to suggest that the vote would be delayed."),
                "Senator Ruth Alder", "seemed to suggest", "that the vote would be delayed", MentionKind.STATEMENT);
        assertOne(doc("Governor Tom Reed appeared to endorse the plan."),
                "Governor Tom Reed", "appeared to endorse", "the plan", MentionKind.BELIEF);
        // "seemed" before a verb that reports nothing, or before an adjective: the writer's impression, no source
        assertNone("The old bridge seemed to sway in the wind.");
        assertNone("Senator Ruth Alder seemed tired after the vote.");
    }

    @Test
    void aHopeWithALongerSubjectBeforeItsAuxiliaryIsAView() {
        assertOne(doc("Local officials hope the ferry service built in Norway can ease the traffic."),
                "Local officials", "hope", "the ferry service built in Norway can ease the traffic", MentionKind.BELIEF);
        // "fear for" their safety: a feeling with no thought reported
        assertNone("Residents fear for their safety and are leaving.");
    }

    @Test
    void aQuantifierOrAPluralSpeakerNounOpeningItsSentenceIsTheSubjectOfAFormThatIsAlsoANoun() {
        assertOne(doc("Many fear the bridge will close."), "Many", "fear", "the bridge will close", MentionKind.BELIEF);
        assertOne(doc("Others hope the talks will resume."), "Others", "hope", "the talks will resume", MentionKind.BELIEF);
        assertOne(doc("Critics charge that the fare rise is unfair."),
                "Critics", "charge", "that the fare rise is unfair", MentionKind.STATEMENT);
        // the noun after a quantifier, and a quantifier before a noun that is a cue form only as a verb of saying
        assertNone("Many fears remain about the bridge.");
        assertNone("Most state parties release their delegates.");
    }

    @Test
    void aSideTakenReportsWhatItIsOnNotTheRestOfTheSentence() {
        TextDocument d = doc("Maria Lopez backs the plan because she thinks it will work.");
        List<Mention> ms = only(X.extract(d)).mentions();
        assertEquals(2, ms.size(), ms.toString());
        assertSpan(d, "backs", ms.get(0).cueStart(), ms.get(0).cueEnd());
        assertSpan(d, "the plan", ms.get(0).contentStart(), ms.get(0).contentEnd());
        assertSpan(d, "thinks", ms.get(1).cueStart(), ms.get(1).cueEnd());
        assertSpan(d, "it will work", ms.get(1).contentStart(), ms.get(1).contentEnd());
        TextDocument r = doc("Governor Tom Reed, who supports the tax, spoke on Monday.");
        Mention tax = mention(r);
        assertSpan(r, "supports", tax.cueStart(), tax.cueEnd());
        assertSpan(r, "the tax", tax.contentStart(), tax.contentEnd());
        // a clause after the side taken keeps its commas
        TextDocument e = doc("Governor Tom Reed expressed concern that the cuts, which start in May, would hurt schools.");
        Mention concern = mention(e);
        assertSpan(e, "concern that the cuts, which start in May, would hurt schools", concern.contentStart(), concern.contentEnd());
    }

    @Test
    void aViewInARelativeClauseEndsWithTheClause() {
        TextDocument d = doc("Nurses at the clinic, who believe the plan is unfair, marched on Monday.");
        Mention m = mention(d);
        assertSpan(d, "believe", m.cueStart(), m.cueEnd());
        assertSpan(d, "the plan is unfair", m.contentStart(), m.contentEnd());
    }

    @Test
    void aDeniedThoughtOrExpectationKeepsItsNegationInTheCue() {
        assertOne(doc("Senator Tom Reed does not believe the plan will work."),
                "Senator Tom Reed", "does not believe", "the plan will work", MentionKind.BELIEF);
        TextDocument d = doc("Mayor Ann Lee is not expected to attend the meeting.");
        Mention m = mention(d);
        assertSpan(d, "is not expected", m.cueStart(), m.cueEnd());
        assertEquals(MentionKind.BELIEF, m.kind());
        // a side not taken is no side taken, and a wish denied is read only with its verb of wanting listed
        assertNone("Councillor Dana Holt has not endorsed a candidate.");
        assertNone("Councillor Dana Holt did not want to speak on the record.");
    }

    @Test
    void aSideTakenIsNeverReadInvertedAfterAComma() {
        TextDocument d = doc("Tom Reed, as he has in the past, opposed the measure.");
        for (Source s : X.extract(d)) {
            for (Mention m : s.mentions()) {
                String speaker = d.text().substring(m.speakerStart(), m.speakerEnd());
                assertTrue(!speaker.contains("measure"), "the object is no speaker: " + speaker);
            }
        }
    }
}
