package org.sourcelight.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * One reader window per library. The reader that owns a library listens on a loopback port and writes the port
 * and a random secret into {@code <library>.instance} (readable by its user only). A second launch on the same
 * library sends its arguments (for example the lesson pack a student double-clicked) to that reader, which comes to
 * the front and opens them; the second launch then exits. When no reader answers (none running, a stale file, a
 * folder that cannot be written) the new launch simply becomes the reader: two readers on one library are still safe,
 * because every write is a SQLite transaction on a WAL database with a busy timeout.
 *
 * <p>No JavaFX here: the reader passes a callback, which runs on this class's listener thread.
 */
public final class SingleInstance implements AutoCloseable {
    static final String HELLO = "SOURCELIGHT-INSTANCE-1";
    private static final int MAX_LINES = 64;
    private static final int MAX_LINE = 8192;
    private static final int CONNECT_TIMEOUT_MS = 500;
    private static final int READ_TIMEOUT_MS = 2000;

    private final ServerSocket server;
    private final Path file;
    private final String secret;
    private final Thread listener;

    private SingleInstance(ServerSocket server, Path file, String secret, Consumer<List<String>> onRequest) {
        this.server = server;
        this.file = file;
        this.secret = secret;
        this.listener = new Thread(() -> listen(onRequest), "sourcelight-single-instance");
        listener.setDaemon(true);
        listener.start();
    }

    /** The file beside the library that tells later launches where this reader listens. */
    static Path instanceFile(Path library) {
        Path abs = library.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".instance");
    }

    /**
     * Hands {@code args} to the reader already running on {@code library}. Returns true when that reader took them
     * (this launch should exit), false when there is none to take them (this launch becomes the reader).
     */
    public static boolean handOff(Path library, List<String> args) {
        Path f = instanceFile(library);
        String[] parts;
        try {
            if (!Files.isRegularFile(f)) return false;
            parts = Files.readString(f, StandardCharsets.UTF_8).trim().split(" ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (parts.length != 2) return false;
        int port;
        try {
            port = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
            s.setSoTimeout(READ_TIMEOUT_MS);
            Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            w.write(HELLO + " " + parts[1] + "\n");
            for (String a : args) w.write(a.replace('\n', ' ') + "\n");
            w.write("\n");
            w.flush();
            BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            return "OK".equals(r.readLine());
        } catch (IOException e) {
            return false; // nobody listening (stale file) or an unrelated program on that port: become the reader
        }
    }

    /**
     * Starts listening for later launches on {@code library}. Returns null when the instance file cannot be written
     * (then later launches open alongside, which is safe).
     */
    public static SingleInstance listen(Path library, Consumer<List<String>> onRequest) {
        Path f = instanceFile(library);
        ServerSocket server = null;
        try {
            server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] b = new byte[16];
            new SecureRandom().nextBytes(b);
            String secret = HexFormat.of().formatHex(b);
            Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
            Files.writeString(tmp, server.getLocalPort() + " " + secret + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Windows: the file is in the user's own profile folder
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new SingleInstance(server, f, secret, onRequest);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
            }
            return null;
        }
    }

    private void listen(Consumer<List<String>> onRequest) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(READ_TIMEOUT_MS);
                List<String> args = read(new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)));
                if (args == null) continue;
                Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                w.write("OK\n");
                w.flush();
                onRequest.accept(args);
            } catch (SocketTimeoutException e) {
                // a client that connected and said nothing: drop it
            } catch (IOException | RuntimeException e) {
                if (server.isClosed()) return;
            }
        }
    }

    /** The arguments of a well-formed request carrying our secret, or null. */
    private List<String> read(BufferedReader r) throws IOException {
        String hello = r.readLine();
        if (hello == null || !hello.equals(HELLO + " " + secret)) return null;
        List<String> args = new ArrayList<>();
        for (String line; (line = r.readLine()) != null && !line.isEmpty(); ) {
            if (args.size() >= MAX_LINES || line.length() > MAX_LINE) return null;
            args.add(line);
        }
        return args;
    }

    /** Stops listening and removes the instance file (if it is still ours). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (content.endsWith(" " + secret)) Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // already gone
        }
    }
}
