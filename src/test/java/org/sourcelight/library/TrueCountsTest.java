package org.sourcelight.library;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.ArticleAnalysis;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Duplicate;
import org.sourcelight.store.Database;

/**
 * The library's counts on the five samples with the real analysers: each counts what its label says, and every card
 * is fresh after importing, without opening the articles.
 */
class TrueCountsTest {
    Database db;
    LibraryService library;
    final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void importSamples() throws Exception {
        db = Database.inMemory();
        library = LibraryService.standard(db);
        for (String s : Samples.ALL) ids.put(s, library.importFile(Samples.path(s)).id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ArticleSummary card(String sample) {
        long id = ids.get(sample);
        return library.list(null).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void cardsAfterImportEqualTheCountsOfAFreshAnalysisOfEachArticle() {
        for (String s : Samples.ALL) {
            ArticleSummary before = card(s);
            ArticleAnalysis a = library.analyze(ids.get(s)).orElseThrow();
            ArticleSummary after = card(s);
            assertEquals(after, before, s + ": the card changed when the article was opened");
            assertEquals(a.copiedPassages(), before.duplicates(), s);
            assertEquals(a.distinctOutletsCited(), before.outlets(), s);
            assertEquals(a.claimsWithNoSource(), before.assertions(), s);
        }
    }

    @Test
    void aBatchImportLeavesEveryCardFreshToo() {
        try (Database other = Database.inMemory()) {
            LibraryService batch = LibraryService.standard(other);
            LibraryService.BatchImport r = batch.importFiles(Samples.ALL.stream().map(Samples::path).toList(),
                    (done, total, file) -> {}, Cancellation.none());
            assertEquals(5, r.added());
            for (ArticleSummary before : batch.list(null)) {
                batch.analyze(before.id()).orElseThrow();
                ArticleSummary after = batch.list(null).stream().filter(x -> x.id() == before.id()).findFirst().orElseThrow();
                assertEquals(after, before, before.title() + ": the card changed when the article was opened");
            }
        }
    }

    @Test
    void outletsCitedCountsDistinctOutletsNotMentions() {
        ArticleAnalysis rudaw = library.analyze(ids.get(Samples.S004)).orElseThrow();
        long mentions = rudaw.citedOutlets().stream().filter(c -> !c.how().equals("credit")).count();
        long distinct = rudaw.citedOutlets().stream().filter(c -> !c.how().equals("credit"))
                .map(c -> c.outlet() == null ? c.name() : c.outlet().id()).distinct().count();
        assertTrue(mentions > distinct, "Rudaw names an outlet more than once: " + rudaw.citedOutlets());
        assertEquals(distinct, card(Samples.S004).outlets());
        for (CitedOutlet c : rudaw.citedOutlets()) assertNotEquals("credit", c.how());
    }

    @Test
    void copiedPassagesLeaveOutTheSiteFooterAndBoilerplate() {
        for (String s : Samples.ALL) {
            ArticleAnalysis a = library.analyze(ids.get(s)).orElseThrow();
            int counted = 0;
            for (Duplicate d : a.duplicates()) {
                var block = a.document().blockAt(d.start());
                boolean footer = block != null && block.kind() == BlockKind.FOOTER;
                if (!footer && d.kind().countsAsCopied()) counted++;
            }
            assertTrue(a.copiedPassages() <= counted, s);
            if (counted == 0) assertEquals(0, a.copiedPassages(), s + " counts its footer: " + a.duplicates());
        }
        // 002 shares only the Press TV footer with the other articles: nothing copied to count
        ArticleAnalysis a002 = library.analyze(ids.get(Samples.S002)).orElseThrow();
        assertFalse(a002.duplicates().isEmpty(), "002 shares its footer");
        assertEquals(0, a002.copiedPassages());
        assertEquals(0, card(Samples.S002).duplicates());
    }

    @Test
    void claimsWithNoSourceLeaveOutWordChoices() {
        ArticleAnalysis rudaw = library.analyze(ids.get(Samples.S004)).orElseThrow();
        int claims = 0, wordChoices = 0;
        for (Assertion x : rudaw.assertions()) {
            boolean claim = x.reasons().stream().anyMatch(r -> Reason.ofCode(r).category()
                    == org.sourcelight.model.AssertionCategory.CLAIM_WITHOUT_SOURCE);
            if (claim) claims++; else wordChoices++;
        }
        assertTrue(wordChoices > 0, "Rudaw has findings that are not claims with no source");
        assertEquals(claims, rudaw.claimsWithNoSource());
        assertEquals(claims, card(Samples.S004).assertions());
    }
}
