package org.sourcelight.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path tmp;

    @Test
    void datelineAndBylineDatesInTheFirstLines() {
        assertEquals("2024-01-05", ArticleDates.inFirstLines("Headline\n\nBy Jane Doe\n\n5 January 2024\n\nText.", TODAY));
        assertEquals("2017-10-20", ArticleDates.inFirstLines("Headline\n\nFri Oct 20, 2017 10:57AM\n\nText.", TODAY));
        assertEquals("2019-10-31", ArticleDates.inFirstLines("By Ann Smith | Oct. 31, 2019\n\nText.", TODAY));
        assertEquals("2021-05-25", ArticleDates.inFirstLines("Published: Tuesday, 25th of May, 2021", TODAY));
        assertEquals("2020-03-01", ArticleDates.inFirstLines("Posted 2020-03-01 09:00", TODAY));
        assertEquals("2019-10-31", ArticleDates.inFirstLines("October 31, 2019, updated 2 November 2019", TODAY), "the first one");
    }

    @Test
    void noTwoDigitYearsNoImpossibleDatesNoDateDeepInTheText() {
        assertNull(ArticleDates.inFirstLines("Posted 5/1/24 by the desk", TODAY), "two-digit year: not a date we can read");
        assertNull(ArticleDates.inFirstLines("The bridge has carried traffic since 1931.", TODAY), "a year alone is no date");
        assertNull(ArticleDates.inFirstLines("31 February 2020", TODAY));
        assertNull(ArticleDates.inFirstLines("5 January 2031", TODAY), "in the future");
        assertNull(ArticleDates.inFirstLines("x".repeat(ArticleDates.HEAD) + " 5 January 2024", TODAY));
        assertNull(ArticleDates.inFirstLines("", TODAY));
        assertNull(ArticleDates.inFirstLines("Headline\n\nThis file photo shows members of the forces ride in the back of a truck in "
                + "Raqqah, Syria, on October 20, 2017. (Photo by AFP)\n\nText.", TODAY), "a caption's date is the photo's");
    }

    @Test
    void adversarialDigitsAndSpacesRunInLinearTime() {
        String s = "1 ".repeat(200_000) + "May " + "9".repeat(100_000);
        assertNull(ArticleDates.inFirstLines(s, TODAY)); // bounded prefix, bounded patterns: returns at once
    }

    @Test
    void aTextFileGetsTheDateOfItsFirstLinesAndNoneOtherwise() throws Exception {
        Path dated = Files.writeString(tmp.resolve("a.txt"), "Council closes bridge\n\nLONDON, 5 January 2024 - The council voted.\n",
                StandardCharsets.UTF_8);
        assertEquals("2024-01-05", ArticleImporter.standard().importFile(dated).meta().published());
        Path undated = Files.writeString(tmp.resolve("b.txt"), "Council closes bridge\n\nThe council voted on Tuesday.\n",
                StandardCharsets.UTF_8);
        assertNull(ArticleImporter.standard().importFile(undated).meta().published(), "never the import date");
    }

    @Test
    void aPageWithoutDateMetadataGetsItsBylineDate() throws Exception {
        String html = "<html><head><title>Council closes bridge</title></head><body><article><h1>Council closes bridge</h1>"
                + "<p class=\"byline\">By Ann Smith, 5 January 2024</p><p>The council voted on Tuesday to close the old bridge, "
                + "which has carried traffic since 1931, after engineers found cracks in two of its piers.</p></article></body></html>";
        ImportedArticle a = ArticleImporter.standard().importBytes(html.getBytes(StandardCharsets.UTF_8), "p.html", null);
        assertEquals("2024-01-05", a.meta().published());
    }

    @Test
    void aDateLongAfterTheStartIsStillFoundWhereTheSearchStartsNearItsYear() {
        java.time.LocalDate today = java.time.LocalDate.of(2025, 6, 1);
        String filler = "x".repeat(60) + "\n";
        assertEquals("2024-09-30", ArticleDates.inFirstLines(filler.repeat(5) + "By Ann Smith, 30th   of   September.,   2024\n", today));
        assertEquals("2024-01-05", ArticleDates.inFirstLines(filler + "Jan. 5, 2024\n" + "2023-02-02\n", today));
        assertEquals(null, ArticleDates.inFirstLines(filler.repeat(3) + "no year here 1850 or 2l00\n", today));
        assertEquals(69, ArticleDates.firstYear(filler + "id 1899 2016"));
        assertEquals(-1, ArticleDates.firstYear("18999 2l0 209"));
    }
}
