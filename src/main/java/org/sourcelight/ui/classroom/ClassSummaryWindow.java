package org.sourcelight.ui.classroom;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sourcelight.classroom.ClassSummary;

/** "Class summary…": open students' work files; see totals per category, a score per student, most-missed items. */
public final class ClassSummaryWindow {
    private final Stage stage;

    public ClassSummaryWindow(Window owner, ClassSummaryViewModel vm) {
        ListView<String> lines = new ListView<>();
        lines.setId("classSummary");
        lines.setCellFactory(l -> Windows.wrappingCell());
        vm.summaryProperty().addListener((o, a, s) -> lines.getItems().setAll(s == null ? List.of() : lines(s)));
        Button open = new Button("Open students' work…");
        open.setOnAction(e -> {
            List<File> files = Windows.chooser("Open students' work", Windows.WORK).showOpenMultipleDialog(open.getScene().getWindow());
            if (files != null) vm.addFiles(files.stream().map(File::toPath).toList());
        });
        Button clear = new Button("Start again");
        clear.setOnAction(e -> vm.clear());
        Button print = new Button("Print summary…");
        print.disableProperty().bind(vm.summaryProperty().isNull());
        print.setOnAction(e -> {
            File f = Windows.saveChooser("Save class summary", Windows.HTML,
                    FileNames.suggested(vm.summaryProperty().get().lesson().title() + " - class summary", "class summary", ".html")).showSaveDialog(print.getScene().getWindow());
            if (f != null) vm.print(FileNames.withExtension(f.toPath(), ".html"));
        });
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("status-bar");
        BorderPane root = new BorderPane(lines, new HBox(8, open, clear, print), null, new VBox(message), null);
        root.setPadding(new Insets(8));
        stage = Windows.stage(owner, "Class summary", root, 820, 620);
    }

    public Stage stage() { return stage; }

    static List<String> lines(ClassSummary s) {
        List<String> out = new java.util.ArrayList<>();
        out.add("Lesson: " + s.lesson().title());
        for (ClassSummary.Totals t : s.categories()) {
            out.add(t.category().label() + ": found " + t.found() + ", missed " + t.missed() + ", extra " + t.extra());
        }
        for (ClassSummary.StudentScore st : s.students()) {
            out.add(st.student() + ": " + st.found() + " of " + st.keySize() + " (" + st.percent() + "%), " + st.extra() + " extra");
        }
        for (ClassSummary.MissedItem m : s.mostMissed()) {
            String text = s.lesson().articles().get(m.article()).document().text().substring(m.key().start(), m.key().end()).replace('\n', ' ');
            out.add("Missed by " + org.sourcelight.text.Plural.of(m.missedBy(), "student", "students") + ": "
                    + m.key().category().label() + " “" + text + "”");
        }
        for (int q = 0; q < s.answers().size(); q++) {
            ClassSummary.Answers a = s.answers().get(q);
            out.add("Question " + (q + 1) + ": " + a.question().text()
                    + (a.question().expectedAnswer().isBlank() ? "" : " (expected: " + a.question().expectedAnswer() + ")"));
            if (a.written().isEmpty()) out.add("    No student answered.");
            for (ClassSummary.Written w : a.written()) out.add("    " + w.student() + ": " + w.text());
        }
        return out;
    }
}
