package org.sourcelight.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.sourcelight.model.ArticleMeta;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcelight.Samples;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;

class DocumentBuilderTest {

    private static List<String> kinds(TextDocument d, BlockKind k) {
        return d.blocks().stream().filter(b -> b.kind() == k).map(b -> d.slice(b.span())).collect(Collectors.toList());
    }

    @Test
    void sample000Structure() {
        TextDocument d = Samples.doc(Samples.S000);
        assertEquals(List.of("News / Syria / Russia"), kinds(d, BlockKind.BREADCRUMB));
        assertEquals(List.of("US military presence in Syria resembles occupation: Russia"), kinds(d, BlockKind.TITLE));
        List<String> captions = kinds(d, BlockKind.CAPTION);
        assertEquals(3, captions.size(), captions.toString());
        assertTrue(captions.get(0).endsWith("(Photo by AFP)"));
        assertEquals("Russian Foreign Ministry spokeswoman Maria Zakharova", captions.get(1));
        assertTrue(captions.get(2).endsWith("(Via AP)"));
        assertEquals(List.of("Russian jets hit Daesh targets in Syria"), kinds(d, BlockKind.SUBHEADING));
        List<String> footer = kinds(d, BlockKind.FOOTER);
        assertEquals("Press TV's website can also be accessed at the following alternate addresses:", footer.get(0));
        assertEquals("Press TV News Roku", footer.get(footer.size() - 1));
        assertEquals("US military presence in Syria resembles occupation: Russia", d.title());
    }

    @Test
    void sample001QuotedSubheadingAndCaption() {
        TextDocument d = Samples.doc(Samples.S001);
        assertEquals(List.of("Russia's Foreign Minister Sergei Lavrov (Photo by AFP)"), kinds(d, BlockKind.CAPTION));
        assertEquals(List.of("'US copters airlift Daesh ringleaders in Syria'"), kinds(d, BlockKind.SUBHEADING));
    }

    @Test
    void sample004DatelineAndTitleWithoutBreadcrumb() {
        TextDocument d = Samples.doc(Samples.S004);
        assertEquals(List.of("Syria wants US troops to leave"), kinds(d, BlockKind.TITLE));
        List<String> dl = kinds(d, BlockKind.DATELINE);
        assertEquals(List.of("ERBIL, Kurdistan Region \u2013 "), dl);
        assertTrue(kinds(d, BlockKind.FOOTER).isEmpty());
        assertTrue(kinds(d, BlockKind.SUBHEADING).isEmpty(), kinds(d, BlockKind.SUBHEADING).toString());
        Block body = d.blocks().stream().filter(b -> b.kind() == BlockKind.BODY).findFirst().orElseThrow();
        assertTrue(d.slice(body.span()).startsWith("US troops in Syria supporting"));
        // a short sentence ending inside quotation marks is body text, not a sub-heading
    }

    @ParameterizedTest
    @MethodSource("org.sourcelight.Samples#names")
    void everyOffsetMapsBackToTheOriginal(String name) {
        TextDocument d = Samples.doc(name);
        String text = d.text();
        String original = d.original();
        for (int i = 0; i < text.length(); i++) {
            char n = text.charAt(i);
            int o = d.offsetMap().toOriginal(i);
            char c = original.charAt(o);
            if (n == '\n' || n == ' ') continue;
            assertEquals(Normalizer.mapChar(c), n, "offset " + i + " of " + name);
        }
        assertEquals(original.length(), d.offsetMap().toOriginal(text.length()));
        // a sentence maps to the same words in the original
        Sentence s = d.bodySentences().get(0);
        String back = original.substring(d.offsetMap().toOriginal(s.start()), d.offsetMap().toOriginal(s.end()));
        assertEquals(d.slice(s.span()), Normalizer.normalize(back).text());
    }

    @Test
    void sentencesRespectAbbreviationsAndQuotes() {
        TextDocument d = Samples.doc(Samples.S003);
        List<String> s = d.bodySentences().stream().map(x -> d.slice(x.span())).collect(Collectors.toList());
        assertTrue(s.contains("A convoy of US armored vehicles moves in the northeastern Syrian town of Qahtaniyah at the border with Turkey on Oct. 31, 2019.")
                || s.stream().noneMatch(x -> x.equals("31, 2019.")), s.toString());
        assertTrue(s.contains("Schenker said on Thursday that Russia should \"go out\" of Syria as it had played a \"destructive\" role there."), s.toString());
        assertTrue(s.contains("His remarks went beyond good and evil."), s.toString());
    }

    @Test
    void aTimeBeforeACapitalEndsTheSentenceUnlessTheWordBelongsToTheTime() {
        TextDocument d = DocumentBuilder.standard().build("Title here\n\nRoads were closed until 4 p.m. The race director thanked "
                + "residents. The vote is at 4 p.m. Tuesday in the hall. Doors open at 9 a.m. ET and close at 5 p.m. Most people came.",
                ArticleMeta.empty());
        List<String> s = d.bodySentences().stream().map(x -> d.slice(x.span())).collect(Collectors.toList());
        assertEquals(List.of("Roads were closed until 4 p.m.", "The race director thanked residents.",
                "The vote is at 4 p.m. Tuesday in the hall.", "Doors open at 9 a.m. ET and close at 5 p.m.", "Most people came."), s);
    }

    @Test
    void quotesAreFoundIncludingContinuedParagraphs() {
        TextDocument d = Samples.doc(Samples.S003);
        QuoteSpan first = d.quotes().stream().filter(q -> d.slice(q.content()).startsWith("It seems that")).findFirst().orElseThrow();
        assertTrue(first.closed());
        assertEquals("It seems that he [Schenker] does not know what he was speaking about. His remarks went beyond good and evil. They are stupid remarks,",
                d.slice(first.content()));
        QuoteSpan second = d.quotes().stream().filter(q -> d.slice(q.content()).startsWith("The professional level")).findFirst().orElseThrow();
        assertTrue(second.closed());
    }

    @Test
    void normalizerFoldsSpacesAndQuotesWithAMap() {
        Normalizer.Result r = Normalizer.normalize("A\u00A0 b\r\n\r\n\r\n\u201CC\u201D\u200B d  \n");
        assertEquals("A b\n\n\"C\" d", r.text());
        assertEquals(0, r.map().toOriginal(0));
        assertEquals(3, r.map().toOriginal(2)); // 'b'
        assertEquals(10, r.map().toOriginal(5)); // opening quote
        assertEquals(19, r.map().toOriginal(r.text().length()));
        assertEquals(5, r.map().toNormalized(10));
    }

    @Test
    void emptyAndOneLineTextsDoNotFail() {
        TextDocument e = DocumentBuilder.standard().build("", null);
        assertEquals("", e.text());
        assertTrue(e.blocks().isEmpty());
        TextDocument one = DocumentBuilder.standard().build("\"Unbalanced quote runs on", null);
        assertEquals(1, one.quotes().size());
        assertFalse(one.quotes().get(0).closed());
    }

    @Test
    void theCreditPrefilterLetsThroughEveryParagraphEndingInACredit() {
        for (String p : List.of("Lavrov (Photo by AFP)", "Lavrov (Photo by AFP)  \n", "Lavrov. Getty Images", "Lavrov. AFP)",
                "Lavrov, REUTERS\u2028", "Minister (file photo)\t", "Anadolu")) {
            assertTrue(DocumentBuilder.mayEndInCredit(p), p);
        }
        for (String p : List.of("The minister spoke.", "Photo by AFP.", "", "  ", "(AFP) said the minister")) {
            assertFalse(DocumentBuilder.mayEndInCredit(p), p);
        }
        assertEquals(List.of("A man at the meeting. REUTERS"),
                kinds(DocumentBuilder.standard().build("Headline\n\nThe minister spoke.\n\nA man at the meeting. REUTERS\n\nMore text.", null), BlockKind.CAPTION));
    }
}
