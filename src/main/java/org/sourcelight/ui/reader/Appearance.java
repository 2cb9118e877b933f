package org.sourcelight.ui.reader;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import org.sourcelight.ui.article.ArticleView;

/** The reader's look as the View menu sets it: light or dark theme, and the text size of the whole window. */
final class Appearance {
    /** The UI's text size at the normal article size; Ctrl+= and Ctrl+- scale both together. */
    static final double NORMAL_UI_FONT = 13.0;

    private Appearance() {}

    /** Applies the theme and text size of {@code vm} to {@code root} now and whenever they change. */
    static void follow(ReaderViewModel vm, Parent root, ArticleView articleView) {
        applyTheme(root, vm.darkProperty().get());
        vm.darkProperty().addListener((o, a, d) -> applyTheme(root, d));
        scaleText(root, articleView, vm.fontSizeProperty().get());
        vm.fontSizeProperty().addListener((o, a, s) -> scaleText(root, articleView, s.intValue()));
    }

    private static void applyTheme(Parent root, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("dark");
        if (dark) root.getStyleClass().add("dark");
    }

    /**
     * Bigger or smaller text for the whole window: the article at {@code articlePx}, and the library, panels, trust
     * lines and menus in proportion (every other size in the stylesheets is in em).
     */
    private static void scaleText(Parent root, ArticleView articleView, int articlePx) {
        articleView.setFontSize(articlePx);
        double ui = NORMAL_UI_FONT * articlePx / ReaderViewModel.NORMAL_FONT;
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", ui));
    }
}
