package org.sourcelight.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The reader's window always opens on the screen the reader has, whatever size it had when it was saved. */
class WindowStateTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void theDefaultSizeShrinksToASmallScreenAndIsCentred() {
        assertEquals(new Rectangle2D(0, 0, 1024, 700), WindowState.centred(1280, 800, LAPTOP));
        assertEquals(new Rectangle2D(112, 50, 800, 600), WindowState.centred(800, 600, LAPTOP));
    }

    @Test
    void aWindowSavedOnALargeMonitorComesBackInside() {
        Rectangle2D saved = new Rectangle2D(1500, 900, 1600, 1000);
        assertEquals(new Rectangle2D(0, 0, 1024, 700), WindowState.fit(saved, LAPTOP));
        Rectangle2D offRight = new Rectangle2D(900, 650, 800, 500);
        assertEquals(new Rectangle2D(224, 200, 800, 500), WindowState.fit(offRight, LAPTOP));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D placed = new Rectangle2D(40, 30, 900, 600);
        assertEquals(placed, WindowState.fit(placed, LAPTOP));
        Rectangle2D second = new Rectangle2D(1920, 0, 1920, 1080);
        assertEquals(new Rectangle2D(2000, 100, 1280, 800), WindowState.fit(new Rectangle2D(2000, 100, 1280, 800), second));
    }
}
