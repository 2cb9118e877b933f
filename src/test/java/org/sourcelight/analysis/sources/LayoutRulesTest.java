package org.sourcelight.analysis.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcelight.analysis.sources.SentenceSources.X;
import static org.sourcelight.analysis.sources.SentenceSources.doc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.Mention;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/**
 * Attributions given by layout (a dash and a name after a quotation, a speaker label before a colon) and the
 * boundaries of attributed words, each on sentences written for this test (not from any corpus), offsets asserted.
 */
class LayoutRulesTest {
    private static Mention mentionOf(TextDocument d, String speaker) {
        for (Source s : X.extract(d)) if (s.speaker().equals(speaker)) return s.mentions().get(0);
        throw new AssertionError("no source " + speaker + " in " + X.extract(d));
    }

    /** [start, end) of the first {@code what} in the document's normalized text. */
    private static int[] at(TextDocument d, String what) {
        int s = d.text().indexOf(what);
        assertTrue(s >= 0, what);
        return new int[] {s, s + what.length()};
    }

    private static void assertSpan(int[] expected, int start, int end) {
        assertEquals(expected[0], start, "start");
        assertEquals(expected[1], end, "end");
    }

    @Test
    void aQuotationFollowedByADashAndANameIsThatPersonsWords() {
        TextDocument d = doc("\u201CThe bus never comes on time and nobody cares.\u201D \u2015 Sonya Herridge",
                "\u201CI walk to work now, it is faster.\u201D \u2014 Omar Haddad, Hamilton");
        Mention sonya = mentionOf(d, "Sonya Herridge");
        assertEquals("\u2015", sonya.cue());
        assertSpan(at(d, "\"The bus never comes on time and nobody cares.\""), sonya.contentStart(), sonya.contentEnd());
        assertSpan(at(d, "Sonya Herridge"), sonya.speakerStart(), sonya.speakerEnd());
        Mention omar = mentionOf(d, "Omar Haddad");
        assertSpan(at(d, "Omar Haddad"), omar.speakerStart(), omar.speakerEnd());
        assertSpan(at(d, "\"I walk to work now, it is faster.\""), omar.contentStart(), omar.contentEnd());
        assertTrue(omar.direct());
    }

    @Test
    void aCreditLineUnderAQuotedParagraphCreditsThatQuotation() {
        TextDocument d = doc("The mayor answered questions from readers.",
                "\"We will fix the roads before winter, and the bridge next year.\"", "- Mayor Ann Lee.");
        Mention lee = mentionOf(d, "Ann Lee");
        assertEquals("-", lee.cue());
        assertSpan(at(d, "\"We will fix the roads before winter, and the bridge next year.\""), lee.contentStart(), lee.contentEnd());
    }

    @Test
    void anEmbeddedPostIsItsAuthorsWords() {
        TextDocument d = doc("The council vote is tomorrow. Be there. \u2014 Ann Lee (@annlee) March 3, 2026");
        Mention lee = mentionOf(d, "Ann Lee");
        assertSpan(at(d, "The council vote is tomorrow. Be there"), lee.contentStart(), lee.contentEnd());
    }

    @Test
    void aDashAfterATitleOrBeforeAVerbIsNoCredit() {
        List<Source> book = X.extract(doc("He read \"The Art of War\" \u2014 Sun Tzu's classic \u2014 on the plane."));
        assertTrue(book.isEmpty(), book.toString());
        List<Source> said = X.extract(doc("\"We are ready for the storm,\" - Smith said on Monday."));
        assertEquals(1, said.size(), said.toString());
        assertEquals("said", said.get(0).mentions().get(0).cue());
        List<Source> list = X.extract(doc("What to bring:", "- Water and food for three days", "- Warm clothes"));
        assertTrue(list.isEmpty(), list.toString());
    }
}
