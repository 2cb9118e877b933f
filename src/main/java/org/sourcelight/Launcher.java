package org.sourcelight;

import java.util.List;
import java.util.OptionalInt;
import org.sourcelight.ui.SingleInstance;
import org.sourcelight.ui.SourcelightApp;

/**
 * Entry point of the jar and of the installed app. No arguments, {@code --db FILE} or a lesson pack
 * ({@code FILE.sllesson}, as a file manager passes it when a student double-clicks one) opens the reader;
 * {@code analyze …}, {@code eval …}, {@code bench …}, {@code --help} run the command line. When a reader is already
 * open on the same library, the arguments go to it (it comes to the front and opens the lesson) and this launch ends.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // "analyze" first: the parent JVM of a command line then never loads the reader's (JavaFX) classes
        if (args.length > 0 && (args[0].equals("analyze") || !opensReader(args))) {
            if (args[0].equals("analyze")) {
                OptionalInt child = FastStart.relaunchCommand(args);
                if (child.isPresent()) System.exit(child.getAsInt());
            }
            System.exit(org.sourcelight.cli.Cli.run(args));
        }
        if (!Boolean.getBoolean(FastStart.CHILD)
                && SingleInstance.handOff(SourcelightApp.dbPath(List.of(args)), SourcelightApp.lessonFiles(List.of(args)))) {
            System.exit(0);
        }
        OptionalInt child = FastStart.relaunch(args);
        if (child.isPresent()) System.exit(child.getAsInt());
        SourcelightApp.launchApp(args);
    }

    static boolean opensReader(String[] args) {
        return args[0].equals("--db") || args[0].startsWith("--db=") || SourcelightApp.isLessonFile(args[0]);
    }
}
