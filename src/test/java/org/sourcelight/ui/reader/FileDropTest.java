package org.sourcelight.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleSummary;
import org.sourcelight.testsupport.fx.Fx;
import org.sourcelight.testsupport.fx.ReaderApp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A file dropped anywhere on the reader window is imported into the library (the window's drop target). */
class FileDropTest {
    private static ReaderApp reader;

    @BeforeAll
    static void launch() throws Exception {
        reader = ReaderApp.launch();
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aFileDroppedOnTheWindowIsAcceptedAndImported() throws Exception {
        Path file = reader.dir.resolve("dropped.txt");
        Files.writeString(file, "Council votes on the budget\n\nThe city council voted on Tuesday to keep the library open,"
                + " the mayor said.");
        FxRobot robot = new FxRobot();
        Node root = robot.lookup(".reader").query();
        ListView<ArticleSummary> table = robot.lookup("#libraryTable").queryAs(ListView.class);
        Dragboard board = Fx.on(() -> {
            Dragboard d = DragboardHelper.createDragboard(fromFileManager(Toolkit.getToolkit().createLocalClipboard()));
            d.setContent(Map.of(DataFormat.FILES, List.of(file.toFile())));
            return d;
        });
        DragEvent over = drag(DragEvent.DRAG_OVER, board);
        Fx.run(() -> Event.fireEvent(root, over));
        assertTrue(over.isAccepted(), "the window accepts a dragged file");
        assertEquals(TransferMode.COPY, over.getAcceptedTransferMode());
        DragEvent drop = drag(DragEvent.DRAG_DROPPED, board);
        Fx.run(() -> Event.fireEvent(root, drop));
        assertTrue(drop.isDropCompleted());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(s -> s.title().equals("Council votes on the budget")));
        assertEquals(6, table.getItems().size());
        // the reader opens what it imported: wait for it, so no panel work is still under way when the app stops
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.Stage st && "Council votes on the budget — Sourcelight".equals(st.getTitle())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The toolkit's in-memory clipboard as the drag of a file manager offers it (it copies): the local clipboard
     * alone has no transfer modes, which only a real drag gesture gives.
     */
    private static TKClipboard fromFileManager(TKClipboard local) {
        return (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(), new Class<?>[]{TKClipboard.class},
                (proxy, method, args) -> method.getName().equals("getTransferModes") ? Set.of(TransferMode.COPY)
                        : method.invoke(local, args));
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard board) {
        return new DragEvent(type, board, 10, 10, 10, 10, TransferMode.COPY, null, null, null);
    }
}
