package org.sourcelight.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;
import org.sourcelight.store.Database;
import org.sourcelight.store.LexiconRepository;
import org.sourcelight.testsupport.Tmpfs;
import org.sourcelight.text.LexiconEdit;

/** {@code analyze --db} only reads the library: it works on a read-only one and never makes one (issue 15). */
class AnalyzeDbTest {
    @TempDir Path dir;

    @Test
    void aMistypedLibraryPathIsAnErrorAndNothingIsCreated() {
        Path typo = dir.resolve("new").resolve("dir").resolve("typo.db");
        CliTest.Run r = CliTest.run("analyze", "--db", typo.toString(), Samples.path(Samples.S000).toString());
        assertEquals(1, r.code());
        assertEquals("sourcelight: There is no library at " + typo + " (check the path).", r.err().strip());
        assertFalse(Files.exists(dir.resolve("new")));
    }

    @Test
    void aLibraryOnAReadOnlyDiskStillGivesItsSettings() throws Exception {
        try (Tmpfs fs = Tmpfs.mount(dir, "2m")) {
            Path file = fs.dir().resolve("library.db");
            try (Database db = Database.open(file)) {
                new LexiconRepository(db).save(List.of(LexiconEdit.added("loaded-terms", "occupation")));
            }
            fs.readOnly(true);
            try {
                CliTest.Run r = CliTest.run("analyze", "--db", file.toString(), Samples.path(Samples.S000).toString());
                assertEquals(0, r.code(), r.err());
                assertFalse(r.err().contains("SQLITE"), r.err());
                // the reader's added word list entry is applied: the report differs from one without the library
                CliTest.Run plain = CliTest.run("analyze", Samples.path(Samples.S000).toString());
                assertNotEquals(plain.out(), r.out());
            } finally {
                fs.readOnly(false);
            }
        }
    }
}
