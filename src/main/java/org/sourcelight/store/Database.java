package org.sourcelight.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite library file. Opening it applies the numbered migrations in {@code resources/db/} (files
 * {@code V<n>__<name>.sql}, listed in order in {@code db/migrations.txt}) and records how many were applied in
 * {@code PRAGMA user_version}. WAL journal, foreign keys on, every write in a transaction.
 * <p>
 * A database written by a newer Sourcelight (higher user_version than this build knows) is refused with a clear
 * message and left untouched; a file that is not a SQLite database is reported and never overwritten.
 */
public final class Database implements AutoCloseable {
    private final Path path;
    private final Connection connection;

    private Database(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The default library location: {@code $XDG_DATA_HOME/sourcelight/library.db} and platform equivalents. */
    public static Path defaultPath() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String home = System.getProperty("user.home");
        Path base;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            base = appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Sourcelight").resolve("library.db");
        } else if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Sourcelight", "library.db");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("sourcelight").resolve("library.db");
    }

    public static int latestVersion() {
        return migrations().size();
    }

    public static Database open(Path path) {
        try {
            Path abs = path.toAbsolutePath();
            if (Files.exists(abs)) {
                checkHeader(abs);
            } else if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.enforceForeignKeys(true);
            cfg.setBusyTimeout(5000);
            // Write transactions take the write lock when they begin, so a second reader (or the CLI) on the same
            // library waits for the other's write (busy timeout) instead of failing when a read turns into a write.
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs, cfg.toProperties());
            Database db = new Database(abs, c);
            try {
                db.prepare();
            } catch (RuntimeException e) {
                c.close();
                throw e;
            }
            return db;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the library " + path + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot create the library folder for " + path + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory database, for tests. */
    public static Database inMemory() {
        try {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.enforceForeignKeys(true);
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:", cfg.toProperties());
            Database db = new Database(null, c);
            db.prepare();
            return db;
        } catch (SQLException e) {
            throw new StoreException("Cannot open an in-memory database: " + e.getMessage(), e);
        }
    }

    private static void checkHeader(Path p) throws IOException {
        if (Files.isDirectory(p)) throw new StoreException(p + " is a folder, not a library file.");
        if (!Files.isReadable(p)) throw new StoreException("The library " + p + " cannot be read (check its permissions).");
        long size = Files.size(p);
        if (size == 0) return; // an empty file is a new database
        byte[] head = new byte[16];
        try (InputStream in = Files.newInputStream(p)) {
            int n = in.readNBytes(head, 0, 16);
            String magic = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            if (!magic.equals("SQLite format 3\0")) {
                throw new StoreException("The file " + p + " is not a Sourcelight library (not a SQLite database). "
                        + "It was left untouched; choose another file with --db or move it away.");
            }
        }
    }

    private void prepare() throws SQLException {
        int version;
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            int latest = latestVersion();
            if (version > latest) {
                throw new StoreException("The library " + (path == null ? "" : path + " ") + "was written by a newer "
                        + "version of Sourcelight (schema " + version + "; this version knows up to " + latest + "). "
                        + "It was left untouched: update Sourcelight to open it.");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String r = rs.next() ? rs.getString(1) : "ok";
                if (!"ok".equalsIgnoreCase(r)) {
                    throw new StoreException("The library " + path + " is damaged (" + r + "). It was left untouched.");
                }
            }
            if (path != null) s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA foreign_keys=ON");
        } catch (SQLException e) {
            if (e.getMessage() != null && (e.getMessage().contains("SQLITE_NOTADB") || e.getMessage().contains("malformed")
                    || e.getMessage().contains("SQLITE_CORRUPT"))) {
                throw new StoreException("The library " + path + " is damaged and cannot be read. It was left untouched.", e);
            }
            throw e;
        }
        migrate(version);
    }

    private void migrate(int from) throws SQLException {
        List<String> ms = migrations();
        for (int v = from + 1; v <= ms.size(); v++) {
            String sql = readResource("db/" + ms.get(v - 1));
            final int target = v;
            inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String stmt : splitStatements(sql)) s.execute(stmt);
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    static List<String> migrations() {
        List<String> out = new ArrayList<>();
        for (String line : readResource("db/migrations.txt").split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        int last = 0;
        for (String m : out) {
            int n = Integer.parseInt(m.substring(1, m.indexOf("__")));
            if (n <= last) throw new IllegalStateException("migrations out of order at " + m);
            last = n;
        }
        return out;
    }

    static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) continue;
            cur.append(line).append('\n');
            String upper = t.toUpperCase();
            if (upper.startsWith("CREATE TRIGGER")) inTrigger = true;
            if (inTrigger) {
                if (upper.equals("END;")) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inTrigger = false;
                }
            } else if (t.endsWith(";")) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString());
        return out;
    }

    private static String readResource(String name) {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            StringBuilder sb = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) sb.append(l).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    public Path path() { return path; }

    /** The connection, for repositories. Reads may use it directly; writes go through {@link #inTransaction}. */
    public Connection connection() { return connection; }

    public int schemaVersion() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema version: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Nested calls join
     * the outer transaction. Synchronized: one writer at a time.
     */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            boolean outer = connection.getAutoCommit();
            if (!outer) return work.run(connection);
            connection.setAutoCommit(false);
            try {
                T r = work.run(connection);
                connection.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        }
    }

    /** Runs a read under the same lock as writes (the JDBC connection is not thread-safe). */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(describe(e), e);
        }
    }

    static String describe(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) return "The library is read-only, so the change could not be saved.";
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) return "The disk is full, so the change could not be saved.";
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) return "The library is busy in another program; try again.";
        return "The library could not be updated: " + m;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the library: " + e.getMessage(), e);
        }
    }
}
