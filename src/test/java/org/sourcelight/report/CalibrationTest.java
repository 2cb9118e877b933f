package org.sourcelight.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void eachPanelHasOneLineAndUnknownPanelsSayNotMeasured() {
        Calibration c = Calibration.standard();
        for (String panel : new String[]{"sources", "outlets", "duplicates", "assertions"}) {
            assertTrue(c.line(panel).startsWith("On the 5 sample articles this detector "), panel);
            assertTrue(c.line(panel).contains("tuned on these articles"), panel);
            assertFalse(c.line(panel).contains("\n"));
        }
        assertEquals("Not yet measured on the sample set.", c.line("annotations"));
        assertEquals("Not yet measured on the sample set.", c.line(null));
        Properties blank = new Properties();
        blank.setProperty("sources", "  ");
        assertEquals(Calibration.NOT_MEASURED, new Calibration(blank).line("sources"));
    }

    @Test
    void aPanelsGeneratedFileAddsThePublicDataLineAfterTheSampleLine() {
        Properties samples = new Properties();
        samples.setProperty("sources", "On the samples it found 95 of 98.");
        samples.setProperty("outlets", "On the samples it found all 5.");
        Properties sourcesFile = new Properties();
        sourcesFile.setProperty("public", "On 84 other articles it found 60%.");
        Properties duplicatesFile = new Properties();
        duplicatesFile.setProperty("samples", "Own sample line.");
        Calibration c = new Calibration(samples, id -> switch (id) {
            case "sources" -> sourcesFile;
            case "duplicates" -> duplicatesFile;
            default -> new Properties();
        });
        assertEquals("On the samples it found 95 of 98. On 84 other articles it found 60%.", c.line("sources"));
        assertEquals("On the samples it found all 5.", c.line("outlets"));
        assertEquals("Own sample line.", c.line("duplicates"));
        assertEquals(Calibration.NOT_MEASURED, c.line("../accuracy"));
    }
}
