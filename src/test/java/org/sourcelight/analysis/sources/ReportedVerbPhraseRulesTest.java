package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.SentenceSources.mentionAt;
import static org.sourcelight.analysis.sources.SentenceSources.assertMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.assertSpan;
import static org.sourcelight.analysis.sources.SentenceSources.doc;

import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.MentionKind;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Reported speech whose verb phrase hid a listed cue (decision 0104): "did" before the cue, a pronoun with its
 * auxiliary in one word, a verb that carries the saying on, and a denied verb of telling before a question word.
 * Sentences written for this test (not from any corpus); cue, speaker and content asserted by their offsets.
 */
class ReportedVerbPhraseRulesTest {

    private static Source sourceOf(TextDocument d, Mention m) {
        for (Source s : X.extract(d)) if (s.mentions().contains(m)) return s;
        throw new AssertionError("no source for " + m);
    }

    @Test
    void didBeforeTheCueLeavesTheSubjectItsSpeaker() {
        TextDocument d = doc("The treasurer avoided the question of the loan. She did tell the board that the fund was short.");
        Mention m = mentionAt(d, "did tell", "tell");
        assertMention(d, m, "tell", "She", "that the fund was short");
        assertEquals(MentionKind.STATEMENT, m.kind());
        TextDocument s = doc("While Ruth Okafor does support the levy, she wants a smaller one.");
        assertMention(s, mentionAt(s, "does support", "support"), "support", "Ruth Okafor", "the levy");
    }

    @Test
    void aPronounWithItsAuxiliaryInOneWordIsTheSpeaker() {
        TextDocument d = doc("The coach spoke after the game. He's suggesting that the league should change the schedule.");
        assertMention(d, mentionAt(d, "He's", "suggesting"), "suggesting", "He", "that the league should change the schedule");
        TextDocument c = doc("The growers met in May. They’ve argued that the price of water is too high.");
        assertMention(c, mentionAt(c, "argued", "argued"), "argued", "They", "that the price of water is too high");
        TextDocument h = doc("Mayor Ann Lee faces a recall. She's hoping the council will back her plan.");
        assertMention(h, mentionAt(h, "She's", "hoping"), "hoping", "She", "the council will back her plan");
        // "'re" and "it's" before a past form are a passive: no speaker
        assertTrue(X.extract(doc("They're expected to arrive on Friday.")).isEmpty());
        assertTrue(X.extract(doc("It's said that the mill will close.")).stream()
                .allMatch(s -> s.mentions().stream().allMatch(m -> m.speakerSpan().isEmpty())));
    }

    @Test
    void aVerbThatCarriesTheSayingOnIsPartOfTheCue() {
        TextDocument d = doc("Dana Reyes continued to insist that the bridge was safe.");
        assertMention(d, mentionAt(d, "continued", "continued to insist"), "continued to insist", "Dana Reyes",
                "that the bridge was safe");
        TextDocument g = doc("The principal went on to explain that the school would reopen in March.");
        assertMention(g, mentionAt(g, "went", "went on to explain"), "went on to explain", "The principal",
                "that the school would reopen in March");
        TextDocument k = doc("Council member Omar Haddad kept asking whether the contract had been signed.");
        assertMention(k, mentionAt(k, "kept", "kept asking"), "kept asking", "Council member Omar Haddad",
                "whether the contract had been signed");
        // "began/started" stay out: "began calling the farms" is phoning as often as saying
        assertTrue(X.extract(doc("Ann Lee began calling the farms on Monday.")).isEmpty());
    }

    @Test
    void aDeniedVerbOfTellingBeforeAQuestionWordIsAViewWithTheDenialInItsCue() {
        TextDocument d = doc("Ruth Okafor would not say whether she will run again.");
        Mention m = mentionAt(d, "would", "would not say");
        assertMention(d, m, "would not say", "Ruth Okafor", "whether she will run again");
        assertEquals(MentionKind.BELIEF, m.kind());
        TextDocument e = doc("The agency did not explain why the office closed.");
        Mention x = mentionAt(e, "did", "did not explain");
        assertMention(e, x, "did not explain", "The agency", "why the office closed");
        assertEquals(MentionKind.BELIEF, x.kind());
        TextDocument c = doc("Mr. Tran couldn't say when the line would reopen.");
        assertMention(c, mentionAt(c, "couldn't", "couldn't say"), "couldn't say", "Mr. Tran", "when the line would reopen");
        assertTrue(sourceOf(c, mentionAt(c, "couldn't", "couldn't say")).speaker().contains("Tran"));
        // a denial with a plain object reports nothing said
        assertTrue(X.extract(doc("The mayor did not say a word at the meeting.")).isEmpty());
    }

    @Test
    void aDeniedMentionByNameIsAViewOfWhomTheSpeakerMeant() {
        TextDocument d = doc("The mayor did not mention her rival by name, but she said the bridge was late.");
        Mention m = mentionAt(d, "did", "did not mention");
        assertMention(d, m, "did not mention", "The mayor", "her rival by name");
        assertEquals(MentionKind.BELIEF, m.kind());
        TextDocument n = doc("Governor Ann Lee never mentioned the strike by name.");
        assertMention(n, mentionAt(n, "never", "never mentioned"), "never mentioned", "Governor Ann Lee", "the strike by name");
        // a plain mention with a bare object is no speech
        assertTrue(X.extract(doc("The mayor mentioned the bridge.")).isEmpty());
    }

    @Test
    void aTextWithADayWordBeforeItsIngCueSpeaks() {
        TextDocument d = doc("The town released a statement Wednesday saying the pool would stay closed.");
        assertMention(d, mentionAt(d, "saying", "saying"), "saying", "a statement", "the pool would stay closed");
        TextDocument s = doc("The campaign sent a text message saying the rally was moved.");
        assertMention(s, mentionAt(s, "saying", "saying"), "saying", "a text message", "the rally was moved");
    }

    @Test
    void aPartyBracketWithAnAbbreviationAndACommaBeforeTheCue() {
        TextDocument d = doc("Sen. Tim Kaine (D-Va.), said the bill would pass.");
        assertMention(d, mentionAt(d, "said", "said"), "said", "Sen. Tim Kaine (D-Va.)", "the bill would pass");
    }

    @Test
    void aReportAnOutletPublishedFirstHasThatOutletAsItsSource() {
        TextDocument d = doc("The merger talks were first reported by the Harbor Times.");
        assertMention(d, mentionAt(d, "first", "first reported by"), "first reported by", "the Harbor Times", "The merger talks");
        TextDocument a = doc("As reported by the Harbor Times, the mill will close in June.");
        assertMention(a, mentionAt(a, "As", "As reported by"), "As reported by", "the Harbor Times", "the mill will close in June");
        // figures "reported by" someone are data, not a report the networks are cited for
        assertTrue(X.extract(doc("Exit polls reported by the networks were late.")).stream()
                .allMatch(s -> s.mentions().stream().noneMatch(m -> m.cue().contains("reported by"))));
    }
}
