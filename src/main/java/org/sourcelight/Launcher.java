package org.sourcelight;

import java.util.OptionalInt;

/**
 * Entry point of the jar. No arguments (or only {@code --db FILE}) opens the reader; {@code analyze …},
 * {@code bench …}, {@code --help} run the command line.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && !opensReader(args)) {
            System.exit(org.sourcelight.cli.Cli.run(args));
        }
        OptionalInt child = FastStart.relaunch();
        if (child.isPresent()) System.exit(child.getAsInt());
        org.sourcelight.ui.SourcelightApp.launchApp(args);
    }

    static boolean opensReader(String[] args) {
        return args[0].equals("--db") || args[0].startsWith("--db=");
    }
}
