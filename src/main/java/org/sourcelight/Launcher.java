package org.sourcelight;

/** Entry point of the jar: no arguments opens the reader, {@code analyze …} runs the command line. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(org.sourcelight.cli.Cli.run(args));
        }
        org.sourcelight.ui.SourcelightApp.launchApp(args);
    }
}
