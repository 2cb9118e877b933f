package org.sourcelight.ui.reader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;
import org.sourcelight.library.LibraryService;
import org.sourcelight.store.Database;
import org.sourcelight.ui.task.SyncTaskRunner;

/** The reader's ViewModel without the toolkit: import, open, search, bad input, delete. */
class ReaderViewModelTest {
    @TempDir Path dir;
    Database db;
    ReaderViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.inMemory();
        vm = new ReaderViewModel(LibraryService.standard(db), new SyncTaskRunner());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void importingFilesOpensTheLastAndListsAll() {
        vm.importFiles(List.of(Samples.path(Samples.S000), Samples.path(Samples.S004)));
        assertEquals(2, vm.articles().size());
        assertEquals("Imported 2 articles.", vm.statusProperty().get().substring(0, "Imported 2 articles.".length()));
        assertNotNull(vm.articleProperty().get());
        assertEquals("Syria wants US troops to leave", vm.articleProperty().get().analysis().document().title());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void importingTheSameFileTwiceKeepsOneArticle() {
        vm.importFiles(List.of(Samples.path(Samples.S001)));
        vm.importFiles(List.of(Samples.path(Samples.S001)));
        assertEquals(1, vm.articles().size());
        assertEquals("1 was already in the library.", vm.statusProperty().get());
    }

    @Test
    void badFilesGiveAClearMessageAndLeaveTheLibraryUnchanged() throws Exception {
        vm.importFiles(List.of(Samples.path(Samples.S002)));
        Path bin = dir.resolve("image.png");
        Files.write(bin, new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "   \n\n ");
        vm.importFiles(List.of(bin, empty, dir.resolve("nope.txt")));
        String err = vm.errorProperty().get();
        assertEquals(3, err.split("\n").length, err);
        assertTrue(err.contains("image.png") && err.contains("empty.txt") && err.contains("nope.txt"), err);
        assertEquals(1, vm.articles().size());
        assertEquals(1, new org.sourcelight.store.ArticleRepository(db).count());
    }

    @Test
    void searchFiltersTheLibrary() {
        vm.importFiles(List.of(Samples.path(Samples.S000), Samples.path(Samples.S002), Samples.path(Samples.S003)));
        vm.queryProperty().set("Schenker");
        assertEquals(1, vm.articles().size());
        assertEquals("Russia to US: Leave Syria, deal with your own crisis", vm.articles().get(0).title());
        vm.queryProperty().set("");
        assertEquals(3, vm.articles().size());
    }

    @Test
    void pastedTextBecomesAnArticleWithItsFirstLineAsTitle() {
        vm.importText("Ministry denies report\n\nThe ministry said on Monday that the report was false.");
        assertEquals(1, vm.articles().size());
        assertEquals("Ministry denies report", vm.articles().get(0).title());
    }

    @Test
    void deletingTheOpenArticleClosesIt() {
        vm.importFiles(List.of(Samples.path(Samples.S003)));
        long id = vm.openIdProperty().get();
        vm.delete(id);
        assertNull(vm.articleProperty().get());
        assertTrue(vm.articles().isEmpty());
    }

    @Test
    void fontSizeStaysWithinBounds() {
        for (int i = 0; i < 40; i++) vm.biggerFont();
        assertEquals(ReaderViewModel.MAX_FONT, vm.fontSizeProperty().get());
        for (int i = 0; i < 40; i++) vm.smallerFont();
        assertEquals(ReaderViewModel.MIN_FONT, vm.fontSizeProperty().get());
    }

    @Test
    void aBulkImportReportsProgressAndCanBeCancelled() {
        List<Double> seen = new java.util.ArrayList<>();
        ReaderViewModel[] self = new ReaderViewModel[1];
        SyncTaskRunner sync = new SyncTaskRunner();
        org.sourcelight.ui.task.TaskRunner cancelling = new org.sourcelight.ui.task.TaskRunner() {
            @Override
            public <T> void submit(String key, java.util.function.Supplier<T> work, java.util.function.Consumer<T> onDone,
                                   java.util.function.Consumer<Throwable> onError) {
                sync.submit(key, work, onDone, onError);
            }

            @Override
            public void post(Runnable update) {
                update.run();
                seen.add(self[0].progressProperty().get());
                assertTrue(self[0].importingProperty().get());
                if (seen.size() == 2) self[0].cancelImport(); // the reader presses Cancel during the second file
            }
        };
        try (Database other = Database.inMemory()) {
            self[0] = new ReaderViewModel(LibraryService.standard(other), cancelling);
            self[0].importFiles(Samples.ALL.stream().map(Samples::path).toList());
            assertEquals(List.of(0.0, 0.2), seen);
            assertEquals(2, self[0].articles().size(), "what was imported before Cancel stays");
            assertEquals("Import cancelled: 3 files were not imported.", self[0].errorProperty().get());
            assertFalse(self[0].importingProperty().get());
            assertEquals(-1, self[0].progressProperty().get());
        }
    }
}
