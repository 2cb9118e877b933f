package org.sourcelight.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcelight.model.ArticleMeta;

/**
 * Turns files, pasted text and web pages into {@link ImportedArticle}s. Plain text is decoded (UTF-8 with or without
 * BOM, UTF-16 with BOM, Windows-1252 when the bytes are not UTF-8); HTML is parsed with jsoup (nothing is executed,
 * nothing else is fetched) and its main text and metadata are extracted. Everything that cannot be imported ends in
 * an {@link ImportException} whose message is one plain sentence naming the file or URL.
 * Immutable and thread-safe.
 */
public final class ArticleImporter {
    /** What pasted text is called in messages and in {@link ArticleMeta#origin()}. */
    public static final String PASTED = "pasted text";

    private static final long MB = 1024L * 1024L;
    private static final ArticleImporter STANDARD = new ArticleImporter(16 * MB, Duration.ofSeconds(10), Duration.ofSeconds(20), 5);

    private final long maxBytes;
    private final UrlFetcher fetcher;

    /**
     * @param maxBytes       the largest article accepted, in bytes (pasted text: in characters)
     * @param connectTimeout how long to wait for a web server to accept the connection
     * @param readTimeout    how long to wait for a web page to arrive completely
     * @param maxRedirects   how many redirects to follow before giving up
     */
    public ArticleImporter(long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes");
        this.maxBytes = maxBytes;
        this.fetcher = new UrlFetcher(maxBytes, connectTimeout, readTimeout, maxRedirects);
    }

    /** 16 MB cap, 10 s to connect, 20 s to read, at most 5 redirects. */
    public static ArticleImporter standard() { return STANDARD; }

    public long maxBytes() { return maxBytes; }

    /**
     * Imports a file: {@code .html/.htm/.xhtml} (or any file whose start looks like HTML) as HTML, anything else that
     * is text as plain text. The origin is the path as given.
     */
    public ImportedArticle importFile(Path file) throws ImportException {
        String name = file.toString();
        if (Files.isDirectory(file)) throw new ImportException(name + " is a folder, not a file; choose an article file inside it.");
        if (!Files.exists(file)) throw new ImportException(unreachable(file));
        if (!Files.isRegularFile(file)) throw new ImportException(name + " is not a regular file (it may be a device or a pipe); choose an article file.");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(name + " cannot be read (" + reason(e) + ").", e);
        }
        if (size > maxBytes) throw tooLarge(name, size);
        byte[] data;
        try (InputStream in = Files.newInputStream(file)) {
            data = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new ImportException(name + " cannot be read (" + reason(e) + ").", e);
        }
        if (data.length > maxBytes) { // it grew while being read
            throw new ImportException(name + " is larger than " + Sizes.human(maxBytes) + ", the largest article Sourcelight opens.");
        }
        return read(data, name, null, null);
    }

    /** Imports text pasted by the reader; pasted HTML (it starts like a web page) is extracted like an HTML file. */
    public ImportedArticle importText(String pasted) throws ImportException {
        if (pasted == null || TextDecoder.isBlank(pasted)) throw new ImportException("The pasted text is empty.");
        if (pasted.length() > maxBytes) {
            throw new ImportException("The pasted text is " + Sizes.human(pasted.length()) + " long; the largest article Sourcelight opens is "
                    + Sizes.human(maxBytes) + ".");
        }
        if (HtmlSniffer.looksLikeHtml(pasted)) return HtmlExtractor.extract(pasted, PASTED, null, "Unicode");
        return plain(pasted, PASTED, null, "Unicode");
    }

    /**
     * Imports bytes read from somewhere.
     *
     * @param nameOrUrl          the file name or URL, used in messages, as origin, and (its extension) to tell HTML
     * @param contentTypeOrNull  a MIME type with optional charset, e.g. {@code "text/html; charset=utf-8"}
     */
    public ImportedArticle importBytes(byte[] data, String nameOrUrl, String contentTypeOrNull) throws ImportException {
        String name = nameOrUrl == null || nameOrUrl.isBlank() ? "The article" : nameOrUrl;
        return read(data, name, isUrl(name) ? name : null, contentTypeOrNull);
    }

    /**
     * Fetches and imports a web page (http or https only). The origin is the URL as given; the article's URL is the
     * page's canonical URL, or where the redirects ended.
     */
    public ImportedArticle importUrl(String url) throws ImportException {
        UrlFetcher.Page page = fetcher.fetch(url);
        return read(page.body(), url.strip(), page.finalUrl(), page.contentType());
    }

    /**
     * @param name    the file name or URL as given: in messages, as origin, and (its extension) to tell HTML
     * @param pageUrl where the bytes came from on the web (relative links resolve against it), or null
     */
    private ImportedArticle read(byte[] data, String name, String pageUrl, String contentTypeOrNull) throws ImportException {
        if (data.length > maxBytes) throw tooLarge(name, data.length);
        if (data.length == 0) throw new ImportException(name + " is empty.");
        BinarySniffer.check(data, name);
        ContentType type = ContentType.parse(contentTypeOrNull);
        boolean html = type.isHtml() || (!type.isText() && hasHtmlExtension(name));
        TextDecoder.Decoded decoded = TextDecoder.decode(data, type.charset(), html);
        String text = decoded.text();
        if (TextDecoder.isBlank(text)) throw new ImportException(name + " contains only blank space, no text.");
        if (!html && HtmlSniffer.looksLikeHtml(text, !type.isText())) { // declared plain text: only a whole page overrides it
            html = true;
            if (decoded.fromDefault()) {
                decoded = TextDecoder.decode(data, type.charset(), true);
                text = decoded.text();
            }
        }
        ImportedArticle a = html ? HtmlExtractor.extract(text, name, pageUrl, decoded.charset()) : plain(text, name, pageUrl, decoded.charset());
        return decoded.note() == null ? a : a.withNote(name + ": " + decoded.note());
    }

    /**
     * Imports several files, continuing past failures (for multi-file drops and the CLI). One result per path, in the
     * order given.
     */
    public List<ImportResult> importPaths(List<Path> paths) {
        List<ImportResult> out = new ArrayList<>(paths.size());
        for (Path p : paths) {
            try {
                out.add(ImportResult.ok(p, importFile(p)));
            } catch (ImportException e) {
                out.add(ImportResult.failed(p, e.getMessage()));
            }
        }
        return out;
    }

    /** Plain text: its own date is a date in its first lines (a dateline or byline), if there is one. */
    private static ImportedArticle plain(String text, String origin, String pageUrl, String charset) {
        String body = TextDecoder.stripBom(text);
        ArticleMeta meta = new ArticleMeta(null, null, ArticleDates.inFirstLines(body, java.time.LocalDate.now()), pageUrl, null, origin);
        return new ImportedArticle(body, meta, Map.of(), charset);
    }

    /** "is 20 MB; the largest … is 16 MB", or with exact byte counts when the rounded sizes would read the same. */
    private ImportException tooLarge(String name, long size) {
        String s = Sizes.human(size);
        String max = Sizes.human(maxBytes);
        if (s.equals(max)) {
            s = Sizes.exact(size);
            max = Sizes.exact(maxBytes) + " (" + max + ")";
        }
        return new ImportException(name + " is " + s + "; the largest article Sourcelight opens is " + max + ".");
    }

    static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    private static boolean hasHtmlExtension(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        int q = l.indexOf('?');
        if (q >= 0) l = l.substring(0, q);
        int h = l.indexOf('#');
        if (h >= 0) l = l.substring(0, h);
        return l.endsWith(".html") || l.endsWith(".htm") || l.endsWith(".xhtml");
    }

    /**
     * Why a path that {@link Files#exists} says is not there cannot be opened: missing, a link loop, a link to
     * nothing, or a folder on the way the user may not enter (all look alike to {@code exists}).
     */
    static String unreachable(Path file) {
        try {
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return file + " cannot be read.";
        } catch (IOException e) {
            return unreachable(file, e);
        }
    }

    static String unreachable(Path file, IOException e) {
        String name = file.toString();
        if (e instanceof AccessDeniedException) {
            return name + " cannot be opened: you do not have permission to open the folder it is in (or the file itself).";
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("Too many levels of symbolic links") || m.contains("ELOOP")) {
            return name + " is a link that leads back to itself (a loop of links), so it points to no file.";
        }
        if (Files.isSymbolicLink(file)) {
            try {
                return name + " is a link to " + Files.readSymbolicLink(file) + ", which does not exist.";
            } catch (IOException | UnsupportedOperationException ignored) {
                return name + " is a link to a file that does not exist.";
            }
        }
        if (e instanceof NoSuchFileException) return name + " does not exist.";
        return name + " cannot be opened (" + reason(e) + ").";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it does not exist";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
