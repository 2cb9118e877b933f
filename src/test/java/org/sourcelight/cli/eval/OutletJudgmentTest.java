package org.sourcelight.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.analysis.outlets.OutletRegistry;
import org.sourcelight.model.Outlet;

class OutletJudgmentTest {
    @Test
    void theLabelFileParsesAndEveryStateVerdictNamesARatedRegistryOutlet() throws IOException {
        List<OutletJudgment> all = OutletJudgment.read(OutletsEvalCommand.DEFAULT_LABELS);
        assertTrue(all.size() >= 300, "at least 300 judged spans, got " + all.size());
        Map<String, Integer> lastEnd = new HashMap<>();
        for (OutletJudgment j : all) {
            if (j.verdict() == OutletJudgment.Verdict.STATE) {
                Outlet o = OutletRegistry.shipped().byId(j.outlet());
                assertNotNull(o, "registry id " + j.outlet());
                assertNotNull(o.typology(), j.outlet() + " has a State Media Monitor model");
            }
            if (j.verdict() == OutletJudgment.Verdict.PUBLISHER) continue;
            int last = lastEnd.getOrDefault(j.file(), -1);
            assertTrue(j.start() >= last, "sorted, non-overlapping spans in " + j.file() + " at " + j.start());
            lastEnd.put(j.file(), j.end());
            assertEquals(j.end() - j.start(), j.name().length(), "the name is the span's text: " + j.line());
        }
        assertTrue(all.stream().anyMatch(j -> j.verdict() == OutletJudgment.Verdict.NOT_OUTLET));
    }

    @Test
    void readsWhatItWritesAndRejectsMalformedRows(@TempDir Path dir) throws IOException {
        OutletJudgment j = new OutletJudgment("polnear/data/dev/text/a.txt", 10, 13, "CNN", OutletJudgment.Verdict.OUTLET,
                "cnn", "told CNN");
        Path f = dir.resolve("labels.tsv");
        Files.writeString(f, "# comment\n" + OutletJudgment.HEADER + "\n" + j.line() + "\n");
        assertEquals(List.of(j), OutletJudgment.read(f));
        Files.writeString(f, "a.txt\t5\t3\tCNN\toutlet\tcnn\n");
        assertThrows(IOException.class, () -> OutletJudgment.read(f));
        assertThrows(IllegalArgumentException.class,
                () -> new OutletJudgment("a.txt", 0, 3, "RT", OutletJudgment.Verdict.STATE, "-", ""));
        assertThrows(IllegalArgumentException.class,
                () -> new OutletJudgment("a.txt", 0, 3, "The", OutletJudgment.Verdict.NOT_OUTLET, "rt", ""));
        assertFalse(new OutletJudgment("a.txt", 0, 0, "BBC", OutletJudgment.Verdict.PUBLISHER, "bbc", "").isOutlet());
    }
}
