package org.sourcelight.importer;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;

/** Fetching from a local server on 127.0.0.1 (never the internet), with short timeouts and a 4 KB cap. */
class UrlImportTest {
    private static final String PAGE = "<html><head><title>Talks resume | Local News</title>"
            + "<meta property=\"og:site_name\" content=\"Local News\"></head><body><article><h1>Talks resume</h1>"
            + "<p>Negotiators met again on Monday in Geneva, where the talks had stalled in the spring, officials said.</p>"
            + "<p>\u201CWe are closer,\u201D one diplomat told reporters after the first session ended late in the evening.</p>"
            + "</article></body></html>";

    private HttpServer server;
    private ExecutorService pool;
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;
    private final ArticleImporter importer = new ArticleImporter(4096, Duration.ofSeconds(5), Duration.ofSeconds(5), 5);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/article", ex -> send(ex, 200, "text/html; charset=UTF-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/latin", ex -> send(ex, 200, "text/html; charset=ISO-8859-1",
                "<p>Caf\u00E9 owners in the old city said business had doubled since the ceasefire began.</p>".getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext("/plain", ex -> send(ex, 200, "text/plain", "Title\n\nBody text, the minister said.".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/moved", ex -> redirect(ex, "/article"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-ftp", ex -> redirect(ex, "ftp://127.0.0.1/file.txt"));
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/big-declared", ex -> send(ex, 200, "text/html", new byte[10_000]));
        server.createContext("/big-streamed", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0); // chunked: the size is only known while reading
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "article text ".repeat(100).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 20; i++) out.write(chunk);
            } catch (IOException clientGaveUp) {
                // the importer stops reading at its cap
            }
        });
        server.createContext("/slow", ex -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }

    @Test
    void fetchesAndExtractsAPage() throws Exception {
        ImportedArticle a = importer.importUrl(base + "/article");
        assertEquals("Talks resume\n\nNegotiators met again on Monday in Geneva, where the talks had stalled in the spring, officials said.\n\n"
                + "\u201CWe are closer,\u201D one diplomat told reporters after the first session ended late in the evening.", a.originalText());
        assertEquals(new ArticleMeta("Talks resume", null, null, base + "/article", "Local News", base + "/article"), a.meta());
        assertEquals(Map.of(0, BlockKind.TITLE, 1, BlockKind.BODY, 2, BlockKind.BODY), a.blockHints());
        assertEquals("UTF-8", a.detectedEncoding());
    }

    @Test
    void charsetFromTheHeaderIsUsed() throws Exception {
        ImportedArticle a = importer.importUrl(base + "/latin");
        assertTrue(a.originalText().startsWith("Caf\u00E9 owners"), a.originalText());
        assertEquals("windows-1252", a.detectedEncoding());
    }

    @Test
    void plainTextPagesStayPlain() throws Exception {
        ImportedArticle a = importer.importUrl(base + "/plain");
        assertEquals("Title\n\nBody text, the minister said.", a.originalText());
        assertEquals(Map.of(), a.blockHints());
    }

    @Test
    void followsARedirectAndRecordsWhereItLanded() throws Exception {
        ImportedArticle a = importer.importUrl(base + "/moved");
        assertTrue(a.originalText().startsWith("Talks resume\n\n"));
        assertEquals(base + "/article", a.meta().url());
        assertEquals(base + "/moved", a.meta().origin());
    }

    @Test
    void redirectLoopGivesUp() {
        assertEquals(base + "/loop redirected more than 5 times; Sourcelight gave up following it.", message(base + "/loop"));
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        assertEquals(base + "/to-ftp redirected to ftp://127.0.0.1/file.txt, which is not an http or https address.", message(base + "/to-ftp"));
    }

    @Test
    void slowServerTimesOut() {
        ArticleImporter impatient = new ArticleImporter(4096, Duration.ofSeconds(5), Duration.ofMillis(500), 5);
        ImportException e = assertThrows(ImportException.class, () -> impatient.importUrl(base + "/slow"));
        assertEquals(base + "/slow did not answer within 0.5 seconds; try again later or save the page as HTML.", e.getMessage());
    }

    @Test
    void tooLargeIsRefusedWhetherDeclaredOrStreamed() {
        assertEquals(base + "/big-declared is 9.8 KB; the largest article Sourcelight opens is 4 KB.", message(base + "/big-declared"));
        assertEquals(base + "/big-streamed is larger than 4 KB, the largest article Sourcelight opens.", message(base + "/big-streamed"));
    }

    @Test
    void wrongContentTypeIsRefused() {
        assertEquals(base + "/pdf is application/pdf, not a web page or text; Sourcelight reads HTML and plain text.", message(base + "/pdf"));
    }

    @Test
    void httpErrorsAreReported() {
        assertEquals(base + "/missing answered with HTTP error 404 (page not found).", message(base + "/missing"));
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        assertEquals("\"file:///etc/passwd\" is not an http or https address; Sourcelight only fetches web pages (for a file, open it instead).",
                message("file:///etc/passwd"));
        assertEquals("\"ftp://example.org/a.txt\" is not an http or https address; Sourcelight only fetches web pages (for a file, open it instead).",
                message("ftp://example.org/a.txt"));
        assertEquals("\"http://exa mple.org\" is not a valid web address.", message("http://exa mple.org"));
    }

    private String message(String url) {
        return assertThrows(ImportException.class, () -> importer.importUrl(url)).getMessage();
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException clientGaveUp) {
            // the importer may stop reading early
        }
    }
}
