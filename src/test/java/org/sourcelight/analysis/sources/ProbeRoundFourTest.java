package org.sourcelight.analysis.sources;

import static org.sourcelight.analysis.sources.SentenceSources.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.doc;
import static org.sourcelight.analysis.sources.SentenceSources.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.ResolvedBy;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.TextDocument;

/** The defects that the fourth round of probe articles (court, business, sport, interview, tabloid) showed (decision 100). */
class ProbeRoundFourTest {

    @Test
    void anInsiderAfterAnUnnamedSourceIsThatSourceNeverThePersonNamedNearIt() {
        TextDocument d = doc("The actress ended her romance with trainer Liam Carter last week.",
                "A source close to the star told reporters: \"She is devastated.\"",
                "The insider added: \"Friends warned her, but she would not listen.\"");
        List<Source> all = X.extract(d);
        Source s = only(all);
        assertEquals(SourceKind.ANONYMOUS, s.kind(), s.toString());
        assertEquals(2, s.mentions().size(), s.toString());
        assertEquals(ResolvedBy.ROLE_NOUN, s.mentions().get(1).resolvedBy());
        assertEquals("The insider", d.text().substring(s.mentions().get(1).speakerStart(), s.mentions().get(1).speakerEnd()));
    }

    @Test
    void anInsiderWithNoUnnamedSourceBeforeStaysAnonymous() {
        TextDocument d = doc("The actress ended her romance with trainer Liam Carter last week.",
                "The insider said: \"She is devastated.\"");
        Source s = only(X.extract(d));
        assertEquals(SourceKind.ANONYMOUS, s.kind(), s.toString());
        assertTrue(!s.speaker().contains("Carter"), s.toString());
    }

    @Test
    void aTimeExpressionOpeningTheSentenceIsNoPartOfTheSpeaker() {
        TextDocument d = doc("Last year Carol Bright told fans that she had never been happier.",
                "This week Mayor Jane Smith said the plan would go ahead.",
                "Yesterday Peter Jones said he would resign.",
                "In 2019 Senator Bob Lee said the bill was dead.",
                "Last month police said the case was closed.",
                "June Adams said the park would open.");
        List<Source> all = X.extract(d);
        assertEquals("Carol Bright", saying(d, all, "Carol Bright").speaker());
        Source smith = saying(d, all, "Mayor Jane Smith");
        assertEquals("Mayor", smith.role());
        assertEquals("Peter Jones", saying(d, all, "Peter Jones").speaker());
        assertEquals("Senator", saying(d, all, "Senator Bob Lee").role());
        assertEquals(SourceKind.ORGANIZATION, saying(d, all, "police").kind());
        // a month that is also a given name stays the name
        assertEquals("June Adams", saying(d, all, "June Adams").speaker());
    }

    @Test
    void aGivenNameAloneMeansTheOnePersonNamedInFullWithIt() {
        TextDocument d = doc("Soap legend Carol Bright was seen leaving the studio on Monday.",
                "Carol told fans on Instagram that she had never been happier.");
        Source s = only(X.extract(d));
        assertEquals("Carol Bright", s.speaker());
        assertEquals(ResolvedBy.GIVEN_NAME, s.mentions().get(0).resolvedBy());
        // two people with that given name: no guess
        TextDocument two = doc("Carol Bright and Carol Jones were seen leaving the studio on Monday.",
                "Carol told fans on Instagram that she had never been happier.");
        assertEquals("Carol", only(X.extract(two)).speaker());
    }

    @Test
    void aRoleRightBeforeAFullNameIntroducesThatPerson() {
        TextDocument d = doc("It was a long night. Edmonton coach Kris Knoblauch praised his captain after the game.",
                "\"He just takes over,\" Knoblauch said.");
        Source s = only(X.extract(d));
        assertEquals("Kris Knoblauch", s.speaker());
        assertEquals(ResolvedBy.SURNAME, s.mentions().get(0).resolvedBy());
    }

    @Test
    void aJudgeAfterTheCourtsOfNameIsThePersonSpeaking() {
        TextDocument d = doc("Court of King's Bench Justice Laura Chen said the crash was entirely preventable.");
        Source s = only(X.extract(d));
        assertEquals(SourceKind.NAMED, s.kind(), s.toString());
        assertEquals("Laura Chen", s.speaker());
        assertEquals("Justice", s.role());
        assertEquals("Court of King's Bench", s.organization());
    }

    @Test
    void aPluralOfARoleOpeningTheSentenceIsAGroupOfPeopleNotABody() {
        TextDocument d = doc("Executives have said the company wants to focus on software.",
                "Nurses said the ward was full.");
        List<Source> all = X.extract(d);
        assertEquals(SourceKind.ANONYMOUS, saying(d, all, "Executives").kind());
        assertEquals(SourceKind.ANONYMOUS, saying(d, all, "Nurses").kind());
    }

    @Test
    void anAppositiveHeadedByABodyWordMakesTheNameABody() {
        TextDocument d = doc("Bike Winnipeg, an advocacy group, said the city needs protected bike lanes.");
        Source s = only(X.extract(d));
        assertEquals(SourceKind.ORGANIZATION, s.kind(), s.toString());
        assertEquals("Bike Winnipeg", s.speaker());
    }

    @Test
    void figuresReportedWithARelativeClauseAreNoStatement() {
        TextDocument d = doc("The company reported quarterly revenue that topped expectations.",
                "The firm reported a record profit of $2 billion.",
                "Olafson apologized to the family before the sentence was read.");
        assertEquals(List.of(), X.extract(d));
        // "that" right after the verb, or after a time, still reports
        TextDocument said = doc("The agency reported last month that the fund was empty.");
        Mention m = only(X.extract(said)).mentions().get(0);
        assertEquals("that the fund was empty", said.text().substring(m.contentStart(), m.contentEnd()));
    }

    @Test
    void theAnswersOfAnInterviewAreThoseOfThePersonItsIntroductionNames() {
        TextDocument d = doc("Katharine Morrow studies extreme weather at a university. We spoke to her about the fire season.",
                "Q: Was this summer unusual?",
                "A: Yes. The season started early.",
                "Q: Is climate change to blame?",
                "A: It makes the landscape drier.");
        List<Source> all = X.extract(d);
        Source morrow = null;
        for (Source s : all) if (s.speaker().equals("Katharine Morrow")) morrow = s;
        assertTrue(morrow != null, all.toString());
        assertEquals(2, morrow.mentions().size(), morrow.toString());
        assertEquals(ResolvedBy.INTERVIEW, morrow.mentions().get(0).resolvedBy());
        Mention second = morrow.mentions().get(1);
        assertEquals("It makes the landscape drier", d.text().substring(second.contentStart(), second.contentEnd()));
    }
}
