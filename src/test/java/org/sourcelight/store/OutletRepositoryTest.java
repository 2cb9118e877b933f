package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Typology;

class OutletRepositoryTest {
    private static Outlet sana(Typology t) {
        return new Outlet("sana", "SANA", List.of("Syrian Arab News Agency"), List.of("sana.sy"), "Syria",
                "Ministry of Information (transitional government)", t, "state-managed", 2025,
                "https://example.org/source", "checked by me", "registry");
    }

    @Test
    void userEntriesAreStoredAsTheUsersAndWinOverTheShippedOnes() {
        try (Database db = Database.inMemory()) {
            OutletRepository repo = new OutletRepository(db);
            repo.save(sana(Typology.ISM));
            repo.save(sana(Typology.CaPu)); // a second correction replaces the first
            List<Outlet> mine = repo.userOutlets();
            assertEquals(1, mine.size());
            Outlet o = mine.get(0);
            assertEquals("user", o.origin());
            assertEquals(Typology.CaPu, o.typology());
            assertEquals(List.of("Syrian Arab News Agency"), o.aliases());
            assertEquals(2025, o.year());
            OutletRegistry merged = repo.registry(OutletRegistry.shipped());
            assertEquals("user", merged.byId("sana").origin());
            CitedOutlet c = new OutletAnalyzer(merged).analyze(Samples.doc(Samples.S004), List.of()).cited().get(1);
            assertEquals(Typology.CaPu, c.outlet().typology());
            assertTrue(repo.delete("sana"));
            assertEquals("registry", repo.registry(OutletRegistry.shipped()).byId("sana").origin());
        }
    }

    @Test
    void publisherOverrideIsKeyedByArticleAndDeletedWithIt() {
        try (Database db = Database.inMemory()) {
            ArticleRepository articles = new ArticleRepository(db);
            long id = articles.add("Syria wants US troops to leave", Samples.text(Samples.S004), Map.of(), ArticleMeta.empty()).id();
            OutletRepository repo = new OutletRepository(db);
            assertNull(repo.publisherOverride(id, OutletRegistry.shipped()));
            repo.setPublisher(id, "kurdistan-24", "Kurdistan 24");
            ArticleOutlet p = repo.publisherOverride(id, OutletRegistry.shipped());
            assertEquals("Kurdistan 24", p.name());
            assertEquals("kurdistan-24", p.outlet().id());
            assertEquals(1.0, p.confidence());
            repo.setPublisher(id, null, "Some Blog");
            p = repo.publisherOverride(id, OutletRegistry.shipped());
            assertEquals("Some Blog", p.name());
            assertNull(p.outlet());
            assertTrue(articles.delete(id));
            assertTrue(repo.publisher(id).isEmpty(), "ON DELETE CASCADE");
        }
    }
}
