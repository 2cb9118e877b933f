package org.sourcelight.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code sourcelight analyze …}, {@code sourcelight bench}. */
@Command(name = "sourcelight", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"A media-literacy reader. Without a command (or with only --db FILE) the reader window opens.",
                "Commands analyse article files or run the benchmarks."},
        subcommands = {AnalyzeCommand.class, BenchCommand.class, org.sourcelight.cli.eval.EvalCommand.class})
public final class Cli implements Runnable {
    /** {@code --version}: the version the build wrote from the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {org.sourcelight.model.AppVersion.current()};
        }
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs the command line with the given streams; returns the exit code (0 ok, 1 some inputs failed, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        if (args.length > 0 && args[0].equals("analyze")) {
            preloadAnalysis();
            AnalyzeCommand plain = AnalyzeCommand.plain(args);
            if (plain != null) {
                loadBesidePreload();
                return runPlain(plain, o, w);
            }
        }
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(o);
        cl.setErr(w);
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("sourcelight: " + ex.getMessage());
            ex.getCommandLine().usage(cl.getErr());
            return 2;
        });
        return cl.execute(args);
    }

    /**
     * With no command-line model to build, this thread loads what does not wait for the sources word lists while the
     * preload thread builds the pipeline: the outlet registry (which the Sources step needs next) and analyser, the
     * assertion and duplicate lexicons, the importer. Each holder initialises once, on whichever thread comes first,
     * and none of these needs a holder the pipeline's thread holds while it waits for them, so the two cannot wait
     * on each other; the objects, and so the output, are the ones the command would load itself.
     */
    private static void loadBesidePreload() {
        org.sourcelight.analysis.outlets.OutletAnalyzer.standard();
        org.sourcelight.analysis.assertions.AssertionDetector.standard();
        org.sourcelight.analysis.duplicates.DuplicateFinder.standard();
        org.sourcelight.importer.ArticleImporter.standard();
    }

    /**
     * {@code analyze} with plain arguments ({@link AnalyzeCommand#plain}), without picocli: what picocli would run
     * for them, with its exit code for a command that throws (2, the exception mapper above) after the stack trace.
     */
    private static int runPlain(AnalyzeCommand command, PrintWriter out, PrintWriter err) {
        try {
            return command.run(out, err);
        } catch (Exception ex) {
            out.flush();
            ex.printStackTrace(err);
            err.flush();
            return 2;
        }
    }

    /**
     * Loads the shipped word lists and outlet registry ({@code Pipeline.standard()}) and the importer on a second
     * thread while this one builds the command-line model: picocli's classes are Java 5 class files, which the
     * class-data archive cannot hold, so building the model takes about as long as loading the lists, and the two
     * overlap on two cores. The objects are the same ones the command would load itself (the holders initialise
     * once, whichever thread comes first), so the output does not change.
     */
    private static void preloadAnalysis() {
        Thread t = new Thread(() -> {
            org.sourcelight.analysis.Pipeline.standard();
            org.sourcelight.importer.ArticleImporter.standard();
        }, "sourcelight-preload");
        t.setDaemon(true);
        t.start();
    }
}
