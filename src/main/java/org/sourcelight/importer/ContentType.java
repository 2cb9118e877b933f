package org.sourcelight.importer;

import java.nio.charset.Charset;
import java.util.Locale;

/** A parsed {@code Content-Type} value: the MIME type (lower case, may be empty) and the charset it names, if any. */
record ContentType(String mime, Charset charset) {
    static final ContentType NONE = new ContentType("", null);

    static ContentType parse(String value) {
        if (value == null || value.isBlank()) return NONE;
        String[] parts = value.split(";");
        String mime = parts[0].trim().toLowerCase(Locale.ROOT);
        Charset cs = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                cs = TextDecoder.charsetNamed(p.substring(eq + 1).trim().replace("\"", "").replace("'", ""));
            }
        }
        return new ContentType(mime, cs);
    }

    boolean isHtml() { return mime.equals("text/html") || mime.equals("application/xhtml+xml"); }

    boolean isText() { return mime.equals("text/plain") || mime.equals("text/markdown"); }

    /** True when the type is unknown, HTML or plain text: what an article can be. */
    boolean isAcceptable() { return mime.isEmpty() || isHtml() || isText(); }
}
