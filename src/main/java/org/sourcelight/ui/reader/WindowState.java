package org.sourcelight.ui.reader;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
