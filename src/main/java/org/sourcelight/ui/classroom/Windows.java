package org.sourcelight.ui.classroom;

import java.net.URL;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Builds the classroom windows: owned by the main window, with the app's base and classroom stylesheets. */
final class Windows {
    static final FileChooser.ExtensionFilter LESSONS = new FileChooser.ExtensionFilter("Sourcelight lessons", "*.sllesson");
    static final FileChooser.ExtensionFilter WORK = new FileChooser.ExtensionFilter("Students' work", "*.slwork");
    static final FileChooser.ExtensionFilter HTML = new FileChooser.ExtensionFilter("Printable page (HTML)", "*.html");

    private Windows() {}

    static Stage stage(Window owner, String title, Parent root, double w, double h) {
        // the stylesheets build on the AtlantaFX theme's variables: without it (a window opened on its own) every
        // -color-* lookup would be unresolved
        if (javafx.application.Application.getUserAgentStylesheet() == null) {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        }
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(title);
        Scene scene = new Scene(root, w, h);
        for (String css : new String[]{"css/sourcelight.css", "css/classroom.css"}) {
            URL u = Windows.class.getClassLoader().getResource(css);
            if (u != null) scene.getStylesheets().add(u.toExternalForm());
        }
        s.setScene(scene);
        return s;
    }

    /** A save dialog that offers {@code initialName}. */
    static FileChooser saveChooser(String title, FileChooser.ExtensionFilter filter, String initialName) {
        FileChooser fc = chooser(title, filter);
        fc.setInitialFileName(initialName);
        return fc;
    }

    /** A list row whose text wraps to the list's width instead of scrolling sideways. */
    static <T> javafx.scene.control.ListCell<T> wrappingCell() {
        return new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
            }
        };
    }

    static FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(filter);
        return fc;
    }
}
