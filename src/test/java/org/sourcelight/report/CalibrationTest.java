package org.sourcelight.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void eachPanelHasOneLineAndUnknownPanelsSayNotMeasured() {
        Calibration c = Calibration.standard();
        for (String panel : new String[]{"sources", "outlets", "duplicates", "assertions"}) {
            assertTrue(c.line(panel).startsWith("On the project's hand-labelled sample articles this detector "), panel);
            assertFalse(c.line(panel).contains("\n"));
        }
        assertEquals("Not yet measured on the sample set.", c.line("annotations"));
        assertEquals("Not yet measured on the sample set.", c.line(null));
        Properties blank = new Properties();
        blank.setProperty("sources", "  ");
        assertEquals(Calibration.NOT_MEASURED, new Calibration(blank).line("sources"));
    }
}
