package org.sourcelight.ui.notes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sourcelight.model.Annotation;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.report.AnnotationExchange;
import org.sourcelight.report.ArticleNotesExport;
import org.sourcelight.ui.panel.LoadedArticle;
import org.sourcelight.ui.panel.PanelHost;

/**
 * The Notes panel's "Export / import" menu: the open article's or all notes as Web Annotation JSON-LD, the article
 * with its notes as HTML or Markdown, and an import of JSON-LD. Files are written and read off the FX thread; the
 * outcome is said in the status line.
 */
final class NotesExchangeMenu {
    private final PanelHost host;
    private final NotesViewModel vm;
    private final AnnotationExchange exchange;
    private final Supplier<LoadedArticle> article;
    private final Supplier<Window> owner;

    /** @param article the open article (null: none); @param owner the window the file dialogs belong to (may give null) */
    NotesExchangeMenu(PanelHost host, NotesViewModel vm, AnnotationExchange exchange, Supplier<LoadedArticle> article,
                      Supplier<Window> owner) {
        this.host = host;
        this.vm = vm;
        this.exchange = exchange;
        this.article = article;
        this.owner = owner;
    }

    MenuButton button() {
        MenuButton menu = new MenuButton("Export / import");
        menu.getItems().addAll(
                NotesPanel.item("Export this article's notes (Web Annotation JSON-LD)…", this::exportArticleJson),
                NotesPanel.item("Export all notes (Web Annotation JSON-LD)…", this::exportAllJson),
                NotesPanel.item("Export article with notes as HTML…", () -> exportDocument(true)),
                NotesPanel.item("Export article with notes as Markdown…", () -> exportDocument(false)),
                NotesPanel.item("Import notes (Web Annotation JSON-LD)…", this::importJson));
        menu.setMinWidth(MenuButton.USE_PREF_SIZE);
        return menu;
    }

    private void exportArticleJson() {
        LoadedArticle a = article.get();
        if (a == null || a.id() <= 0) {
            host.notify("Open an article from the library first.");
            return;
        }
        long id = a.id();
        saveAs("notes.jsonld", "Web Annotation JSON-LD", "*.jsonld", () -> exchange.exportArticle(id));
    }

    private void exportAllJson() {
        saveAs("all-notes.jsonld", "Web Annotation JSON-LD", "*.jsonld", exchange::exportAll);
    }

    private void exportDocument(boolean html) {
        LoadedArticle a = article.get();
        if (a == null) {
            host.notify("Open an article first.");
            return;
        }
        String title = a.analysis().document().title();
        ArticleMeta meta = a.analysis().document().meta();
        String source = meta.url() != null ? meta.url() : meta.origin();
        String text = a.text();
        List<Annotation> notes = List.copyOf(vm.annotations());
        if (html) saveAs("notes.html", "HTML page", "*.html", () -> ArticleNotesExport.html(title, source, text, notes));
        else saveAs("notes.md", "Markdown", "*.md", () -> ArticleNotesExport.markdown(title, source, text, notes));
    }

    private void saveAs(String name, String kind, String pattern, Supplier<String> content) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File f = fc.showSaveDialog(owner.get());
        if (f == null) return;
        Path p = f.toPath();
        host.tasks().run("notes-export", () -> {
            try {
                Files.writeString(p, content.get(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> host.notify("Exported to " + p.getFileName() + "."),
                e -> host.notify("Could not export: " + message(e)));
    }

    private void importJson() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Web Annotation JSON-LD", "*.jsonld", "*.json"));
        File f = fc.showOpenDialog(owner.get());
        if (f == null) return;
        Path p = f.toPath();
        host.tasks().submit("notes-import", () -> {
            try {
                return exchange.importJson(Files.readString(p, StandardCharsets.UTF_8), Instant.now());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, report -> {
            host.notify(report.summary());
            if (!report.skipped().isEmpty()) showSkipped(report.summary(), report.details());
            vm.reload();
        }, e -> host.notify("Could not import " + p.getFileName() + ": " + message(e)));
    }

    /** What an import left out, and why, in a dialog the reader can read and close. */
    private static void showSkipped(String summary, String details) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Import notes");
        a.setHeaderText(summary);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(true);
        a.getDialogPane().setContent(area);
        a.show();
    }

    private static String message(Throwable e) {
        Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
