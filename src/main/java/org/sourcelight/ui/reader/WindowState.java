package org.sourcelight.ui.reader;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.sourcelight.store.SettingsRepository;

/** What the reader remembers between runs: bounds, dividers, theme, text size, last article and open panel. */
final class WindowState {
    private WindowState() {}

    /** Restores size, position, dividers, theme, font size and the last article from the settings. */
    static void restore(SettingsRepository settings, Stage stage, SplitPane split, TabPane panelTabs, ReaderViewModel vm) {
        settings.get("window.bounds").ifPresent(b -> {
            String[] p = b.split(",");
            if (p.length == 4) {
                try {
                    stage.setX(Double.parseDouble(p[0]));
                    stage.setY(Double.parseDouble(p[1]));
                    stage.setWidth(Math.max(640, Double.parseDouble(p[2])));
                    stage.setHeight(Math.max(480, Double.parseDouble(p[3])));
                } catch (NumberFormatException ignored) {
                    // unreadable setting: keep the default layout
                }
            }
        });
        settings.get("window.dividers").ifPresent(d -> {
            String[] p = d.split(",");
            try {
                double[] pos = new double[p.length];
                for (int i = 0; i < p.length; i++) pos[i] = Double.parseDouble(p[i]);
                split.setDividerPositions(pos);
            } catch (NumberFormatException ignored) {
                // keep defaults
            }
        });
        settings.get("view.dark").ifPresent(v -> vm.darkProperty().set(Boolean.parseBoolean(v)));
        settings.get("view.fontSize").ifPresent(v -> {
            try {
                vm.fontSizeProperty().set(Math.max(ReaderViewModel.MIN_FONT, Math.min(ReaderViewModel.MAX_FONT, Integer.parseInt(v))));
            } catch (NumberFormatException ignored) {
                // keep default
            }
        });
        settings.get("panel.selected").ifPresent(id -> panelTabs.getTabs().stream()
                .filter(t -> ("tab-" + id).equals(t.getId())).findFirst().ifPresent(t -> panelTabs.getSelectionModel().select(t)));
    }

    /**
     * Keeps the window on a screen the reader has: never larger than that screen's usable area, and inside it. A
     * window saved on a large monitor and restored on a small laptop, or the default size on a 1024 × 700 screen,
     * would otherwise open partly off-screen. With no saved position the window is centred.
     */
    static void fitToScreen(Stage stage, double defaultWidth, double defaultHeight) {
        double w = Double.isNaN(stage.getWidth()) ? defaultWidth : stage.getWidth();
        double h = Double.isNaN(stage.getHeight()) ? defaultHeight : stage.getHeight();
        boolean placed = !Double.isNaN(stage.getX()) && !Double.isNaN(stage.getY());
        place(stage, placed
                ? fit(new Rectangle2D(stage.getX(), stage.getY(), w, h), usableArea(stage.getX(), stage.getY(), w, h))
                : centred(w, h, Screen.getPrimary().getVisualBounds()));
    }

    /** The usable area of the screen that holds the given rectangle (the primary screen when none does). */
    static Rectangle2D usableArea(double x, double y, double width, double height) {
        return Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height)).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
    }

    /** Where {@code window} goes on a screen whose usable area is {@code screen}: shrunk to fit, then moved inside. */
    static Rectangle2D fit(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getWidth(), screen.getWidth());
        double h = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** A window of {@code width × height} centred on {@code screen}, shrunk to fit. */
    static Rectangle2D centred(double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return fit(new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, width, height), screen);
    }

    /** Moves and sizes {@code window} to {@code at}. */
    static void place(javafx.stage.Window window, Rectangle2D at) {
        window.setWidth(at.getWidth());
        window.setHeight(at.getHeight());
        window.setX(at.getMinX());
        window.setY(at.getMinY());
    }

    /** The window state to save (written by the caller). */
    static Map<String, String> snapshot(Stage stage, SplitPane split, TabPane panelTabs, ReaderViewModel vm) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("window.bounds", stage.getX() + "," + stage.getY() + "," + stage.getWidth() + "," + stage.getHeight());
        StringBuilder d = new StringBuilder();
        for (double p : split.getDividerPositions()) d.append(d.length() > 0 ? "," : "").append(p);
        m.put("window.dividers", d.toString());
        m.put("view.dark", String.valueOf(vm.darkProperty().get()));
        m.put("view.fontSize", String.valueOf(vm.fontSizeProperty().get()));
        m.put("last.article", String.valueOf(vm.openIdProperty().get()));
        Tab sel = panelTabs.getSelectionModel().getSelectedItem();
        if (sel != null && sel.getId() != null) m.put("panel.selected", sel.getId().substring(4));
        return m;
    }
}
