package org.sourcelight.ui.classroom;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sourcelight.classroom.Category;
import org.sourcelight.classroom.Lesson;
import org.sourcelight.classroom.LessonArticle;
import org.sourcelight.classroom.Mark;
import org.sourcelight.ui.article.ArticleView;

/**
 * Practice mode: the lesson's articles with no analysis shown. The student selects words and marks them with the
 * buttons or the keys S, M, D, A; answers the questions; checks their work; saves or exports it.
 */
public final class PracticeWindow {
    private final PracticeViewModel vm;
    private final ArticleView view = new ArticleView();
    private final Stage stage;

    public PracticeWindow(Window owner, PracticeViewModel vm) {
        this.vm = vm;
        view.setEmptyText("Open a lesson to start practising.");
        ComboBox<Integer> article = new ComboBox<>();
        VBox questions = new VBox(6);
        SplitPane split = new SplitPane(view, sidePane(questions));
        split.setDividerPositions(0.62);
        Label message = new Label();
        message.setId("practiceMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        message.getStyleClass().add("status-bar");
        BorderPane root = new BorderPane(split, header(article), null, message, null);
        root.getStyleClass().add("practice-window");

        stage = Windows.stage(owner, "Practice", root, 1100, 760);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> vm.lessonProperty().get() == null ? "Practice"
                : "Practice: " + vm.lessonProperty().get().title(), vm.lessonProperty()));
        installMarkKeys();
        vm.documentProperty().addListener((o, a, d) -> {
            view.show(d);
            refresh();
        });
        vm.marks().addListener((javafx.collections.ListChangeListener<Mark>) c -> refresh());
        vm.resultProperty().addListener((o, a, b) -> refresh());
        vm.lessonProperty().addListener((o, a, l) -> showLesson(l, article, questions));
        showLesson(vm.lessonProperty().get(), article, questions);
    }

    /** The student's name, the article picker and one mark button per category. */
    private Node header(ComboBox<Integer> article) {
        TextField name = new TextField();
        name.setId("studentName");
        name.setPromptText("Your name");
        name.textProperty().bindBidirectional(vm.studentProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button resume = new Button("Load my saved work");
        resume.setOnAction(e -> vm.resume());
        article.setId("practiceArticle");
        article.setCellFactory(l -> new TitleCell(vm));
        article.setButtonCell(new TitleCell(vm));
        article.valueProperty().addListener((o, a, b) -> { if (b != null) vm.articleProperty().set(b); });
        javafx.scene.layout.FlowPane marks = new javafx.scene.layout.FlowPane(6, 6);
        for (Category c : Category.values()) {
            Button b = new Button(c.label() + " (" + c.letter() + ")");
            b.setId("mark-" + c.code());
            b.getStyleClass().add("mark-button-" + c.code());
            b.setTooltip(new Tooltip(c.meaning()));
            b.setOnAction(e -> mark(c));
            marks.getChildren().add(b);
        }
        HBox top = new HBox(8, new Label("Name:"), name, resume, new Label("Article:"), article);
        top.setPadding(new Insets(8));
        VBox header = new VBox(4, top, marks);
        header.setPadding(new Insets(0, 8, 8, 8));
        return header;
    }

    /** The student's marks, the questions, "Check my work" with its results, save and export. */
    private Node sidePane(VBox questions) {
        ListView<Mark> markList = markList();
        Button remove = new Button("Remove mark");
        remove.disableProperty().bind(markList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.marks().remove(markList.getSelectionModel().getSelectedItem()));
        questions.setId("questions");
        Button check = new Button("Check my work");
        check.setId("checkWork");
        check.setDefaultButton(true);
        check.setOnAction(e -> vm.check());
        ListView<String> results = new ListView<>(vm.resultLines());
        results.setId("results");
        results.setPrefHeight(220);
        results.setCellFactory(l -> Windows.wrappingCell());
        VBox side = new VBox(8, new Label("My marks"), markList, remove, new Label("Questions"), questions, check, results,
                saveButtons());
        side.setPadding(new Insets(8));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        return sideScroll;
    }

    /** The student's marks, one line each: article, category and the marked words. */
    private ListView<Mark> markList() {
        ListView<Mark> markList = new ListView<>(vm.marks());
        markList.setId("marksList");
        markList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Mark m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : "A" + (m.article() + 1) + " · " + m.category().label() + " · "
                        + snippet(m));
            }
        });
        markList.setPrefHeight(160);
        return markList;
    }

    /** Save the work, and export it as a file for the teacher. */
    private HBox saveButtons() {
        Button save = new Button("Save");
        save.setOnAction(e -> vm.save());
        Button export = new Button("Export work for the teacher…");
        export.setOnAction(e -> {
            File f = Windows.saveChooser("Export my work", Windows.WORK, vm.suggestedFileName()).showSaveDialog(export.getScene().getWindow());
            if (f != null) vm.export(f.toPath());
        });
        return new HBox(8, save, export);
    }

    /** The keys S, M, D, A mark the selection, as the buttons do. */
    private void installMarkKeys() {
        view.area().addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (e.getCharacter().isEmpty() || e.isShortcutDown()) return;
            char ch = Character.toUpperCase(e.getCharacter().charAt(0));
            for (Category c : Category.values()) if (c.letter() == ch) { mark(c); e.consume(); }
        });
    }

    private void showLesson(Lesson l, ComboBox<Integer> article, VBox questions) {
        article.getItems().setAll(java.util.stream.IntStream.range(0, l == null ? 0 : l.articles().size()).boxed().toList());
        article.getSelectionModel().select(l == null ? null : 0);
        questions.getChildren().clear();
        view.show(vm.documentProperty().get());
        refresh();
        if (l == null) return;
        for (int i = 0; i < l.questions().size(); i++) {
            int q = i;
            TextArea answer = new TextArea(vm.answers().get(i));
            answer.setId("answer-" + i);
            answer.setPrefRowCount(2);
            answer.setWrapText(true);
            answer.textProperty().addListener((ob, x, t) -> vm.setAnswer(q, t));
            vm.answers().addListener((javafx.collections.ListChangeListener<String>) ch -> {
                if (q < vm.answers().size() && !vm.answers().get(q).equals(answer.getText())) answer.setText(vm.answers().get(q));
            });
            Label text = new Label((i + 1) + ". " + l.questions().get(i).text());
            text.setWrapText(true);
            questions.getChildren().addAll(text, answer);
        }
    }

    public Stage stage() { return stage; }

    public ArticleView articleView() { return view; }

    private void mark(Category c) {
        if (vm.mark(c, view.selection().orElse(null), "")) view.area().deselect();
    }

    private void refresh() {
        view.setLayer("practice", vm.highlights());
    }

    private String snippet(Mark m) {
        Lesson l = vm.lessonProperty().get();
        if (l == null || m.article() >= l.articles().size()) return "";
        String t = vm.documentProperty().get() != null && m.article() == vm.articleProperty().get()
                ? vm.documentProperty().get().text() : l.articles().get(m.article()).document().text();
        String s = t.substring(Math.min(m.start(), t.length()), Math.min(m.end(), t.length())).replace('\n', ' ');
        return "“" + (s.length() > 50 ? s.substring(0, 49) + "…" : s) + "”";
    }

    private static final class TitleCell extends ListCell<Integer> {
        private final PracticeViewModel vm;

        TitleCell(PracticeViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Integer i, boolean empty) {
            super.updateItem(i, empty);
            Lesson l = vm.lessonProperty().get();
            if (empty || i == null || l == null || i >= l.articles().size()) {
                setText(null);
                return;
            }
            LessonArticle a = l.articles().get(i);
            setText((i + 1) + ". " + a.title());
        }
    }
}
