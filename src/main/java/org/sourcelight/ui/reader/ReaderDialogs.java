package org.sourcelight.ui.reader;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.ui.panel.LoadedArticle;

/** The reader's dialogs: import a file, paste, import from a web address, save the report, delete, help. */
final class ReaderDialogs {
    private final Stage stage;
    private final ReaderViewModel vm;

    ReaderDialogs(Stage stage, ReaderViewModel vm) {
        this.stage = stage;
        this.vm = vm;
    }

    void chooseFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import articles");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Articles (text, HTML)", "*.txt", "*.text", "*.md", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = fc.showOpenMultipleDialog(stage);
        if (files == null) return;
        List<Path> paths = new ArrayList<>();
        for (File f : files) paths.add(f.toPath());
        vm.importFiles(paths);
    }

    void pasteArticle() {
        Dialog<String> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Paste an article");
        d.setHeaderText("Paste the article's text (or HTML). The first line is taken as its title.");
        TextArea ta = new TextArea();
        ta.setWrapText(true);
        ta.setPrefSize(640, 420);
        ta.setId("pasteArea");
        d.getDialogPane().setContent(ta);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? ta.getText() : null);
        d.showAndWait().ifPresent(t -> {
            if (!t.isBlank()) vm.importText(t);
        });
    }

    void importUrl() {
        TextInputDialog d = new TextInputDialog("https://");
        d.initOwner(stage);
        d.setTitle("Import from a web address");
        d.setHeaderText("The page is downloaded as text only: nothing on it is run.");
        d.setContentText("Address:");
        d.showAndWait().ifPresent(u -> {
            if (!u.isBlank()) vm.importUrl(u.strip());
        });
    }

    /** Writes the open article with its highlights, panels and the reader's notes as one printable HTML page. */
    void saveReport() {
        LoadedArticle a = vm.articleProperty().get();
        if (a == null) {
            vm.statusProperty().set("Open an article first.");
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Save a printable report");
        fc.setInitialFileName(a.analysis().document().title().replaceAll("[^\\p{L}\\p{N} -]", "").strip() + ".html");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Web page (HTML)", "*.html"));
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        Path target = f.toPath();
        vm.tasks().submit("report", () -> {
            ArticleReports.write(vm.library().annotations(), a, target);
            return target;
        }, p -> vm.statusProperty().set("Saved the report to " + p + ". Open it in a browser to print it."),
                t -> vm.errorProperty().set("The report could not be saved: " + t.getMessage()));
    }

    void confirmDelete(ArticleSummary s) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Delete \u201C" + s.title() + "\u201D and its notes from the library?",
                ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.getDialogPane().setId("confirmDelete");
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(s.id()));
    }

    /** The help text in a dialog that fits on the screen: it scrolls instead of growing past the window. */
    void showHelp() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("How to read the panels");
        a.setHeaderText("Sourcelight shows how an article is built. It points; you judge.");
        a.setResizable(true);
        a.getDialogPane().setId("helpDialog");
        Label l = new Label(HelpText.TEXT);
        l.setWrapText(true);
        l.setMaxWidth(560);
        l.setPadding(new Insets(0, 12, 0, 0));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(l);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(580);
        scroll.setPrefViewportHeight(Math.max(200, Math.min(520, stage.getHeight() - 220)));
        a.getDialogPane().setContent(scroll);
        a.setOnShown(e -> keepOnScreen(a));
        a.showAndWait();
    }

    /** Moves a dialog inside the screen that holds the main window. */
    private void keepOnScreen(Alert a) {
        javafx.stage.Window w = a.getDialogPane().getScene().getWindow();
        javafx.geometry.Rectangle2D area = WindowState.usableArea(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        WindowState.place(w, WindowState.fit(new javafx.geometry.Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()), area));
    }
}
