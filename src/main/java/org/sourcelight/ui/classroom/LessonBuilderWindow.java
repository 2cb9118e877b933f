package org.sourcelight.ui.classroom;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.Question;
import org.sourcelight.report.LessonReport;
import org.sourcelight.store.ArticleSummary;
import org.sourcelight.ui.reader.ArticleView;

/**
 * "Make lesson…": library on the left, the chosen article with its findings in the middle (tick to keep, untick to
 * dismiss; select words to add a key item of your own), title, notes and questions on the right; export as a pack or
 * print the answer key.
 */
public final class LessonBuilderWindow {
    private final Stage stage;

    public LessonBuilderWindow(Window owner, LessonBuilderViewModel vm) {
        ListView<ArticleSummary> library = new ListView<>(vm.library());
        library.setId("lessonLibrary");
        library.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        library.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ArticleSummary a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.title() + (a.outlet() == null ? "" : " — " + a.outlet()));
            }
        });
        Button add = new Button("Add to lesson →");
        add.setOnAction(e -> library.getSelectionModel().getSelectedItems().forEach(a -> vm.addArticle(a.id())));
        VBox left = new VBox(6, new Label("Library"), library, add);
        VBox.setVgrow(library, Priority.ALWAYS);

        ArticleView view = new ArticleView();
        view.setEmptyText("Add an article from the library on the left to review its findings.");
        ComboBox<LessonArticle> shown = new ComboBox<>(vm.articles());
        shown.setPromptText("Article to review");
        shown.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LessonArticle a) { return a == null ? "" : a.title(); }

            @Override
            public LessonArticle fromString(String s) { return null; }
        });
        shown.valueProperty().addListener((o, a, b) -> view.show(b == null ? null : b.document()));
        vm.articles().addListener((javafx.collections.ListChangeListener<LessonArticle>) c -> {
            if (shown.getValue() == null && !vm.articles().isEmpty()) shown.setValue(vm.articles().get(vm.articles().size() - 1));
        });
        ListView<LessonBuilderViewModel.Row> findings = new ListView<>(vm.rows());
        findings.setId("lessonFindings");
        findings.setCellFactory(CheckBoxListCell.forListView(LessonBuilderViewModel.Row::keptProperty));
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && r.article() == vm.articles().indexOf(shown.getValue())) view.reveal(r.item().start(), r.item().end());
        });
        ComboBox<Category> category = new ComboBox<>();
        category.getItems().setAll(Category.values());
        category.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Category c) { return c == null ? "" : c.label(); }

            @Override
            public Category fromString(String s) { return null; }
        });
        category.getSelectionModel().select(Category.SOURCE);
        TextField why = new TextField();
        why.setPromptText("Why it matters (shown to a student who misses it)");
        HBox.setHgrow(why, Priority.ALWAYS);
        Button own = new Button("Add selection to key");
        own.setOnAction(e -> {
            int i = vm.articles().indexOf(shown.getValue());
            if (vm.addTeacherItem(i, category.getValue(), view.selection().orElse(null), "", why.getText())) why.clear();
        });
        VBox middle = new VBox(6, shown, view, new Label("Findings: ticked ones are the answer key"), findings,
                new HBox(6, category, why, own));
        VBox.setVgrow(view, Priority.ALWAYS);
        findings.setPrefHeight(200);

        TextField title = new TextField();
        title.setId("lessonTitle");
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        ListView<Question> questions = new ListView<>(vm.questions());
        questions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Question q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : q.text() + (q.expectedAnswer().isEmpty() ? "" : "  → " + q.expectedAnswer()));
            }
        });
        TextField question = new TextField();
        question.setPromptText("Question for students");
        TextField expected = new TextField();
        expected.setPromptText("Expected answer (optional)");
        Button addQ = new Button("Add question");
        addQ.setOnAction(e -> {
            if (vm.addQuestion(question.getText(), expected.getText())) {
                question.clear();
                expected.clear();
            }
        });
        Button export = new Button("Export lesson…");
        export.setId("exportLesson");
        export.setOnAction(e -> {
            File f = Windows.chooser("Export lesson", Windows.LESSONS).showSaveDialog(export.getScene().getWindow());
            if (f != null) vm.export(f.toPath());
        });
        Button key = new Button("Print answer key…");
        key.setOnAction(e -> printLesson(vm, true, key));
        Button sheet = new Button("Print students' sheet…");
        sheet.setOnAction(e -> printLesson(vm, false, sheet));
        VBox right = new VBox(6, new Label("Title"), title, new Label("Teacher notes"), notes, new Label("Questions"), questions,
                question, expected, addQ, export, new HBox(6, key, sheet));
        right.setPrefWidth(300);

        SplitPane split = new SplitPane(left, middle, right);
        split.setDividerPositions(0.22, 0.72);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("status-bar");
        BorderPane root = new BorderPane(split, null, null, message, null);
        root.setPadding(new Insets(8));
        stage = Windows.stage(owner, "Make lesson", root, 1250, 800);
        vm.loadLibrary();
    }

    public Stage stage() { return stage; }

    private static void printLesson(LessonBuilderViewModel vm, boolean withKey, Button from) {
        if (vm.articles().isEmpty()) {
            vm.messageProperty().set("Add at least one article to the lesson first.");
            return;
        }
        File f = Windows.chooser(withKey ? "Save answer key" : "Save students' sheet", Windows.HTML).showSaveDialog(from.getScene().getWindow());
        if (f == null) return;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(f.toPath(), StandardCharsets.UTF_8))) {
            LessonReport.standard().writeLesson(vm.lesson(), withKey, out);
            vm.messageProperty().set("Saved " + f.getName() + "; open it in a browser to print.");
        } catch (IOException ex) {
            vm.messageProperty().set("The page could not be saved to " + f + " (" + ex.getMessage() + ").");
        }
    }
}
