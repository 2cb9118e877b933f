package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.assertSpan;
import static org.sourcelight.analysis.sources.SentenceSources.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.ResolvedBy;
import org.sourcelight.model.Source;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Whom a pronoun speaker means (issue 12, session 7, decision 93), each on sentences written for this test (not from
 * any corpus): the resolved name, and the offsets of the pronoun and of the words reported.
 */
class PronounRulesTest {
    /** The source and mention whose speaker phrase is the {@code nth} (0-based) occurrence of {@code phrase} as a speaker. */
    private static Mention mentionOf(TextDocument d, List<Source> all, String phrase, int from) {
        for (Source s : all) for (Mention m : s.mentions()) {
            if (m.speakerStart() >= from && d.text().substring(m.speakerStart(), m.speakerEnd()).equals(phrase)) return m;
        }
        throw new AssertionError("no speaker phrase '" + phrase + "' after " + from + " in " + all);
    }

    private static Source sourceOf(List<Source> all, Mention m) {
        for (Source s : all) if (s.mentions().contains(m)) return s;
        throw new AssertionError(m.toString());
    }

    @Test
    void aFullNameMetOnlyInsideAQuotationIsWhomALaterSurnameAndItsPronounMean() {
        TextDocument d = doc("Activist Mary Jones, who died on Monday, wrote a last column.",
                "\"Peter Walsh's visit to the port reminds me of a trip by John Smith in 1985,\" she wrote, recalling a meeting "
                        + "between Smith and union leader Karl Brand.",
                "Jones had been a strong supporter of Walsh's reelection campaign. He acknowledged her backing on Tuesday.");
        List<Source> all = X.extract(d);
        int from = d.text().indexOf("He acknowledged");
        Mention he = mentionOf(d, all, "He", from);
        assertEquals("Peter Walsh", sourceOf(all, he).speaker(), all.toString());
        assertEquals(ResolvedBy.PRONOUN, he.resolvedBy());
        assertEquals(from, he.speakerStart());
        assertSpan(d, "her backing on Tuesday", he.contentStart(), he.contentEnd());
    }

    @Test
    void aQuotedNameIsNotPresentForAPronounOutsideTheQuotation() {
        // the quoted Peter Walsh is a name the speaker used; the writer's "he" means the man the writer named
        TextDocument d = doc("Council member Tom Baker spoke at the hearing.",
                "\"Peter Walsh never answered our letters,\" Baker said. Later he said the council would vote in May.");
        List<Source> all = X.extract(d);
        Mention he = mentionOf(d, all, "he", d.text().indexOf("Later he"));
        assertEquals("Tom Baker", sourceOf(all, he).speaker(), all.toString());
    }

    @Test
    void aPronounInAnOpeningClauseWithNobodyBeforeItMeansTheMainClausesSubject() {
        TextDocument d = doc("After he criticized the budget for being too small, council member Tom Baker has now proposed a new tax.",
                "The proposal goes to a vote on Friday.");
        List<Source> all = X.extract(d);
        int at = d.text().indexOf("he criticized");
        Mention he = mentionOf(d, all, "he", at);
        assertEquals(at, he.speakerStart());
        assertEquals(at + 2, he.speakerEnd());
        assertEquals("Tom Baker", sourceOf(all, he).speaker(), all.toString());
        assertEquals(ResolvedBy.PRONOUN, he.resolvedBy());
    }

    @Test
    void aPronounWithAnAntecedentKeepsItOverALaterMainClauseSubject() {
        TextDocument d = doc("Anna Reed leads the union.",
                "After she criticized the budget for being too small, council member Tom Baker proposed a new tax.");
        List<Source> all = X.extract(d);
        Mention she = mentionOf(d, all, "she", 0);
        assertEquals("Anna Reed", sourceOf(all, she).speaker(), all.toString());
    }

    @Test
    void aCataphoricPronounNeedsAFullNameOfItsGender() {
        // "she" cannot mean Tom Baker; a bare surname introduces nobody
        TextDocument d = doc("After she criticized the budget for being too small, council member Tom Baker proposed a new tax.");
        List<Source> all = X.extract(d);
        for (Source s : all) for (Mention m : s.mentions()) {
            if (d.text().substring(m.speakerStart(), m.speakerEnd()).equals("she")) {
                assertTrue(!s.speaker().equals("Tom Baker"), all.toString());
            }
        }
    }

    @Test
    void anAttributionBetweenCommasWithATimeExpressionReportsTheClauseItInterrupts() {
        TextDocument d = doc("Tom Baker runs the council.",
                "If the city can build a bridge, he observed this week, without federal money, then it can build a school.");
        List<Source> all = X.extract(d);
        int at = d.text().indexOf("he observed");
        Mention he = mentionOf(d, all, "he", at);
        assertEquals("Tom Baker", sourceOf(all, he).speaker(), all.toString());
        assertEquals(at, he.speakerStart());
        assertSpan(d, "observed", he.cueStart(), he.cueEnd());
        // the whole sentence the attribution interrupts, both parts (decision 0107; was the part after it only)
        assertSpan(d, "If the city can build a bridge, he observed this week, without federal money, then it can build a school",
                he.contentStart(), he.contentEnd());
    }

    @Test
    void aVerbFollowedByATimeExpressionAndAnObjectIsStillNoAttribution() {
        // "observed this week the new ferry": the object is what was watched, not words reported
        TextDocument d = doc("Tom Baker runs the council. He observed this week the new ferry at the pier.");
        for (Source s : X.extract(d)) for (Mention m : s.mentions()) {
            assertTrue(!d.text().substring(m.cueStart(), m.cueEnd()).equals("observed"), s.toString());
        }
    }

    @Test
    void aLoneSurnameInsideAClauseIsAMentionOfThePersonNamedInFull() {
        TextDocument d = doc("\"The plan is a disaster,\" said Glen Marsh, a columnist, who has long opposed Mayor Peter Walsh.",
                "The rise of the new tax gave Marsh fresh reason to oppose Walsh and his allies. He said he would campaign against it.");
        List<Source> all = X.extract(d);
        Mention he = mentionOf(d, all, "He", d.text().indexOf("He said he would"));
        assertEquals("Glen Marsh", sourceOf(all, he).speaker(), all.toString());
    }

    @Test
    void aPronounAfterAQuestionMeansThePersonQuestioned() {
        TextDocument d = doc("Radio host Glen Marsh interviewed Mayor Peter Walsh on Monday.",
                "Marsh asked Walsh about remarks he had made the week before, when he claimed the bridge would be free.");
        List<Source> all = X.extract(d);
        int at = d.text().indexOf("he claimed");
        Mention he = mentionOf(d, all, "he", at);
        assertEquals(at, he.speakerStart());
        assertEquals("Peter Walsh", sourceOf(all, he).speaker(), all.toString());
        assertSpan(d, "the bridge would be free", he.contentStart(), he.contentEnd());
    }

    @Test
    void aPronounInAWhenClauseAfterAnOccasionMeansItsOwner() {
        TextDocument d = doc("Council member Tom Baker spoke on Tuesday.",
                "He also discussed Mayor Walsh's widely criticized press conference at the port on Monday, when he refused to say "
                        + "that the bridge was late.");
        List<Source> all = X.extract(d);
        int at = d.text().indexOf("he refused");
        Mention he = mentionOf(d, all, "he", at);
        assertEquals("Walsh", sourceOf(all, he).speaker(), all.toString());
    }

    @Test
    void aNameAfterAPersonsTitleIsAPersonALaterPronounMayMean() {
        TextDocument d = doc("The council met without Mrs. Okafor, who was travelling.",
                "Her deputy read a statement. On Friday she said the vote had been unfair.");
        List<Source> all = X.extract(d);
        Mention she = mentionOf(d, all, "she", d.text().indexOf("she said"));
        assertEquals("Okafor", sourceOf(all, she).speaker(), all.toString());
    }

    @Test
    void aDescriptionOwnedByAPronounMeansThePersonNextIntroducedInThatRoleNotAnEarlierDescription() {
        TextDocument d = DocumentBuilder.standard().build("Mayor's Daughter Says The Race Is Far From Over\n\n"
                + "As Mayor Peter Walsh began his campaign tour, his daughter said the race had only started.\n\n"
                + "Anna Walsh, daughter of the mayor, said the family was ready.", ArticleMeta.empty());
        List<Source> all = X.extract(d);
        Mention daughter = mentionOf(d, all, "his daughter", 0);
        assertEquals("Anna Walsh", sourceOf(all, daughter).speaker(), all.toString());
        assertEquals(ResolvedBy.ROLE_NOUN, daughter.resolvedBy());
    }

    @Test
    void anAdverbBeforeTheCueIsNoPartOfTheName() {
        TextDocument d = doc("Mrs. Okafor often says she is not running for a third term, but she has also praised the plan.");
        List<Source> all = X.extract(d);
        Mention first = mentionOf(d, all, "Mrs. Okafor", 0);
        assertEquals("Okafor", sourceOf(all, first).speaker(), all.toString());
        assertSpan(d, "Mrs. Okafor", first.speakerStart(), first.speakerEnd());
        Mention she = mentionOf(d, all, "she", d.text().indexOf("she has also"));
        assertEquals("Okafor", sourceOf(all, she).speaker(), all.toString());
    }

    @Test
    void aContractedPronounIsThePronounSpeaker() {
        TextDocument d = doc("Anna Reed lives in Lake City.",
                "She's a union member but concedes that most of her neighbours back the plan.");
        List<Source> all = X.extract(d);
        int at = d.text().indexOf("She's");
        Mention she = mentionOf(d, all, "She", at);
        assertEquals(at, she.speakerStart());
        assertEquals(at + 3, she.speakerEnd());
        assertEquals("Anna Reed", sourceOf(all, she).speaker(), all.toString());
        assertSpan(d, "that most of her neighbours back the plan", she.contentStart(), she.contentEnd());
    }

    @Test
    void thePronounSubjectOfAReportedClauseGivesAnUnknownSpeakerItsGender() {
        // "Symms" is no given name: "Symms said he ..." shows a man, so the later "she" means the woman named before
        TextDocument d = doc("Senator Kelly Ayotte spoke in Concord last week.",
                "Symms said he has been impressed by Ayotte and liked the way she answered a question, saying she was fair.");
        List<Source> all = X.extract(d);
        Mention she = mentionOf(d, all, "she", d.text().indexOf("she answered"));
        assertEquals("Kelly Ayotte", sourceOf(all, she).speaker(), all.toString());
    }

    @Test
    void theSpeakerOutranksTheOwnerNamedInItsPhrase() {
        TextDocument d = doc("Peter Walsh filed a claim against the paper on Monday.",
                "Walsh's attorney, Tom Reed, said the paper was \"looking for free publicity.\" He said the claim would go ahead.");
        List<Source> all = X.extract(d);
        Mention he = mentionOf(d, all, "He", d.text().indexOf("He said the claim"));
        assertEquals("Tom Reed", sourceOf(all, he).speaker(), all.toString());
    }

    @Test
    void theOwnerOfARoleSetBeforeANameIsNotWhomTheSentenceIsAbout() {
        TextDocument d = doc("Mayor Peter Walsh opened the campaign office on Monday.",
                "Walsh's campaign manager, Tom Reed, appeared on local radio and outlined how he thinks the race can be won.");
        List<Source> all = X.extract(d);
        int at = d.text().indexOf("he thinks");
        Mention he = mentionOf(d, all, "he", at);
        assertEquals(at, he.speakerStart());
        assertEquals("Tom Reed", sourceOf(all, he).speaker(), all.toString());
    }
}
