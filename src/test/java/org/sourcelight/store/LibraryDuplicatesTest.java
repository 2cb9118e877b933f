package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.duplicates.FingerprintIndex;
import org.sourcelight.analysis.duplicates.InMemoryFingerprintIndex;
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.DuplicateKind;
import org.sourcelight.text.TextDocument;

class LibraryDuplicatesTest {
    private Database db;
    private ArticleRepository articles;
    private FingerprintRepository fingerprints;
    private LibraryDuplicates library;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        articles = new ArticleRepository(db);
        fingerprints = new FingerprintRepository(db);
        library = LibraryDuplicates.of(db);
        for (String n : Samples.ALL) {
            TextDocument d = Samples.doc(n);
            long id = articles.add(d.title(), Samples.text(n), Map.of(), ArticleMeta.empty().withOrigin(n)).id();
            ids.put(n, id);
            library.index(id, d);
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<Match> find(String name) {
        return library.find(ids.get(name), Samples.doc(name), null);
    }

    @Test
    void indexStoresEachArticlesFingerprints() {
        long total = 0;
        for (String n : Samples.ALL) {
            int[] expected = DuplicateFinder.standard().fingerprints(Samples.doc(n));
            assertTrue(expected.length > 20, n);
            assertArrayEquals(expected, fingerprints.fingerprints(ids.get(n)));
            assertTrue(fingerprints.has(ids.get(n)));
            total += expected.length;
        }
        assertEquals(total, fingerprints.rows());
        assertTrue(fingerprints.unindexed().isEmpty());
    }

    @Test
    void lookupFindsTheRecycledSentencesAndTheFooterInTheLibrary() {
        List<Match> m = find(Samples.S000);
        String id003 = String.valueOf(ids.get(Samples.S003));
        Match near = m.stream().filter(x -> x.duplicate().kind() == DuplicateKind.NEAR).findFirst().orElseThrow();
        assertEquals(id003, near.duplicate().otherArticle());
        assertEquals(Samples.doc(Samples.S003).title(), near.duplicate().otherFile());
        TextDocument d003 = Samples.doc(Samples.S003);
        assertEquals(d003.text().indexOf("Since September 2014"), near.duplicate().otherStart());
        Set<String> boiler = m.stream().filter(x -> x.duplicate().kind() == DuplicateKind.BOILERPLATE)
                .map(x -> x.duplicate().otherArticle()).collect(Collectors.toSet());
        assertEquals(Set.of(String.valueOf(ids.get(Samples.S001)), String.valueOf(ids.get(Samples.S002)), id003), boiler);
        for (Match x : m) assertFalse(x.duplicate().otherArticle().equals(String.valueOf(ids.get(Samples.S004))));
    }

    @Test
    void lookupOfTheRudawArticleReportsOnlyItsOwnRepeat() {
        List<Match> m = find(Samples.S004);
        assertEquals(2, m.size());
        for (Match x : m) assertTrue(x.duplicate().withinArticle());
        List<FingerprintIndex.Candidate> c = fingerprints.candidates(DuplicateFinder.standard().fingerprints(Samples.doc(Samples.S004)),
                ids.get(Samples.S004), 10);
        assertTrue(c.stream().allMatch(x -> x.shared() <= 2), "same-topic articles share at most a stray fingerprint: " + c);
    }

    @Test
    void deletingAnArticleRemovesItsFingerprintsIncrementally() {
        long before = fingerprints.rows();
        long id003 = ids.get(Samples.S003);
        int own = fingerprints.fingerprints(id003).length;
        assertTrue(articles.delete(id003));
        assertEquals(before - own, fingerprints.rows(), "exactly the deleted article's rows go (cascade)");
        assertFalse(fingerprints.has(id003));
        for (Match x : find(Samples.S000)) assertFalse(String.valueOf(id003).equals(x.duplicate().otherArticle()));
        assertFalse(find(Samples.S000).stream().anyMatch(x -> x.duplicate().kind() == DuplicateKind.NEAR));
        // the others are untouched
        assertArrayEquals(DuplicateFinder.standard().fingerprints(Samples.doc(Samples.S001)), fingerprints.fingerprints(ids.get(Samples.S001)));
    }

    @Test
    void putReplacesAndRemoveForgets() {
        long id = ids.get(Samples.S001);
        fingerprints.put(id, new int[] {1, 2, 3});
        assertArrayEquals(new int[] {1, 2, 3}, fingerprints.fingerprints(id));
        assertEquals(List.of(new FingerprintIndex.Candidate(id, 2, 2.0)), fingerprints.candidates(new int[] {2, 3, 99}, -1, 5));
        assertEquals(List.of(), fingerprints.candidates(new int[] {2, 3}, id, 5));
        library.remove(id);
        assertArrayEquals(new int[0], fingerprints.fingerprints(id));
        assertEquals(List.of(id), fingerprints.unindexed());
        assertEquals(1, library.indexMissing(articles.ids()));
        assertTrue(fingerprints.has(id));
    }

    @Test
    void anArticleNotYetIndexedIsIndexedOnLookup() {
        long id = ids.get(Samples.S003);
        fingerprints.remove(id);
        List<Match> m = find(Samples.S003);
        assertTrue(fingerprints.has(id));
        assertEquals(2, m.stream().filter(x -> x.duplicate().kind() == DuplicateKind.NEAR).count());
    }

    @Test
    void inMemoryIndexAnswersLikeTheSqliteOne() {
        InMemoryFingerprintIndex mem = new InMemoryFingerprintIndex();
        for (Map.Entry<String, Long> e : ids.entrySet()) mem.put(e.getValue(), DuplicateFinder.standard().fingerprints(Samples.doc(e.getKey())));
        for (String n : Samples.ALL) {
            int[] f = DuplicateFinder.standard().fingerprints(Samples.doc(n));
            assertEquals(fingerprints.candidates(f, ids.get(n), 10), mem.candidates(f, ids.get(n), 10), n);
        }
        mem.remove(ids.get(Samples.S000));
        assertFalse(mem.has(ids.get(Samples.S000)));
        assertEquals(new ArrayList<>(ids.values()).subList(1, 5), mem.articles());
    }
}
