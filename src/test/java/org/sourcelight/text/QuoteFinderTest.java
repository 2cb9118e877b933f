package org.sourcelight.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.QuoteSpan;

/**
 * The quotation rules of {@link QuoteFinder} for single quotation marks (British and Irish style) beside
 * apostrophes, on sentences written for this test (not from any corpus), offsets asserted.
 */
class QuoteFinderTest {
    private static TextDocument doc(String... paragraphs) {
        return DocumentBuilder.standard().build("A headline about the town\n\n" + String.join("\n\n", paragraphs), ArticleMeta.empty());
    }

    /** The quotations of the document's body (the headline left out), as the text they span, marks included. */
    private static List<String> quotes(TextDocument d) {
        return d.quotes().stream().filter(q -> q.start() > 26).map(q -> d.slice(q.span())).toList();
    }

    private static QuoteSpan quote(TextDocument d, String span) {
        int s = d.text().indexOf(span);
        assertTrue(s >= 0, span);
        for (QuoteSpan q : d.quotes()) if (q.start() == s && q.end() == s + span.length()) return q;
        throw new AssertionError("no quote " + span + " in " + quotes(d));
    }

    @Test
    void singleMarksAroundWordsBeforeAndAfterTheSpeakerAreQuotations() {
        TextDocument d = doc("'Nobody has come out to look at it,' she said. 'My children walk in the road.'",
                "Ken Ito added: 'It's a disgrace.'",
                "A spokesman said: 'We apologise for the delay.'");
        assertEquals(List.of("'Nobody has come out to look at it,'", "'My children walk in the road.'", "'It's a disgrace.'",
                "'We apologise for the delay.'"), quotes(d));
        QuoteSpan q = quote(d, "'It's a disgrace.'");
        assertTrue(q.closed());
        assertEquals("It's a disgrace.", d.text().substring(q.contentStart(), q.contentEnd()));
        QuoteSpan first = quote(d, "'Nobody has come out to look at it,'");
        assertEquals(first.start() + 1, first.contentStart());
        assertEquals(first.end() - 1, first.contentEnd());
    }

    @Test
    void apostrophesInsideWordsAndPluralPossessivesAreNoQuotationMarks() {
        TextDocument d = doc("The council's plan and O'Brien's shop stayed open.",
                "The visitors' manager, Paul Grant, said the residents' association was right.",
                "The Joneses' dog and the boys' bikes were found.");
        assertEquals(List.of(), quotes(d));
    }

    @Test
    void aPluralPossessiveInsideAQuotationDoesNotCloseIt() {
        TextDocument d = doc("'The players' effort was superb,' he said.", "He called them 'cowards' and left.");
        assertEquals(List.of("'The players' effort was superb,'", "'cowards'"), quotes(d));
    }

    @Test
    void standardElisionsAndDecadesOpenNoQuotation() {
        TextDocument d = doc("They played rock 'n' roll in the '90s and let 'em dance 'til dawn.",
                "'Tis the season, and the pub shuts at eleven o'clock.");
        assertEquals(List.of(), quotes(d));
    }

    @Test
    void singleMarksInsideADoubleQuotedQuotationAreItsContent() {
        TextDocument d = doc("\"He told me 'no way' and walked off,\" she said.");
        assertEquals(List.of("\"He told me 'no way' and walked off,\""), quotes(d));
    }

    @Test
    void doubleMarksInsideASingleQuotedQuotationAreAQuoteWithinIt() {
        TextDocument d = doc("Lyle told the court: 'He said \"leave it with me\" and we never saw him again.'");
        assertEquals(List.of("'He said \"leave it with me\" and we never saw him again.'", "\"leave it with me\""), quotes(d));
    }

    @Test
    void aQuotationRunningOverParagraphsIsOpenThenContinued() {
        TextDocument d = doc("Ann Ruiz said: 'We wrote to them twice. Nobody came.", "'If the roof had fallen, children could have died.'");
        QuoteSpan open = quote(d, "'We wrote to them twice. Nobody came.");
        assertFalse(open.closed());
        QuoteSpan next = quote(d, "'If the roof had fallen, children could have died.'");
        assertTrue(next.continued());
        assertTrue(next.closed());
    }

    @Test
    void aStrayMarkInsideASentenceMakesNoQuotation() {
        TextDocument d = doc("He went 'home and never came back to the town.");
        assertEquals(List.of(), quotes(d));
    }

    @Test
    void typographicMarksTellOpeningFromApostrophe() {
        // ’ before a word is an apostrophe (an elision), ‘ only opens, a prime is no quotation mark
        TextDocument d = doc("Since the \u201990s, \u2018It\u2019s been a nightmare,\u2019 said Jan Reeve.",
                "He is 6\u2032 tall and \u2019em and us went home.");
        assertEquals(List.of("'It's been a nightmare,'"), quotes(d));
    }

    @Test
    void stringsInALineOfProgramCodeAreNoQuotations() {
        TextDocument d = doc("u.append('method', 'flickr.photos.getList');", "SELECT text FROM notes WHERE type = 'draft';");
        assertEquals(List.of(), quotes(d));
    }

    @Test
    void aLongRunOfMarksIsReadInOnePass() {
        // thousands of opening and closing marks in one paragraph: best effort, every mark looked at once
        String p = "'a' ".repeat(20_000) + "'b c";
        TextDocument d = doc(p);
        assertEquals(20_000, quotes(d).size());
    }
    @Test
    void aClosingMarkGluedToTheNextWordStillClosesTheQuote() {
        TextDocument d = doc("\u201CWe will win,\u201DClinton said. \"It is close,\"Smith added.");
        assertEquals(List.of("\"We will win,\"", "\"It is close,\""), quotes(d));
        // with nothing open, a mark glued after a comma opens ('he said,"We ...')
        TextDocument e = doc("He said,\"We will win.\"");
        assertEquals(List.of("\"We will win.\""), quotes(e));
    }
}
