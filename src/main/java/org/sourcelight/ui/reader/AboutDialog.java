package org.sourcelight.ui.reader;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About Sourcelight: version, bundled data and libraries with their licences. */
public final class AboutDialog {
    private AboutDialog() {}

    public static void show(Window owner, AboutInfo info) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About Sourcelight");
        a.setHeaderText(info.version());
        VBox box = new VBox(8);
        box.setPadding(new Insets(4));
        box.getChildren().add(wrapped("A reader that shows how a news article is built: who speaks, who published it, what is"
                + " repeated and what is asserted without a source. Everything runs on this computer."));
        box.getChildren().add(wrapped("Runtime: " + info.runtime()));
        box.getChildren().add(heading("Data"));
        for (String d : info.data()) box.getChildren().add(wrapped(d));
        box.getChildren().add(heading("Libraries"));
        for (String l : info.libraries()) box.getChildren().add(wrapped(l));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(580);
        scroll.setPrefViewportHeight(380);
        scroll.setId("aboutContent");
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        a.showAndWait();
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(560);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
