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
}
