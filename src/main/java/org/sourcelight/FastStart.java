package org.sourcelight;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Faster start for the reader window. Most of a cold start is the JVM loading and linking thousands of JavaFX,
 * RichTextFX and app classes (and their lambdas). The first launch records them in an application class-data
 * archive (AppCDS) in the user's cache folder; later launches map that archive and skip the work. Because JVM
 * options cannot come from a jar, the launcher starts the reader in a child JVM with the archive options and passes
 * its exit code on. Anything unusual (no command line to copy, classes folders on the class path as under
 * {@code mvn javafx:run}, {@code -Dsourcelight.cds=false}, already a child) runs the reader in this JVM as before; a
 * JVM that does not know the options ignores them.
 *
 * <p>The installed app (jpackage) starts from a native launcher that loads the JVM into its own process, so its
 * command line cannot be copied: there the child is the bundled runtime's {@code bin/java} with this JVM's options
 * and class path. The archive always goes to the user's cache folder, never into the (read-only) install folder.
 */
final class FastStart {
    static final String CHILD = "sourcelight.child";

    private FastStart() {}

    /** Runs the reader in a child JVM and returns its exit code, or empty to run it in this JVM. */
    static OptionalInt relaunch(String[] appArgs) {
        return relaunch(appArgs, READER);
    }

    /**
     * Runs a short command-line job ({@code analyze}) in a child JVM with the class-data archive and the quick
     * compiler only: measured on 5 and on 462 articles, that child needs about 40% less CPU than a default JVM
     * (which spends most of a short run compiling with C2) — see decision 12. Empty: run it in this JVM.
     */
    static OptionalInt relaunchCommand(String[] appArgs) {
        return relaunch(appArgs, COMMAND);
    }

    /** The reader's archive and the command line's are kept apart (each deletes only its own old versions). */
    private static final String READER = "sourcelight-", COMMAND = "sourcelight-cli-";

    private static OptionalInt relaunch(String[] appArgs, String kind) {
        if (Boolean.getBoolean(CHILD) || "false".equalsIgnoreCase(System.getProperty("sourcelight.cds"))) return OptionalInt.empty();
        Optional<String> javaCommand;
        Optional<String[]> arguments;
        if (System.getProperty("jpackage.app-path") != null) {
            Path javaExe = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
            if (!Files.isExecutable(javaExe)) return OptionalInt.empty();
            javaCommand = Optional.of(javaExe.toString());
            arguments = Optional.of(rebuiltArguments(appArgs));
        } else {
            ProcessHandle.Info info = ProcessHandle.current().info();
            javaCommand = info.command();
            // Linux gives no arguments for a long command line (about 4 KB: `analyze` over hundreds of files), which
            // silently ran such batches in this JVM with C2 and no archive; then read the whole line from /proc, or
            // else rebuild it from the JVM's own options and class path, as above. Near that length it may give
            // the line cut short instead (the last file of a batch was then silently left out): arguments that do
            // not end with this JVM's own are not used
            arguments = info.arguments().filter(a -> endsWith(a, appArgs));
            if (arguments.isEmpty()) arguments = procArguments(appArgs);
            if (arguments.isEmpty()) arguments = Optional.of(rebuiltArguments(appArgs));
        }
        if (javaCommand.isEmpty() || arguments.isEmpty() || hasDirectoryOnPaths()) return OptionalInt.empty();
        try {
            String[] all = arguments.get();
            // the command line's archive does not depend on the files named: the JVM options and the command do
            String[] key = kind.equals(COMMAND) && all.length >= appArgs.length
                    ? Arrays.copyOf(all, all.length - appArgs.length + 1) : all;
            Path archive = archive(cacheDir(), String.join("\u0000", key), kind);
            List<String> command = new ArrayList<>();
            command.add(javaCommand.get());
            command.add("-XX:+IgnoreUnrecognizedVMOptions");
            command.add(Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
            command.add("-Xshare:auto");
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
            command.add("-XX:TieredStopAtLevel=1"); // the quick compiler only: the reader's work is light and interactive
            command.add("-D" + CHILD + "=true");
            // the reader reports its start-up time from this JVM's start; a command does not (and this JVM then
            // never loads the management classes, about 100 of them, on a short command line)
            if (kind.equals(READER)) command.add("-Dsourcelight.launchedAt=" + java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
            command.addAll(Arrays.asList(arguments.get()));
            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stopChild = new Thread(child::destroy, "sourcelight-stop-child");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return OptionalInt.of(code);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // cannot start a child: run in this JVM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * This JVM's arguments as Linux keeps them in {@code /proc/self/cmdline} (all of them, however long), when they
     * end with {@code appArgs}; else empty.
     */
    static Optional<String[]> procArguments(String[] appArgs) {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) return Optional.empty();
        try {
            String all = new String(Files.readAllBytes(cmdline), java.nio.charset.Charset.defaultCharset());
            if (all.endsWith("\u0000")) all = all.substring(0, all.length() - 1);
            String[] parts = all.split("\u0000", -1);
            if (parts.length < appArgs.length + 1) return Optional.empty();
            String[] args = Arrays.copyOfRange(parts, 1, parts.length);
            return endsWith(args, appArgs) ? Optional.of(args) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when {@code all} ends with {@code tail}, element by element. */
    static boolean endsWith(String[] all, String[] tail) {
        if (all.length < tail.length) return false;
        return Arrays.equals(all, all.length - tail.length, all.length, tail, 0, tail.length);
    }

    /** This JVM's command line, rebuilt: its options, its class path, the launcher and {@code appArgs}. */
    static String[] rebuiltArguments(String[] appArgs) {
        List<String> a = new ArrayList<>(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        a.add("-cp");
        a.add(System.getProperty("java.class.path"));
        a.add(Launcher.class.getName());
        a.addAll(Arrays.asList(appArgs));
        return a.toArray(String[]::new);
    }

    /**
     * The archive for this JVM and this exact class path: its name hashes the Java version, the command line and the
     * size and date of every jar on the class and module paths, so a rebuilt jar or another JDK gets a new archive.
     * Archives of other versions are deleted.
     */
    static Path archive(Path dir, String commandLine) throws IOException {
        return archive(dir, commandLine, READER);
    }

    static Path archive(Path dir, String commandLine, String kind) throws IOException {
        StringBuilder key = new StringBuilder(System.getProperty("java.vm.version", "")).append('\u0000').append(commandLine);
        for (Path f : pathEntries()) {
            if (Files.isRegularFile(f)) key.append('\u0000').append(f).append(Files.size(f)).append(Files.getLastModifiedTime(f).toMillis());
        }
        String name = kind + hash(key.toString()) + ".jsa";
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, kind + "*.jsa")) {
            for (Path p : old) {
                String n = p.getFileName().toString();
                boolean other = kind.equals(READER) && n.startsWith(COMMAND);
                if (!other && !n.equals(name)) Files.deleteIfExists(p);
            }
        }
        return dir.resolve(name);
    }

    /** Class-data archives can only be made from jars: run from classes folders (mvn javafx:run), start as usual. */
    static boolean hasDirectoryOnPaths() {
        for (Path p : pathEntries()) if (Files.isDirectory(p)) return true;
        return false;
    }

    /** The entries of this JVM's class path and module path. */
    private static List<Path> pathEntries() {
        List<Path> out = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String paths = System.getProperty(property);
            if (paths == null) continue;
            for (String p : paths.split(java.io.File.pathSeparator)) if (!p.isBlank()) out.add(Path.of(p));
        }
        return out;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }

    static Path cacheDir() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Sourcelight").resolve("cache");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Caches", "Sourcelight");
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("sourcelight");
    }

    /**
     * Two 64-bit FNV-1a hashes of the key (over its characters, with different offsets), 32 hex digits. Not a
     * cryptographic digest: the name only tells archives of other versions apart (the JVM itself checks that an
     * archive matches its class path and refuses one that does not), and {@code MessageDigest} costs this short-lived
     * JVM its security providers, about 60 classes.
     */
    static String hash(String s) {
        long a = 0xcbf29ce484222325L, b = 0x84222325cbf29ce4L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            a = (a ^ c) * 0x100000001b3L;
            b = (b ^ c) * 0x100000001b3L;
            b ^= b >>> 29;
        }
        return hex16(a) + hex16(b);
    }

    private static String hex16(long v) {
        String h = Long.toHexString(v);
        return "0".repeat(16 - h.length()) + h;
    }
}
