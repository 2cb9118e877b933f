package org.sourcelight.model;

/**
 * What is known about an article besides its text. Any field may be null.
 *
 * @param title     headline
 * @param byline    author line
 * @param published publication date as found (ISO 8601 where it could be parsed)
 * @param url       canonical URL, or the URL it was fetched from
 * @param siteName  site name from metadata (og:site_name)
 * @param origin    where it came from: a file path, a URL, or "pasted text"
 * @param updated   when the article says it was last updated (ISO 8601 where it could be parsed)
 * @param language  the article's language as the page declares it (a BCP 47 tag such as "en" or "pt-BR")
 */
public record ArticleMeta(String title, String byline, String published, String url, String siteName, String origin,
                          String updated, String language) {
    /** Without an updated date or language. */
    public ArticleMeta(String title, String byline, String published, String url, String siteName, String origin) {
        this(title, byline, published, url, siteName, origin, null, null);
    }

    public static ArticleMeta empty() { return new ArticleMeta(null, null, null, null, null, null); }

    public ArticleMeta withTitle(String t) { return new ArticleMeta(t, byline, published, url, siteName, origin, updated, language); }

    public ArticleMeta withOrigin(String o) { return new ArticleMeta(title, byline, published, url, siteName, o, updated, language); }

    public ArticleMeta withPublished(String p) { return new ArticleMeta(title, byline, p, url, siteName, origin, updated, language); }
}
