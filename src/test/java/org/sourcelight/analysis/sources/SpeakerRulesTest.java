package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Who the speaker is (issue 12, speaker side): grading, spans, pronoun and role-noun resolution, each on sentences
 * written for this test (not from any corpus).
 */
class SpeakerRulesTest {
    private static final SourceExtractor X = SourceExtractor.standard();

    private static TextDocument doc(String... paragraphs) {
        return DocumentBuilder.standard().build("A headline about the vote\n\n" + String.join("\n\n", paragraphs), ArticleMeta.empty());
    }

    private static List<Source> sources(String... paragraphs) { return X.extract(doc(paragraphs)); }

    private static Source only(List<Source> all) {
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** The source whose mentions include the one whose speaker phrase is {@code phrase} (the first such). */
    private static Source saying(TextDocument d, List<Source> all, String phrase) {
        for (Source s : all) for (Mention m : s.mentions()) if (d.text().substring(m.speakerStart(), m.speakerEnd()).equals(phrase)) return s;
        throw new AssertionError("no speaker phrase '" + phrase + "' in " + all);
    }

    private static String speakerText(TextDocument d, Source s) {
        Mention m = s.mentions().get(0);
        return d.text().substring(m.speakerStart(), m.speakerEnd());
    }

    @Test
    void aPronounMeansTheSubjectOfTheNearestSentenceNamingSomeoneOfItsGender() {
        TextDocument d = doc("Donald Smith thanked his campaign manager, Peter Jones, and his spokeswoman.",
                "\"We are going to build it,\" he said.");
        Source he = saying(d, X.extract(d), "he");
        assertEquals("Donald Smith", he.speaker());
        assertEquals("pronoun", he.mentions().get(0).resolvedBy(), he.toString());
    }

    @Test
    void aNameInAnOpeningSubordinateClauseRanksAfterTheMainClauseSubject() {
        TextDocument d = doc("When Mary Jones pointed out the cost, Anna Lee seized upon the reference.",
                "\"It is not the same,\" she said.");
        assertEquals("Anna Lee", saying(d, X.extract(d), "she").speaker());
    }

    @Test
    void aSentenceLedByTheSamePronounPassesOverTheNamesItMentions() {
        TextDocument d = doc("Lance Beebe, 49, said the senator should be ready for questions.",
                "He attended the rally, though he is not sure whether he will vote for John Kerr.",
                "\"It is going to be hard,\" he said.");
        assertEquals("Lance Beebe", saying(d, X.extract(d), "he").speaker());
    }
}
