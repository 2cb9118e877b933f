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
 */
public record ArticleMeta(String title, String byline, String published, String url, String siteName, String origin) {
    public static ArticleMeta empty() { return new ArticleMeta(null, null, null, null, null, null); }

    public ArticleMeta withTitle(String t) { return new ArticleMeta(t, byline, published, url, siteName, origin); }

    public ArticleMeta withOrigin(String o) { return new ArticleMeta(title, byline, published, url, siteName, o); }
}
