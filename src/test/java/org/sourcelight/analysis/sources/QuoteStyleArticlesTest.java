package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Mention;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Source;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Short articles written for this test (not from any corpus, resources {@code quote-styles/}) in the two styles a
 * student meets: British and Irish papers that print quotations in single marks (plain and typographic), and US
 * copy with plural possessives ("the visitors' coach"). Each test asserts the quotations found and, for each
 * attribution a careful reader sees, the speaker and the offsets of what they said.
 */
class QuoteStyleArticlesTest {
    private static final SourceExtractor X = SourceExtractor.standard();

    private static TextDocument article(String name) {
        try (InputStream in = QuoteStyleArticlesTest.class.getResourceAsStream("quote-styles/" + name)) {
            return DocumentBuilder.standard().build(new String(in.readAllBytes(), StandardCharsets.UTF_8), ArticleMeta.empty());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The quotations of the article as the text they span, marks included, in order (nested ones too). */
    private static List<String> quotes(TextDocument d) {
        List<String> out = new ArrayList<>();
        for (QuoteSpan q : d.quotes()) out.add(d.slice(q.span()));
        return out;
    }

    /**
     * Asserts that source {@code speaker} has a mention whose content is exactly the first {@code content} of the
     * text (offsets compared) and, when {@code speakerText} is given, whose speaker words are exactly
     * {@code speakerText}, in the content's paragraph.
     */
    private static void said(TextDocument d, List<Source> all, String speaker, String speakerText, String content) {
        Source s = all.stream().filter(x -> x.speaker().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + speaker + " in " + all.stream().map(Source::speaker).toList()));
        int cs = d.text().indexOf(content);
        assertTrue(cs >= 0, content);
        Mention m = s.mentions().stream().filter(x -> x.contentStart() == cs).findFirst()
                .orElseThrow(() -> new AssertionError(speaker + " has no mention of " + content + ": " + s.mentions()));
        assertEquals(cs + content.length(), m.contentEnd(), "content end of " + content);
        if (speakerText != null) {
            assertEquals(speakerText, d.text().substring(m.speakerStart(), m.speakerEnd()), "speaker of " + content);
            assertEquals(d.blockAt(cs).paragraph(), d.blockAt(m.speakerStart()).paragraph(), "speaker's paragraph");
        }
    }

    @Test
    void britishQuotesBeforeAndAfterTheSpeakerAndAfterAColon() {
        TextDocument d = article("01-uk-bin-collections.txt");
        assertEquals(List.of("'The foxes have had a field day,'",
                "'I have lived here for forty years and it has never been this bad.'",
                "'It's a health hazard. The council's own leaflet says bins should be emptied every fortnight.'",
                "'We are sorry for the disruption. Extra crews will be out this weekend.'"), quotes(d));
        List<Source> all = X.extract(d);
        said(d, all, "Margaret Dawson", "she", "'The foxes have had a field day,'");
        said(d, all, "Margaret Dawson", null, "'I have lived here for forty years and it has never been this bad.'");
        said(d, all, "Peter Dawson", "Her son, Peter Dawson", "'It's a health hazard. The council's own leaflet says bins should be emptied every fortnight.'");
        said(d, all, "Spokeswoman for the council", "A spokeswoman for the council", "'We are sorry for the disruption. Extra crews will be out this weekend.'");
        said(d, all, "Tenants' association", "The tenants' association", "it would raise the matter at the next public meeting");
    }

    @Test
    void aSpeakerAfterTheQuoteAndAScareQuoteAfterAPluralPossessive() {
        TextDocument d = article("02-uk-hospital-parking.txt");
        assertEquals(List.of("'People visiting a dying relative should not have to worry about the meter running out.'",
                "'We have frozen the charges for six years,'", "'The money raised pays for new lighting and security.'",
                "'short-sighted'"), quotes(d));
        List<Source> all = X.extract(d);
        said(d, all, "Colin Marsh", "Its chairman, Colin Marsh", "'People visiting a dying relative should not have to worry about the meter running out.'");
        said(d, all, "Spokesman for the trust", "a spokesman for the trust", "'We have frozen the charges for six years,'");
        said(d, all, "Spokesman for the trust", null, "'The money raised pays for new lighting and security.'");
        said(d, all, "Nurses' leaders", "Nurses' leaders", "staff would be hit too");
    }

    @Test
    void aSingleQuotedQuotationRunsOnIntoTheNextParagraph() {
        TextDocument d = article("03-ie-school-roof.txt");
        List<QuoteSpan> qs = d.quotes();
        assertEquals(3, qs.size(), quotes(d).toString());
        assertEquals("'We wrote to the department in 2023 and again last spring. Nobody came to look at it.", d.slice(qs.get(0).span()));
        assertTrue(!qs.get(0).closed() && qs.get(1).continued() && qs.get(1).closed());
        List<Source> all = X.extract(d);
        said(d, all, "Siobhán O'Neill", "The chairwoman of the parents' council, Siobhán O'Neill", "'We wrote to the department in 2023 and again last spring. Nobody came to look at it");
        said(d, all, "Siobhán O'Neill", null, "'If the roof had come down during the school day, children could have been killed.'");
        said(d, all, "Department spokesman", "A department spokesman", "'Funding for the repairs was approved in March and work will begin next month.'");
    }

    @Test
    void aPossessiveInsideAQuotationDoesNotCloseIt() {
        TextDocument d = article("04-uk-football.txt");
        assertEquals(List.of("'The lads' effort was incredible after the red card,'", "'I could not have asked for more.'",
                "'a joke'", "'We should have won. We had chances but we did not take them.'"), quotes(d));
        List<Source> all = X.extract(d);
        said(d, all, "Gary Fenton", "he", "'The lads' effort was incredible after the red card,'");
        said(d, all, "Gary Fenton", null, "'I could not have asked for more.'");
        said(d, all, "Lee Barnes", "The home side's captain, Lee Barnes", "'We should have won. We had chances but we did not take them.'");
    }

    @Test
    void typographicSingleMarksAndApostrophes() {
        TextDocument d = article("05-uk-flood-typographic.txt");
        assertEquals(List.of("'It's been a nightmare,'", "'We've lost everything on the bottom shelves.'",
                "'The defences held in most places, but the water came round the back of the wall.'"), quotes(d));
        List<Source> all = X.extract(d);
        said(d, all, "Janet Reeve", null, "'It's been a nightmare,'");
        said(d, all, "Janet Reeve", null, "'We've lost everything on the bottom shelves.'");
        said(d, all, "Tom Hill", "The Environment Agency's area manager, Tom Hill", "'The defences held in most places, but the water came round the back of the wall.'");
        said(d, all, "Residents' groups", "Residents' groups", "for the wall to be extended");
    }

    @Test
    void usPluralPossessivesInSpeakerPhrases() {
        TextDocument d = article("06-us-budget-possessives.txt");
        List<Source> all = X.extract(d);
        said(d, all, "Teachers' union", "The teachers' union", "the plan shortchanged schools");
        said(d, all, "Angela Ruiz", null, "\"Our classrooms are already overcrowded, and this makes it worse,\"");
        said(d, all, "Mark Levin", "The Hendersons' attorney, Mark Levin", "the family would sue over the closure of the branch library near their home");
        Source levin = all.stream().filter(s -> s.speaker().equals("Mark Levin")).findFirst().orElseThrow();
        assertEquals("Hendersons' attorney", levin.role());
    }

    @Test
    void usPluralPossessiveBeforeAnAppositiveName() {
        TextDocument d = article("07-us-sports-possessives.txt");
        List<Source> all = X.extract(d);
        said(d, all, "Dana Reyes", "The visitors' coach, Dana Reyes", "her team had \"given away too many points in the first half.\"");
        Source reyes = all.stream().filter(s -> s.speaker().equals("Dana Reyes")).findFirst().orElseThrow();
        assertEquals("visitors' coach", reyes.role());
        said(d, all, "Marcus Bell", "Hawks quarterback Marcus Bell", "\"We never stopped fighting. I am proud of this group,\"");
        said(d, all, "Players' association", "The players' association",
                "it would look into the hit that knocked Rams receiver Tyler Grant out of the game");
    }

    @Test
    void doubleMarksNestedInASingleQuotedQuotation() {
        TextDocument d = article("08-uk-court-nested.txt");
        assertEquals(List.of("'You took money from people who trusted you and gave nothing in return.'",
                "'He said \"leave it with me\" and we never saw him again.'", "\"leave it with me\"",
                "'He knew exactly what he was doing,'"), quotes(d));
        List<Source> all = X.extract(d);
        said(d, all, "Alison Kerr", "Judge Alison Kerr", "'You took money from people who trusted you and gave nothing in return.'");
        said(d, all, "Nadia Shah", "she", "'He knew exactly what he was doing,'");
    }

    @Test
    void elisionsAndOClockAreNoQuotationMarks() {
        TextDocument d = article("09-uk-music-apostrophes.txt");
        assertEquals(List.of("'We've had bands here every Friday night for fifty years,'",
                "'The neighbours' complaints were about one party, not the music.'", "'the old lady'",
                "'The committee has added conditions on noise after midnight.'"), quotes(d));
        List<Source> all = X.extract(d);
        said(d, all, "Council spokesman", "A council spokesman", "'The committee has added conditions on noise after midnight.'");
        String who = all.stream().filter(s -> s.mentions().stream().anyMatch(m -> d.text().startsWith("'We've had", m.contentStart())))
                .map(Source::speaker).findFirst().orElseThrow();
        assertTrue(who.endsWith("Steve O'Brien"), who);
    }

    @Test
    void aSpeakerJoinedByAndOpensTheSentenceAfterASingleQuotedQuotation() {
        TextDocument d = DocumentBuilder.standard().build("A headline about the vote\n\n'We won the vote.' She and her aides said the count was fair.",
                ArticleMeta.empty());
        List<Source> all = X.extract(d);
        assertEquals(1, all.size(), all.toString());
        said(d, all, all.get(0).speaker(), "She and her aides", "the count was fair");
    }

    @Test
    void britishSpellingsOfRolesAndCuesReadAsTheirUsForms() {
        TextDocument d = DocumentBuilder.standard().build("A headline about the town\n\nHer neighbour, Brian Lowe, said: 'It is a disgrace.'"
                + "\n\nThe organisers apologised that the concert had been cancelled.", ArticleMeta.empty());
        List<Source> all = X.extract(d);
        said(d, all, "Brian Lowe", "Her neighbour, Brian Lowe", "'It is a disgrace.'");
        assertEquals("neighbour", all.stream().filter(s -> s.speaker().equals("Brian Lowe")).findFirst().orElseThrow().role());
        said(d, all, "Organisers", "The organisers", "that the concert had been cancelled");
    }

    @Test
    void aSingleQuotedQuotationCreditedByADashAndAName() {
        TextDocument d = DocumentBuilder.standard().build("A headline about buses\n\n"
                + "\u2018The bus never comes on time and nobody cares.\u2019 \u2015 Sonya Herridge\n\n"
                + "\u2018I walk to work now, it is faster\u2019.\n\n\u2014 Omar Haddad, Hamilton", ArticleMeta.empty());
        List<Source> all = X.extract(d);
        said(d, all, "Sonya Herridge", "Sonya Herridge", "'The bus never comes on time and nobody cares.'");
        said(d, all, "Omar Haddad", null, "'I walk to work now, it is faster'");
    }
}
