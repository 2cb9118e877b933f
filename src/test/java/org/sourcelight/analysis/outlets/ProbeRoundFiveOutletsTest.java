package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.StateCue;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Decision 110 (probe articles, fifth round), read in sentences written for this test: an outlet's name that runs on
 * into a noun for another body is that body's name ("The Guardian Council", "the Reuters Institute"); a short name
 * "the Herald" / "The Sun" means the outlet the article names in full or comes from; a describing state cue
 * ("state-owned") is about an outlet only when one stands next to it.
 */
class ProbeRoundFiveOutletsTest {
    private static final OutletAnalyzer ANALYZER = OutletAnalyzer.standard();

    private static TextDocument doc(String text) {
        return DocumentBuilder.standard().build(text, ArticleMeta.empty());
    }

    private static OutletAnalyzer.Result analyze(String text) {
        return ANALYZER.analyze(doc(text), List.of());
    }

    /** "id@words in the text" of the outlets cited in a body under a headline, in text order. */
    private static List<String> found(String body) {
        String text = "A headline\n\n" + body + "\n";
        return analyze(text).cited().stream()
                .map(c -> (c.outlet() == null ? "?" : c.outlet().id()) + "@" + text.substring(c.start(), c.end())).toList();
    }

    @Test
    void anOutletsNameRunningOnIntoANounForABodyIsThatBodysName() {
        assertEquals(List.of(), found("The Guardian Council said on Tuesday that the candidates had been judged fairly."));
        assertEquals(List.of("irna@IRNA"), found("The Guardian Council said in a statement carried by IRNA that it had finished."));
        assertEquals(List.of(), found("A report by the Reuters Institute for the Study of Journalism found that trust fell."));
        assertEquals(List.of(), found("The BBC Trust said the programme had broken its rules."));
        // the outlet's own firm or unit, an acronym and a kind word leave the outlet named
        assertEquals(List.of("reuters@Reuters"), found("The figures were first reported by Reuters on Monday."));
        assertEquals(List.of("usa-today@USA TODAY"), found("He is a member of the USA TODAY Board of Contributors."));
        assertEquals(List.of("fox-business@Fox Business"), found("Watch the best moments from the Fox Business GOP debate."));
    }

    @Test
    void aShortNameMeansTheOutletTheArticleNamesInFull() {
        List<CitedOutlet> c = analyze("A headline\n\nThe premier told the Herald on Monday that the contract would be "
                + "published. According to The Sydney Morning Herald, the tollway earns $600 million a year.\n").cited();
        assertEquals(2, c.size(), c.toString());
        assertEquals("the-sydney-morning-herald", c.get(0).outlet().id());
        assertTrue(c.get(0).note().contains("names in full"), c.get(0).note());
        assertTrue(c.get(0).note().contains("The Herald (Glasgow)"), c.get(0).note());
        assertEquals("the-sydney-morning-herald", c.get(1).outlet().id());
        // two outlets ending in the same word: the short name stands for neither by this rule
        List<String> two = found("The minister told the Herald the plan was sound. The Sydney Morning Herald and "
                + "The New Zealand Herald both reported the visit.");
        assertTrue(!two.get(0).startsWith("the-sydney") && !two.get(0).startsWith("the-new-zealand"), two.toString());
    }

    @Test
    void aPapersOwnShortNameInItsOwnStoryIsNoCitation() {
        OutletAnalyzer.Result r = analyze("Library closure angers families\n\nBy Jane Roe, Toronto Sun\n\n"
                + "The councillor told The Sun on Monday that nobody had called her.\n");
        assertEquals("toronto-sun", r.publisher().outlet().id());
        assertEquals(List.of(), r.cited(), "the publisher's own name is not a cited outlet");
        // without the byline, a story that names no country does not make it the British paper
        List<CitedOutlet> c = analyze("A headline\n\nThe councillor told The Sun on Monday that nobody had called her.\n").cited();
        assertEquals(1, c.size());
        assertEquals(null, c.get(0).outlet());
        assertTrue(c.get(0).note().contains("Toronto Sun") && c.get(0).note().contains("does not say which"), c.get(0).note());
    }

    @Test
    void aDescribingStateCueNeedsAnOutletBesideIt() {
        assertEquals(List.of(), cues("State-owned Codelco said its output fell. Voters rejected government-run health insurance."));
        assertEquals(List.of("state-run"), cues("The state-run SANA news agency said the road had reopened."));
        assertEquals(List.of("state-run"), cues("Iran's state-run Press TV reported the visit."));
        assertEquals(List.of("State media"), cues("State media reported the visit on Tuesday."));
    }

    private static List<String> cues(String body) {
        return analyze("A headline\n\n" + body + "\n").cues().stream().map(StateCue::cue).toList();
    }

    @Test
    void aWireDatelineWithADateOrNoDashNamesThePublisher() {
        assertEquals("reuters", analyze("Copper output falls\n\nSANTIAGO, Dec 1 (Reuters) - Copper production in Chile fell "
                + "4.1% in October, the statistics agency said.\n").publisher().outlet().id());
        assertEquals("press-trust-of-india", analyze("Shares jump\n\nMumbai, Dec 1 (PTI) Shares of the carmaker rose nearly "
                + "6 per cent on Tuesday.\n").publisher().outlet().id());
        OutletAnalyzer.Result none = analyze("A headline\n\nThe senator (who had voted against it) said the bill was dead.\n");
        assertTrue(none.publisher() == null || none.publisher().outlet() == null, String.valueOf(none.publisher()));
    }
}
