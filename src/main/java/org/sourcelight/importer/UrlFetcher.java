package org.sourcelight.importer;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one web page with {@link HttpClient}: http/https only, a connect timeout and a deadline for the whole
 * response, redirects followed by hand (at most {@code maxRedirects}, only to http/https), the content type checked
 * before the body is read, and the body capped while it streams in.
 */
final class UrlFetcher {
    /** A fetched page: the body bytes, the Content-Type header (may be null) and the URL after redirects. */
    record Page(byte[] body, String contentType, String finalUrl) {}

    private final long maxBytes;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxRedirects;
    private volatile HttpClient client;

    UrlFetcher(long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects) {
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects");
        this.maxBytes = maxBytes;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
    }

    Page fetch(String url) throws ImportException {
        String given = url == null ? "" : url.strip();
        URI uri = parse(given);
        for (int hop = 0; ; hop++) {
            Outcome o = exchange(given, uri);
            if (o.location() != null) {
                if (hop >= maxRedirects) {
                    throw new ImportException(given + " redirected more than " + maxRedirects + " times; Sourcelight gave up following it.");
                }
                URI next;
                try {
                    next = uri.resolve(new URI(o.location().strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new ImportException(given + " redirected to an address that is not valid (" + o.location() + ").");
                }
                if (!isHttp(next)) throw new ImportException(given + " redirected to " + next + ", which is not an http or https address.");
                uri = next;
                continue;
            }
            return new Page(o.body(), o.contentType(), uri.toString());
        }
    }

    private static URI parse(String url) throws ImportException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ImportException("\"" + url + "\" is not a valid web address.");
        }
        if (!isHttp(uri)) {
            throw new ImportException("\"" + url + "\" is not an http or https address; Sourcelight only fetches web pages (for a file, open it instead).");
        }
        if (uri.getHost() == null) throw new ImportException("\"" + url + "\" has no host name.");
        return uri;
    }

    private static boolean isHttp(URI uri) {
        String s = uri.getScheme();
        return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"));
    }

    /** What one request gave: a redirect location, or a body with its content type. */
    private record Outcome(String location, byte[] body, String contentType) {}

    private Outcome exchange(String given, URI uri) throws ImportException {
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", "Sourcelight/0.1 (media-literacy reader)")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
                .GET().build();
        Refusal refusal = new Refusal();
        CompletableFuture<HttpResponse<byte[]>> f = client().sendAsync(req, info -> subscriberFor(info, refusal));
        HttpResponse<byte[]> resp;
        try {
            resp = f.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timedOut(given);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException("Fetching " + given + " was interrupted.");
        } catch (ExecutionException e) {
            throw failure(given, uri, e.getCause());
        }
        if (refusal.message != null) throw new ImportException(given + refusal.message);
        int status = resp.statusCode();
        if (status >= 300 && status < 400) {
            String loc = resp.headers().firstValue("Location").orElse(null);
            if (loc == null) throw new ImportException(given + " answered with a redirect (HTTP " + status + ") but no address to go to.");
            return new Outcome(loc, null, null);
        }
        return new Outcome(null, resp.body(), resp.headers().firstValue("Content-Type").orElse(null));
    }

    /** Set by the body handler when it refuses to read a body; the reason completes "<url> …". */
    private static final class Refusal {
        volatile String message;
    }

    private HttpResponse.BodySubscriber<byte[]> subscriberFor(HttpResponse.ResponseInfo info, Refusal refusal) {
        int status = info.statusCode();
        if (status >= 300 && status < 400) return new CappedSubscriber(0, null);
        if (status < 200 || status >= 300) {
            refusal.message = " answered with HTTP error " + status + describe(status) + ".";
            return new CappedSubscriber(0, null);
        }
        String ct = info.headers().firstValue("Content-Type").orElse(null);
        ContentType type = ContentType.parse(ct);
        if (!type.isAcceptable()) {
            refusal.message = " is " + type.mime() + ", not a web page or text; Sourcelight reads HTML and plain text.";
            return new CappedSubscriber(0, null);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            refusal.message = " is " + Sizes.human(declared) + "; the largest article Sourcelight opens is " + Sizes.human(maxBytes) + ".";
            return new CappedSubscriber(0, null);
        }
        return new CappedSubscriber(maxBytes, refusal);
    }

    private static String describe(int status) {
        switch (status) {
            case 401: case 403: return " (access denied)";
            case 404: case 410: return " (page not found)";
            case 429: return " (too many requests)";
            default: return status >= 500 ? " (the server had a problem)" : "";
        }
    }

    private ImportException timedOut(String given) {
        return new ImportException(given + " did not answer within " + seconds(readTimeout) + "; try again later or save the page as HTML.");
    }

    private ImportException failure(String given, URI uri, Throwable t) {
        if (t instanceof HttpConnectTimeoutException) {
            return new ImportException("Could not connect to " + uri.getHost() + " within " + seconds(connectTimeout) + " (" + given + ").", t);
        }
        if (t instanceof HttpTimeoutException) return timedOut(given);
        Throwable c = t;
        while (c != null) {
            if (c instanceof UnknownHostException) {
                return new ImportException(uri.getHost() + " could not be found; check the address and the internet connection (" + given + ").", t);
            }
            if (c instanceof ConnectException) {
                return new ImportException("Could not connect to " + uri.getHost() + "; the server refused or is unreachable (" + given + ").", t);
            }
            c = c.getCause();
        }
        String m = t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new ImportException("Fetching " + given + " failed: " + m + ".", t);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) return (ms / 1000) + (ms == 1000 ? " second" : " seconds");
        return String.format(Locale.ROOT, "%.1f seconds", ms / 1000.0);
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
                    client = c;
                }
            }
        }
        return c;
    }

    /**
     * Collects a body up to {@code cap} bytes; beyond it the download is cancelled and the refusal says why. With a
     * cap of 0 the body is not read at all.
     */
    private final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final Refusal refusal;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private byte[] buf = new byte[8192];
        private int len;
        private Flow.Subscription subscription;

        CappedSubscriber(long cap, Refusal refusal) {
            this.cap = cap;
            this.refusal = refusal;
        }

        @Override public CompletableFuture<byte[]> getBody() { return result; }

        @Override public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (cap == 0) {
                s.cancel();
                result.complete(new byte[0]);
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer b : items) {
                int r = b.remaining();
                if ((long) len + r > cap) {
                    refusal.message = " is larger than " + Sizes.human(maxBytes) + ", the largest article Sourcelight opens.";
                    subscription.cancel();
                    result.complete(new byte[0]);
                    return;
                }
                if (len + r > buf.length) {
                    byte[] nb = new byte[(int) Math.min(cap, Math.max((long) buf.length * 2, (long) len + r))];
                    System.arraycopy(buf, 0, nb, 0, len);
                    buf = nb;
                }
                b.get(buf, len, r);
                len += r;
            }
        }

        @Override public void onError(Throwable t) { result.completeExceptionally(t); }

        @Override public void onComplete() {
            byte[] out = new byte[len];
            System.arraycopy(buf, 0, out, 0, len);
            result.complete(out);
        }
    }
}
