package org.sourcelight.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.DuplicateKind;

/** Sample 000 (Press TV) against sample 004 (Rudaw), both reporting remarks by Mattis. */
class ArticleComparerTest {
    @Test
    void speakersOutletsAndAssertionsSideBySide() {
        ArticleComparison c = ArticleComparer.standard().compare("1", Fixtures.analysis000(), "5", Fixtures.analysis004());
        assertEquals(List.of("James Mattis"), c.speakersInBoth());
        assertEquals(List.of("Maria Zakharova", "Sergei Lavrov"), c.onlyInA());
        assertEquals(List.of("an unnamed source in the Foreign Ministry"), c.onlyInB());
        assertEquals("US military presence in Syria resembles occupation: Russia", c.a().title());
        assertEquals("Syria wants US troops to leave", c.b().title());
        assertEquals("Press TV — Iran: State-controlled media", c.a().publisher());
        assertEquals("Rudaw — Iraq (Kurdistan Region): private (not rated by State Media Monitor)", c.b().publisher());
        assertEquals(List.of("AFP — not in the registry"), c.a().outlets());
        assertEquals(List.of("SANA — Syria: State-controlled media"), c.b().outlets());
        assertEquals(Map.of("Hidden accuser", 1), c.a().assertionsByReason());
        assertEquals(0, c.b().assertions());
    }

    @Test
    void sharedPassagesAreTheDuplicatesThatPointAtTheOtherArticle() {
        ArticleAnalysis a = Fixtures.analysis000(), b = Fixtures.analysis004();
        String ta = a.document().text(), tb = b.document().text();
        int pa = ta.indexOf("Geneva"), pb = tb.indexOf("Geneva");
        ArticleComparer withFinder = new ArticleComparer(docs -> {
            assertEquals(List.of("1", "5"), docs.stream().map(n -> n.id()).toList());
            List<List<Duplicate>> out = new ArrayList<>();
            out.add(List.of(new Duplicate(pa, pa + 6, DuplicateKind.NEAR, 0.8, "5", "Syria wants US troops to leave", pb, pb + 6),
                    new Duplicate(0, 4, DuplicateKind.BOILERPLATE, 1.0, null, "", 10, 14)));
            out.add(List.of(new Duplicate(pb, pb + 6, DuplicateKind.NEAR, 0.8, "1", "", pa, pa + 6)));
            return out;
        });
        ArticleComparison c = withFinder.compare("1", a, "5", b);
        assertEquals(List.of(new ArticleComparison.SharedPassage(pa, pa + 6, pb, pb + 6, "Geneva", "Geneva", DuplicateKind.NEAR, 0.8)),
                c.shared(), "repeats inside A are not shared passages");
    }

    @Test
    void speakerNamesMatchIgnoringCaseAccentsAndASurnameAlone() {
        assertFalse(ArticleComparer.sameSpeaker("Sergueï Lavrov", "sergei lavrov"), "a different spelling is another name");
        assertTrue(ArticleComparer.sameSpeaker("Mattis", "James Mattis"));
        assertTrue(ArticleComparer.sameSpeaker("The Foreign Ministry", "foreign ministry"));
        assertTrue(ArticleComparer.sameSpeaker("José Martí", "Jose Marti"));
        assertFalse(ArticleComparer.sameSpeaker("James Mattis", "Jim Mattis"));
        assertFalse(ArticleComparer.sameSpeaker("he", "Jim he"));
    }

    @Test
    void realAnalysersShowWhatTwoPressTvArticlesShareAndWhoEachQuotes() {
        org.sourcelight.analysis.Pipeline p = org.sourcelight.analysis.Pipeline.standard();
        org.sourcelight.analysis.ArticleAnalysis a = p.analyze(org.sourcelight.Samples.doc(org.sourcelight.Samples.S000));
        org.sourcelight.analysis.ArticleAnalysis b = p.analyze(org.sourcelight.Samples.doc(org.sourcelight.Samples.S003));
        ArticleComparison c = ArticleComparer.standard().compare("000", a, "003", b);
        // the recycled background sentence about airstrikes "without any authorization from Damascus or a UN mandate"
        assertTrue(c.shared().stream().anyMatch(x -> x.textA().contains("UN mandate") && x.textB().contains("UN mandate")),
                c.shared().toString());
        // and Press TV's footer
        assertTrue(c.shared().stream().anyMatch(x -> x.textA().contains("can also be accessed")), c.shared().toString());
        assertTrue(c.a().publisher().startsWith("Press TV"), c.a().publisher());
        assertTrue(c.onlyInA().stream().anyMatch(s -> s.contains("Zakharova")), c.onlyInA().toString());
        assertTrue(c.onlyInB().stream().anyMatch(s -> s.contains("Schenker")), c.onlyInB().toString());
    }
}
