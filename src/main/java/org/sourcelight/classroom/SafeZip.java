package org.sourcelight.classroom;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of an untrusted zip file into memory, never onto disk. Entry names are checked (no absolute
 * paths, no {@code ..}, no backslashes or drive letters, no control characters); the number of entries, the size of
 * each entry, the total uncompressed size and the compression ratio are capped while streaming, so a zip bomb is
 * stopped after a bounded amount of work. Every refusal is a {@link LessonPackException} with one plain sentence.
 */
final class SafeZip {
    /** Caps for one file. {@code maxRatio} applies once more than {@code ratioFloor} bytes were inflated. */
    record Limits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioFloor) {}

    private static final byte[] MAGIC = {'P', 'K', 3, 4};

    private SafeZip() {}

    /**
     * The entries whose names {@code wanted} accepts, by name; other safe entries are read (and counted) but dropped.
     *
     * @param what how the file is called in messages ("This lesson pack")
     */
    static Map<String, byte[]> read(Path file, Limits limits, Predicate<String> wanted, String what) throws LessonPackException {
        long size;
        try {
            if (!Files.isRegularFile(file)) throw new LessonPackException(file.getFileName() + " is not a file that can be opened.");
            size = Files.size(file);
        } catch (IOException e) {
            throw new LessonPackException(file.getFileName() + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (size > limits.maxFileBytes()) {
            throw new LessonPackException(what + " is " + mb(size) + ", larger than the " + mb(limits.maxFileBytes()) + " Sourcelight accepts.");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Counting counted = new Counting(new BufferedInputStream(Files.newInputStream(file)))) {
            counted.mark(4);
            byte[] head = counted.readNBytes(4);
            counted.reset();
            if (head.length < 4 || head[0] != MAGIC[0] || head[1] != MAGIC[1] || head[2] != MAGIC[2] || head[3] != MAGIC[3]) {
                throw new LessonPackException(what + " is not a Sourcelight file: it is not a zip archive.");
            }
            ZipInputStream zip = new ZipInputStream(counted);
            int entries = 0;
            long total = 0;
            byte[] buf = new byte[8192];
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (++entries > limits.maxEntries()) throw new LessonPackException(what + " has more than " + limits.maxEntries() + " entries; it is not a lesson Sourcelight made.");
                String name = e.getName();
                checkName(name, what);
                if (out.containsKey(name)) throw new LessonPackException(what + " is damaged: the entry " + quoted(name) + " appears twice.");
                boolean keep = !e.isDirectory() && wanted.test(name);
                ByteArrayOutputStream data = keep ? new ByteArrayOutputStream() : null;
                long entryBytes = 0;
                for (int n; (n = zip.read(buf)) > 0; ) {
                    entryBytes += n;
                    total += n;
                    if (entryBytes > limits.maxEntryBytes()) throw new LessonPackException(what + " has an entry " + quoted(name) + " larger than " + mb(limits.maxEntryBytes()) + " when unpacked; it was not opened.");
                    if (total > limits.maxTotalBytes()) throw new LessonPackException(what + " unpacks to more than " + mb(limits.maxTotalBytes()) + "; it was not opened.");
                    if (total > limits.ratioFloor() && total > limits.maxRatio() * Math.max(1, counted.count())) {
                        throw new LessonPackException(what + " unpacks to more than " + limits.maxRatio() + " times its size, like a zip bomb; it was not opened.");
                    }
                    if (data != null) data.write(buf, 0, n);
                }
                if (data != null) out.put(name, data.toByteArray());
            }
            if (entries == 0) throw new LessonPackException(what + " is damaged or empty: no entry could be read.");
        } catch (IllegalArgumentException e) {
            // ZipInputStream's answer to an entry name that is not valid UTF-8 (and to some other malformed headers)
            throw new LessonPackException(what + " is damaged: an entry's name cannot be read (it is not UTF-8 text)."
                    + " Nothing was imported.", e);
        } catch (EOFException e) {
            throw new LessonPackException(what + " is damaged: it ends too early (perhaps an incomplete download or copy).", e);
        } catch (ZipException e) {
            throw new LessonPackException(what + " is damaged (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new LessonPackException(what + " cannot be read (" + e.getMessage() + ").", e);
        }
        return out;
    }

    /** Refuses names that could point outside a folder if anyone ever wrote them to disk. */
    static void checkName(String name, String what) throws LessonPackException {
        boolean bad = name == null || name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.indexOf('\\') >= 0
                || name.indexOf(':') >= 0;
        if (!bad) {
            for (int i = 0; i < name.length(); i++) if (Character.isISOControl(name.charAt(i))) bad = true;
            for (String part : name.split("/", -1)) if (part.equals("..") || part.equals(".")) bad = true;
        }
        if (bad) {
            throw new LessonPackException(what + " is unsafe: it contains an entry named " + quoted(name)
                    + " that could point outside the pack. Nothing was imported.");
        }
    }

    private static String quoted(String name) {
        String n = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (n.length() > 60 ? n.substring(0, 59) + "…" : n) + "\"";
    }

    static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }

    /** Counts the compressed bytes read from the file. */
    private static final class Counting extends FilterInputStream {
        private long count;
        private long markCount;

        Counting(InputStream in) {
            super(in);
        }

        long count() { return count; }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            markCount = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = markCount;
        }
    }
}
