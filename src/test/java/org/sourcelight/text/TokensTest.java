package org.sourcelight.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;

class TokensTest {
    private static List<String> surfaces(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.surface(i));
        return out;
    }

    @Test
    void wordsMarksAndSymbolsWithOffsets() {
        String s = "The U.S. envoy's \"so-called\" plan, Cafe\u0301 2016…";
        Tokens t = Tokens.of(s);
        assertEquals(List.of("The", "U", ".", "S", ".", "envoy", "'", "s", "\"", "so", "-", "called", "\"", "plan", ",",
                "Cafe", "\u0301", "2016", "…"), surfaces(t));
        for (int i = 0; i < t.size(); i++) assertEquals(t.surface(i), s.substring(t.start(i), t.end(i)));
        assertEquals(Tokens.Kind.MARK, t.kind(16));
        assertTrue(t.capitalised(0));
        assertTrue(t.digit(17));
        assertTrue(t.quoteMark(8));
        assertEquals("the", t.lower(0));
    }

    @Test
    void joinedWordsStopAtSpacesAndAtTheRangeEnd() {
        String s = "U.S. so-called envoy's - x";
        Tokens t = Tokens.of(s);
        assertEquals(3, t.joinedEnd(0, s.length(), "'-.")); // U . S (the final dot is not followed by a letter)
        int so = t.firstStartingAt(s.indexOf("so"));
        assertEquals(so + 3, t.joinedEnd(so, s.length(), "-"));
        assertEquals(so + 1, t.joinedEnd(so, s.indexOf("called"), "-"));
        int envoy = t.firstStartingAt(s.indexOf("envoy"));
        assertEquals(envoy + 1, t.joinedEnd(envoy, s.length(), "-"));
        assertEquals(envoy + 3, t.joinedEnd(envoy, s.length(), "'"));
        int dash = t.firstStartingAt(s.indexOf(" - ") + 1);
        assertTrue(t.isSymbol(dash));
    }

    @Test
    void foldingDropsCaseAndAccents() {
        assertEquals("elysee", Tokens.fold("Élysée"));
        assertEquals("cafe", Tokens.fold("Cafe\u0301"));
        assertEquals("istanbul", Tokens.fold("İstanbul"));
        assertEquals("plain", Tokens.fold("plain"));
        assertEquals('a', Tokens.foldChar('Å'));
        assertEquals(0, Tokens.foldChar('\u0301'));
    }

    @Test
    void aDocumentTokenizesOnceWithSentencesAndQuotes() {
        TextDocument d = DocumentBuilder.standard().build("Headline here\n\nHe said \"no deal\" today. Then he left.",
                ArticleMeta.empty());
        Tokens t = d.tokens();
        assertSame(t, d.tokens());
        int no = t.firstStartingAt(d.text().indexOf("no deal"));
        assertTrue(t.quoted(no));
        assertFalse(t.quoted(no - 1)); // the opening mark itself is not quoted content
        int then = t.firstStartingAt(d.text().indexOf("Then"));
        assertEquals(t.sentence(no) + 1, t.sentence(then));
        assertEquals(t.size(), t.firstEndingAfter(d.text().length()));
    }

    @Test
    void oneFormIdPerDistinctLowerCaseForm() {
        String s = "Said said SAID saying İstanbul istanbul \u212Aing king";
        Tokens t = Tokens.of(s);
        for (int i = 0; i < t.size(); i++) assertEquals(t.surface(i).toLowerCase(java.util.Locale.ROOT), t.lower(i));
        assertEquals(t.form(0), t.form(1));
        assertEquals(t.form(0), t.form(2));
        assertSame(t.lower(0), t.lower(2)); // one string per form
        assertTrue(t.form(3) != t.form(0));
        assertEquals(t.form(6), t.form(7)); // the Kelvin sign lower-cases to an ASCII "k"
        assertTrue(t.form(4) != t.form(5)); // "İ" lower-cases to "i" and a combining dot
        assertEquals(5, t.formCount()); // said, saying, i̇stanbul, istanbul, king
        assertFalse(t.writtenLower(0));
        assertTrue(t.writtenLower(1));
        assertEquals("istanbul", t.folded(4));
        assertEquals("king", t.folded(6));
    }

    @Test
    void singleQuotationMarksAreQuoteMarksAndApostrophesAreNot() {
        TextDocument d = DocumentBuilder.standard().build("'It's a disgrace,' said the visitors' manager.", ArticleMeta.empty());
        Tokens t = d.tokens();
        String s = d.text();
        int open = t.firstStartingAt(0), inner = t.firstStartingAt(s.indexOf("'s a")), close = t.firstStartingAt(s.indexOf("',"));
        int possessive = t.firstStartingAt(s.indexOf("' manager"));
        assertTrue(t.quoteMark(open));
        assertTrue(t.quoteMark(close));
        assertFalse(t.quoteMark(inner));
        assertFalse(t.quoteMark(possessive));
        assertTrue(t.possessiveMark(possessive));
        assertFalse(t.possessiveMark(close));
        assertTrue(t.quoted(inner));
        assertFalse(t.quoted(possessive));
        // "visitors'" ends after its apostrophe, as "company's" ends after its "s"
        int visitors = t.firstStartingAt(s.indexOf("visitors"));
        assertEquals(possessive + 1, t.possessiveEnd(t.joinedEnd(visitors, s.length(), "'-.")));
        assertEquals(close, t.possessiveEnd(close));
    }

    @Test
    void aPossessiveMarkNeedsAnSBeforeItAndAWordAfterIt() {
        Tokens t = Tokens.of("the boys' bikes, the boy' bike, the boys'. ");
        String s = t.text();
        assertTrue(t.possessiveMark(t.firstStartingAt(s.indexOf("' bikes"))));
        assertFalse(t.possessiveMark(t.firstStartingAt(s.indexOf("' bike,"))));
        assertFalse(t.possessiveMark(t.firstStartingAt(s.indexOf("'."))));
    }
}
