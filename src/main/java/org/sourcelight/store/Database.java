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

    /**
     * Opens the library at {@code path}, creating the file (and the migrations) when it does not exist yet. The
     * folder must exist: a mistyped {@code --db new/dir/typo.db} is an error, not a new library in new folders.
     */
    public static Database open(Path path) {
        return open(path, false, DEFAULT_BUSY_MS);
    }

    /** Opens the library, creating its folder too: for the default library location, which the user did not type. */
    public static Database openCreatingFolders(Path path) {
        return open(path, true, DEFAULT_BUSY_MS);
    }

    static final int DEFAULT_BUSY_MS = 5000;

    static Database open(Path path, boolean createFolders, int busyMs) {
        Path abs = path.toAbsolutePath();
        try {
            if (Files.exists(abs)) {
                checkHeader(abs);
            } else if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
                if (!createFolders) {
                    throw new StoreException("The folder " + abs.getParent() + " does not exist, so there is no library "
                            + path + ". Check the path, or create the folder first to start a new library there.");
                }
                Files.createDirectories(abs.getParent());
            }
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.enforceForeignKeys(true);
            cfg.setBusyTimeout(busyMs);
            // Write transactions take the write lock when they begin, so a second reader (or the CLI) on the same
            // library waits for the other's write (busy timeout) instead of failing when a read turns into a write.
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + abs, cfg.toProperties());
            Database db = new Database(abs, c);
            try {
                db.prepare();
            } catch (RuntimeException | SQLException e) {
                c.close();
                throw e;
            }
            return db;
        } catch (SQLException e) {
            throw openFailure(path, e);
        } catch (IOException e) {
            throw new StoreException("Cannot create the library folder for " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing library only to read it (the CLI's {@code analyze --db} reads the reader's settings): works on
     * a read-only file, folder or disk, creates nothing, and never migrates.
     */
    public static Database openForReading(Path path) {
        Path abs = path.toAbsolutePath();
        if (!Files.exists(abs)) {
            throw new StoreException("There is no library at " + path + " (check the path).");
        }
        try {
            checkHeader(abs);
            if (Files.size(abs) == 0) throw new StoreException("The library " + path + " is empty: it holds no settings.");
            Connection c;
            try {
                c = readOnlyConnection(abs, false);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    rs.next();
                }
            } catch (SQLException e) {
                // a WAL library in a folder we cannot write to: SQLite cannot make its shared-memory file; nothing
                // else writes to a library on read-only media, so read it as immutable
                if (!isCantOpenOrReadOnly(e)) throw e;
                c = readOnlyConnection(abs, true);
            }
            Database db = new Database(abs, c);
            int version = db.schemaVersion();
            if (version > latestVersion()) {
                c.close();
                throw new StoreException("The library " + path + " was written by a newer version of Sourcelight (schema "
                        + version + "; this version knows up to " + latestVersion() + "). Update Sourcelight to read it.");
            }
            if (version < latestVersion()) {
                c.close();
                throw new StoreException("The library " + path + " was written by an older version of Sourcelight. Open it "
                        + "once in the reader (with write access) to update it, then try again.");
            }
            return db;
        } catch (SQLException e) {
            throw openFailure(path, e);
        } catch (IOException e) {
            throw new StoreException("The library " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Connection readOnlyConnection(Path abs, boolean immutable) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.setBusyTimeout(DEFAULT_BUSY_MS);
        String url = immutable ? "jdbc:sqlite:" + abs.toUri() + "?immutable=1" : "jdbc:sqlite:" + abs;
        return DriverManager.getConnection(url, cfg.toProperties());
    }

    private static boolean isCantOpenOrReadOnly(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_CANTOPEN") || m.contains("SQLITE_READONLY") || m.contains("Read-only file system");
    }

    /** A plain message for a library that could not be opened; SQLite's own words only as a last resort. */
    static StoreException openFailure(Path path, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked") || m.contains("SQLITE_LOCKED")) {
            return new StoreException("The library " + path + " is in use by another program, which has locked it. Close "
                    + "the other program (or another Sourcelight window), then try again.", e, StoreException.Reason.BUSY);
        }
        if (m.contains("SQLITE_READONLY") || m.contains("Read-only file system")
                || m.contains("SQLITE_CANTOPEN") && isReadOnlyPlace(path)) {
            return new StoreException("The library " + path + " is in a folder or on a disk that cannot be written to, so "
                    + "Sourcelight cannot open it for saving. Choose a library in a folder you can write to, or change the "
                    + "folder's permissions.", e, StoreException.Reason.READ_ONLY);
        }
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return new StoreException("The disk is full, so the library " + path + " could not be opened. Free some space, "
                    + "then try again.", e, StoreException.Reason.DISK_FULL);
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return new StoreException("The library " + path + " cannot be opened (check that the file and its folder can "
                    + "be read and written).", e);
        }
        return new StoreException("Cannot open the library " + path + ": " + m, e);
    }

    private static boolean isReadOnlyPlace(Path path) {
        Path abs = path.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isWritable(dir)) return true;
        try {
            Path probe = Files.createTempFile(dir, ".sourcelight-write-test", ".tmp");
            Files.delete(probe);
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
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
            Exception failure = null;
            try {
                T r = work.run(connection);
                connection.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                failure = e;
                // after SQLITE_FULL (and some other errors) SQLite has already rolled back: the cleanup may fail too,
                // and must not hide the real reason
                try {
                    connection.rollback();
                } catch (SQLException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException cleanup) {
                    if (failure == null) throw cleanup;
                    failure.addSuppressed(cleanup);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs a read under the same lock as writes (the JDBC connection is not thread-safe). */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static String describe(SQLException e) {
        return failure(e).getMessage();
    }

    /** The reader's message for a failed write or read, with its reason. */
    static StoreException failure(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL") || m.contains("disk is full")) {
            return new StoreException("The disk is full, so the change could not be saved.", e, StoreException.Reason.DISK_FULL);
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
            return new StoreException("The library is read-only, so the change could not be saved.", e, StoreException.Reason.READ_ONLY);
        }
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
            return new StoreException("The library is busy in another program; try again.", e, StoreException.Reason.BUSY);
        }
        return new StoreException("The library could not be updated: " + m, e);
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
