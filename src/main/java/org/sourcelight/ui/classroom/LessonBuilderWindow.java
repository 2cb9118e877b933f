package org.sourcelight.ui.classroom;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.Question;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.report.LessonReport;
import org.sourcelight.ui.article.ArticleView;

/**
 * "Make lesson…": library on the left, the chosen article with its findings in the middle (tick to keep, untick to
 * dismiss; select words to add a key item of your own), title, notes and questions on the right; export as a pack or
 * print the answer key. Closing with changes not exported asks first.
 */
public final class LessonBuilderWindow {
    /** The choices of the dialog shown when the window closes with a lesson not exported. */
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Close without exporting", ButtonBar.ButtonData.NO);

    private final LessonBuilderViewModel vm;
    private final ArticleView view = new ArticleView();
    private final ComboBox<LessonArticle> shown = new ComboBox<>();
    private final Stage stage;

    public LessonBuilderWindow(Window owner, LessonBuilderViewModel vm) {
        this.vm = vm;
        SplitPane split = new SplitPane(libraryPane(), reviewPane(), lessonPane());
        split.setDividerPositions(0.22, 0.70);
        Label message = new Label();
        message.setId("lessonMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("status-bar");
        BorderPane root = new BorderPane(split, null, null, message, null);
        root.setPadding(new Insets(8));
        stage = Windows.stage(owner, "Make lesson", root, 1250, 800);
        stage.setOnCloseRequest(this::confirmClose);
        vm.loadLibrary();
    }

    public Stage stage() { return stage; }

    private Node libraryPane() {
        ListView<ArticleSummary> library = new ListView<>(vm.library());
        library.setId("lessonLibrary");
        library.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        library.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ArticleSummary a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.title() + (a.outlet() == null ? "" : " — " + a.outlet()));
            }
        });
        Button add = new Button("Add to lesson →");
        add.setId("addToLesson");
        add.setOnAction(e -> library.getSelectionModel().getSelectedItems().forEach(a -> vm.addArticle(a.id())));
        VBox left = new VBox(6, new Label("Library"), library, add);
        VBox.setVgrow(library, Priority.ALWAYS);
        return left;
    }

    private Node reviewPane() {
        view.setEmptyText("Add an article from the library on the left to review its findings.");
        shown.setItems(vm.articles());
        shown.setPromptText("Article to review");
        shown.setMaxWidth(Double.MAX_VALUE);
        shown.setConverter(converter(LessonArticle::title));
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
        findings.setPrefHeight(200);
        Label hint = new Label("Findings: ticked ones are the answer key. Photo credits, site footers and boilerplate start unticked.");
        hint.setWrapText(true);
        VBox middle = new VBox(6, shown, view, hint, findings, ownItemRow());
        VBox.setVgrow(view, Priority.ALWAYS);
        return middle;
    }

    private Node ownItemRow() {
        ComboBox<Category> category = new ComboBox<>();
        category.getItems().setAll(Category.values());
        category.setConverter(converter(Category::label));
        category.getSelectionModel().select(Category.SOURCE);
        TextField why = new TextField();
        why.setPromptText("Why it matters (shown to a student who misses it)");
        HBox.setHgrow(why, Priority.ALWAYS);
        Button own = new Button("Add selection to key");
        own.setMinWidth(Button.USE_PREF_SIZE);
        own.setOnAction(e -> {
            int i = vm.articles().indexOf(shown.getValue());
            if (vm.addTeacherItem(i, category.getValue(), view.selection().orElse(null), "", why.getText())) why.clear();
        });
        return new HBox(6, category, why, own);
    }

    /** Title, teacher notes and questions on the right, with export and print. */
    private Node lessonPane() {
        TextField title = new TextField();
        title.setId("lessonTitle");
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
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
        export.setOnAction(e -> chooseExport());
        VBox right = new VBox(6, new Label("Title"), title, new Label("Teacher notes"), notes, new Label("Questions"),
                questionList(), question, expected, addQ, export, printButtons());
        right.setPrefWidth(300);
        return right;
    }

    /** The lesson's questions, each with its expected answer. */
    private ListView<Question> questionList() {
        ListView<Question> questions = new ListView<>(vm.questions());
        questions.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Question q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : q.text() + (q.expectedAnswer().isEmpty() ? "" : "  → " + q.expectedAnswer()));
            }
        });
        return questions;
    }

    private FlowPane printButtons() {
        Button key = new Button("Print answer key…");
        key.setOnAction(e -> printLesson(true));
        Button sheet = new Button("Print students' sheet…");
        sheet.setOnAction(e -> printLesson(false));
        return new FlowPane(6, 6, key, sheet);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    /** Asks for a file (offering the lesson's title as its name) and exports; false when the teacher cancelled. */
    private boolean chooseExport() {
        File f = Windows.saveChooser("Export lesson", Windows.LESSONS, vm.suggestedFileName()).showSaveDialog(stage);
        if (f == null) return false;
        vm.export(f.toPath());
        return true;
    }

    /** Closing with a lesson not exported: export it, close anyway, or stay. */
    private void confirmClose(WindowEvent e) {
        if (!vm.unexportedProperty().get()) return;
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "This lesson has changes you have not exported. Students can only "
                + "open an exported lesson file.", EXPORT, DISCARD, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle("Close Make lesson?");
        a.setHeaderText("Export the lesson before closing?");
        a.getDialogPane().setId("unexportedLesson");
        Optional<ButtonType> choice = a.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
            e.consume();
        } else if (choice.get() == EXPORT && !chooseExport()) {
            e.consume();
        }
    }

    private void printLesson(boolean withKey) {
        if (vm.articles().isEmpty()) {
            vm.messageProperty().set("Add at least one article to the lesson first.");
            return;
        }
        String suffix = withKey ? " - answer key" : " - students' sheet";
        File f = Windows.saveChooser(withKey ? "Save answer key" : "Save students' sheet", Windows.HTML,
                FileNames.suggested(vm.titleProperty().get() + suffix, "lesson" + suffix, ".html")).showSaveDialog(stage);
        if (f == null) return;
        Path file = FileNames.withExtension(f.toPath(), ".html");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            LessonReport.standard().writeLesson(vm.lesson(), withKey, out);
            vm.messageProperty().set("Saved " + file.getFileName() + "; open it in a browser to print.");
        } catch (IOException ex) {
            vm.messageProperty().set("The page could not be saved to " + file + " (" + ex.getMessage() + ").");
        }
    }
}
