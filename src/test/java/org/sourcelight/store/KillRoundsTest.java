package org.sourcelight.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.cli.bench.KillBench;

/**
 * A short version of {@code sourcelight bench kill}: a child saving annotations and importing batches is killed with
 * SIGKILL three times; the library stays intact, every committed annotation is there, no batch is half there.
 */
class KillRoundsTest {
    @TempDir Path dir;

    @Test
    void threeKillRoundsLoseNothing() {
        KillBench.Result r = KillBench.rounds(dir.resolve("library.db"), 3, new Random(15), null);
        assertEquals(3, r.rounds());
        assertTrue(r.committedNotes() > 0, "the child committed nothing before being killed: " + r);
        assertEquals(0, r.lostNotes(), r.toString());
        assertEquals(0, r.lostBatches(), r.toString());
        assertEquals(0, r.partialBatches(), r.toString());
        assertEquals(0, r.damaged(), r.toString());
    }
}
