package org.sourcelight.ui.classroom;

import java.io.File;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.sourcelight.classroom.ClassroomService;
import org.sourcelight.library.LibraryService;
import org.sourcelight.ui.task.TaskRunner;

/** The "Classroom" menu for the main window: make a lesson, open one to practise, class summary, compare articles. */
public final class ClassroomMenu {
    private ClassroomMenu() {}

    /** Opens a lesson pack in practice mode (from the menu, or a pack the desktop passed to the app). */
    public static void openLesson(Stage owner, LibraryService library, TaskRunner tasks, java.nio.file.Path pack) {
        openLesson(owner, ClassroomService.standard(library), tasks, pack);
    }

    private static void openLesson(Stage owner, ClassroomService service, TaskRunner tasks, java.nio.file.Path pack) {
        PracticeViewModel vm = new PracticeViewModel(service, tasks);
        new PracticeWindow(owner, vm).stage().show();
        vm.openPack(pack);
    }

    public static Menu create(Stage owner, LibraryService library, TaskRunner tasks) {
        ClassroomService service = ClassroomService.standard(library);
        MenuItem make = new MenuItem("Make lesson…");
        make.setOnAction(e -> new LessonBuilderWindow(owner, new LessonBuilderViewModel(service, tasks)).stage().show());
        MenuItem open = new MenuItem("Open lesson…");
        open.setOnAction(e -> {
            File f = Windows.chooser("Open lesson", Windows.LESSONS).showOpenDialog(owner);
            if (f != null) openLesson(owner, service, tasks, f.toPath());
        });
        MenuItem summary = new MenuItem("Class summary…");
        summary.setOnAction(e -> new ClassSummaryWindow(owner, new ClassSummaryViewModel(service, tasks)).stage().show());
        MenuItem compare = new MenuItem("Compare articles…");
        compare.setOnAction(e -> new CompareWindow(owner, new CompareViewModel(library, tasks)).stage().show());
        Menu menu = new Menu("Classroom");
        menu.setId("classroomMenu");
        menu.getItems().addAll(make, open, summary, compare);
        return menu;
    }
}
