package org.sourcelight.analysis.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * Decision 88: the widely read British, US, Canadian, Irish, Australian and New Zealand outlets added to
 * major-outlets.csv, read in sentences written for this test. A name that is also a word ("The Sun", "Metro",
 * "People", "Stuff", "The Age", "Hello!") is an outlet only with outlet evidence ("told", "according to", "in an
 * interview with", a kind word) and never when it runs on into a longer capitalised name ("Metro Vancouver"); a name
 * several papers share is read by the article's countries and full names; a publication line under the headline
 * names the publisher.
 */
class WordLikeOutletNamesTest {
    private static final OutletAnalyzer ANALYZER = OutletAnalyzer.standard();

    private static TextDocument doc(String text) {
        return DocumentBuilder.standard().build(text, ArticleMeta.empty());
    }

    /** "id@words in the text" of the outlets cited in a body under a headline, in text order. */
    private static List<String> found(String body) {
        TextDocument d = doc("A headline\n\n" + body + "\n");
        return ANALYZER.analyze(d, List.of()).cited().stream()
                .map(c -> (c.outlet() == null ? "?" : c.outlet().id()) + "@" + d.text().substring(c.start(), c.end())).toList();
    }

    @Test
    void theSunIsTheBritishTabloidOnlyWhenTheTextSaysSo() {
        // "The Sun" is also what the Toronto Sun and the Vancouver Sun call themselves (decision 110): a British story
        // says so by its country words, a story with none is not asserted to be the British paper's
        assertEquals(List.of("the-sun@The Sun"),
                found("A source close to the couple told The Sun in London: \"They want a quiet day with family only.\""));
        assertEquals(List.of("the-sun@The Sun"), found("The singer's sister, according to The Sun, flew home to Britain on Friday."));
        assertEquals(List.of("?@The Sun"), found("The singer's sister, according to The Sun, flew home on Friday."));
        assertEquals(List.of(), found("The sun rose over the harbour as the boats came in."));
        assertEquals(List.of(), found("Crews worked until the sun went down. The Sun Belt states saw record heat."));
        // the other Suns are names of their own, never the British paper
        assertEquals(List.of("toronto-sun@Toronto Sun"), found("The councillor told the Toronto Sun she would not run again."));
        assertEquals(List.of("herald-sun@Herald Sun"), found("The premier told the Herald Sun the budget was balanced."));
    }

    @Test
    void metroIsTheFreeDailyOnlyAsAnOutletNeverAsARegionOrARailway() {
        assertEquals(List.of(), found("Metro Vancouver council said the water ban would end in October."));
        assertEquals(List.of(), found("According to Metro Vancouver staff, the reservoirs are full."));
        assertEquals(List.of(), found("The metro line will reopen on Monday, officials said."));
        assertEquals(List.of("metro@Metro"), found("A witness told Metro that the train stopped twice."));
        assertEquals(List.of("metro@Metro"), found("The footage was first published by Metro on Tuesday."));
    }

    @Test
    void aCelebrityInterviewWithAMagazineCitesTheMagazine() {
        assertEquals(List.of("hello@Hello! magazine"),
                found("She confirmed the engagement in an interview with Hello! magazine last week."));
        assertEquals(List.of("hello@Hello"), found("The actor told Hello! that the wedding would be small."));
        assertEquals(List.of(), found("\"Hello, everyone,\" the mayor said as the meeting opened."));
        assertEquals(List.of("people@People"), found("The couple told People they had married in June."));
        assertEquals(List.of("people@People magazine"), found("The singer spoke to People magazine about her new album."));
        assertEquals(List.of(), found("People lined up for hours outside the store."));
        assertEquals(List.of("us-weekly@Us Weekly"), found("A friend of the star told Us Weekly the pair split in May."));
        assertEquals(List.of("tmz@TMZ"), found("The arrest was first reported by TMZ on Sunday."));
    }

    @Test
    void theTimesIsReadByTheArticlesCountriesAndFullNames() {
        List<CitedOutlet> uk = ANALYZER.analyze(doc("A headline\n\nThe British minister told The Times the plan would "
                + "be published in London next month. Britain has not decided.\n"), List.of()).cited();
        assertEquals(1, uk.size(), uk.toString());
        assertEquals("the-times", uk.get(0).outlet().id());
        assertEquals(List.of("the-new-york-times@The New York Times", "the-new-york-times@The Times"),
                found("The New York Times first reported the deal. The Times reported on Sunday that the talks had stalled."));
        assertEquals(List.of("the-times-of-india@The Times of India"),
                found("The Times of India reported that the monsoon arrived early."));
        assertEquals(List.of(), found("It was the best of times, the mayor said."));
    }

    @Test
    void wordsAndLongerNamesAreNotOutlets() {
        assertEquals(List.of("the-age@The Age"), found("The premier told The Age the trains would run all night."));
        assertEquals(List.of(), found("She started playing the violin at the age of six."));
        assertEquals(List.of("stuff@Stuff"), found("A spokeswoman told Stuff the road would stay closed."));
        assertEquals(List.of(), found("Stuff happens, the coach said after the loss."));
        assertEquals(List.of("the-federalist@The Federalist"), found("The senator wrote in The Federalist that the bill was flawed."));
        assertEquals(List.of(), found("According to The Federalist Society, the nominee is a member."));
        assertEquals(List.of(), found("According to Time Warner, the merger will close in June."));
        assertEquals(List.of("time@Time magazine"), found("According to Time magazine, the merger will close in June."));
    }

    @Test
    void namesSeveralPapersShareGoToTheArticlesCountry() {
        List<String> uk = found("The British Prime Minister told the Daily Mirror that London would host the talks.");
        assertEquals(List.of("daily-mirror@Daily Mirror"), uk);
        List<String> au = found("The New South Wales premier told The Daily Telegraph that Sydney would get a new stadium. "
                + "Australia has ten such stadiums.");
        assertEquals(List.of("the-daily-telegraph-australia@The Daily Telegraph"), au);
        assertEquals(List.of("the-telegraph@The Telegraph"),
                found("The Indian minister told The Telegraph in Kolkata that India would sign the treaty."));
        assertEquals(List.of("the-daily-telegraph@The Telegraph"),
                found("The British minister told The Telegraph in London that Britain would sign the treaty."));
        List<CitedOutlet> mirror = ANALYZER.analyze(doc("A headline\n\nThe British chancellor told The Mirror in London that "
                + "taxes would not rise.\n"), List.of()).cited();
        assertEquals(1, mirror.size());
        assertEquals("daily-mirror", mirror.get(0).outlet().id());
        assertNull(mirror.get(0).outlet().typology(), "the British tabloid is never given Ghana's state-media model");
    }

    @Test
    void aSmallTheIsReadWhenTheWordsAroundShowAnOutlet() {
        assertEquals(List.of("the-sun@the Sun"), found("A friend of the British singer told the Sun that the tour would go ahead."));
        assertEquals(List.of("the-guardian@the Guardian"), found("The minister told the Guardian on Friday that he would resign."));
        assertEquals(List.of("daily-mail@the Mail"), found("A neighbour told the Mail that the family had moved away."));
        assertEquals(List.of(), found("The mail arrived late, and the Mail Room was closed."));
        assertEquals(List.of(), found("The bill was rejected, according to the Guardian Council's spokesman."));
        assertEquals(List.of(), found("Farmers in the Sun Belt expect a dry summer."));
        assertEquals(List.of(), found("They walked in the sun for an hour."));
    }

    @Test
    void theHeraldAndTheStarAreReadByTheArticlesCountry() {
        List<CitedOutlet> glasgow = ANALYZER.analyze(doc("A headline\n\nThe British minister told The Herald in Glasgow that "
                + "the United Kingdom would not change course.\n"), List.of()).cited();
        assertEquals(1, glasgow.size(), glasgow.toString());
        assertEquals("the-herald-glasgow", glasgow.get(0).outlet().id());
        assertNull(glasgow.get(0).outlet().typology(), "Glasgow's Herald is not Zimbabwe's state-affiliated Herald");
        List<CitedOutlet> harare = ANALYZER.analyze(doc("A headline\n\nZimbabwe's finance minister told The Herald that the "
                + "budget would be balanced.\n"), List.of()).cited();
        assertEquals("the-herald", harare.get(0).outlet().id());
        List<CitedOutlet> toronto = ANALYZER.analyze(doc("A headline\n\nThe Ontario premier told The Star that Canada would "
                + "build the line.\n"), List.of()).cited();
        assertEquals("toronto-star", toronto.get(0).outlet().id());
        assertNull(toronto.get(0).outlet().typology());
    }

    @Test
    void aPublicationLineUnderTheHeadlineNamesThePublisher() {
        TextDocument d = doc("City council approves new bus routes\n\nBy Phil Tank\n\nSaskatoon StarPhoenix\n\n"
                + "Published Nov 28, 2026\n\nSaskatoon city council voted 7-4 on Monday to approve three new bus routes.\n\n"
                + "\"This is a good day for riders,\" Coun. Jane Smith said after the vote.\n");
        OutletAnalyzer.Result r = ANALYZER.analyze(d, List.of());
        ArticleOutlet p = r.publisher();
        assertNotNull(p);
        assertEquals("saskatoon-starphoenix", p.outlet().id());
        assertEquals("Saskatoon StarPhoenix", d.text().substring(p.evidenceStart(), p.evidenceEnd()).strip());
        assertTrue(p.evidence().startsWith("the line under the headline names the outlet"), p.evidence());
        assertTrue(r.cited().isEmpty(), "the publisher's own name is not a citation: " + r.cited());
        Outlet o = p.outlet();
        assertNull(o.typology());
        assertEquals("Postmedia Network", o.owner());
    }

    @Test
    void aHeadLineThatIsNotExactlyAKnownOutletNamesNoPublisher() {
        for (String line : List.of("Police say Fox News story was wrong", "Prairie Community Voice")) {
            TextDocument d = doc("Bus routes approved\n\nBy Phil Tank\n\n" + line + "\n\n"
                    + "Saskatoon city council voted 7-4 on Monday to approve three new bus routes.\n");
            assertNull(ANALYZER.analyze(d, List.of()).publisher(), line);
        }
    }

    @Test
    void everyAddedOutletIsSourcedAndNeverRated() {
        OutletRegistry reg = OutletRegistry.shipped();
        for (String id : List.of("the-sun", "the-times", "metro", "hello", "people", "saskatoon-starphoenix", "citynews",
                "the-irish-times", "the-age", "stuff", "newsweek", "axios", "the-federalist", "the-herald-glasgow",
                "chicago-sun-times", "tampa-bay-times", "south-china-morning-post")) {
            Outlet o = reg.byId(id);
            assertNotNull(o, id);
            assertNull(o.typology(), id);
            assertTrue(o.sourceUrl().startsWith("http"), id);
            assertFalse(o.classification().contains("independent"), id);
        }
    }
}
