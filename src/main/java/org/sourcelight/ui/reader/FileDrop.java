package org.sourcelight.ui.reader;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Files dropped on the window are imported. */
final class FileDrop {
    private FileDrop() {}

    /** Accepts files dragged over {@code target} and hands the dropped ones to {@code importFiles}. */
    static void install(Node target, Consumer<List<Path>> importFiles) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = false;
            if (e.getDragboard().hasFiles()) {
                List<Path> files = new ArrayList<>();
                for (File f : e.getDragboard().getFiles()) files.add(f.toPath());
                importFiles.accept(files);
                ok = true;
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
