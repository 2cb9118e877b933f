package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.model.Annotation;

/**
 * Two reader processes on one library (a second launch that could not reach the first, see ui.SingleInstance):
 * both write at the same time; every save is kept and the database stays intact.
 */
class TwoProcessesOneLibraryTest {
    @TempDir Path dir;

    @Test
    void twoProcessesSavingAtOnceLoseNothingAndLeaveTheLibraryIntact() throws Exception {
        Path file = dir.resolve("shared.db");
        Database.open(file).close(); // created and migrated once, as the first reader does
        int each = 60;
        List<Process> children = new ArrayList<>();
        for (String who : List.of("alpha", "beta")) {
            children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ConcurrentWriterChild.class.getName(),
                    file.toString(), who, Integer.toString(each)).redirectErrorStream(true).start());
        }
        for (Process p : children) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a writer did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("DONE "), out);
        }
        try (Database db = Database.open(file)) {
            List<Annotation> all = new AnnotationRepository(db).all();
            assertEquals(2 * each, all.size());
            assertEquals(each, all.stream().filter(a -> a.tags().equals(List.of("alpha"))).count());
            assertEquals(each, all.stream().filter(a -> a.tags().equals(List.of("beta"))).count());
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertTrue(rs.next());
                assertEquals("ok", rs.getString(1));
            }
        }
    }
}
