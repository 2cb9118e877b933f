package org.sourcelight.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an article's metadata from a parsed page (before any cleaning, so header bylines still count).
 *
 * @param title     og:title, twitter:title, the headline h1, or {@code <title>} without its " | Site" suffix
 * @param headline  the text of the page's headline h1 as shown (null when there is none)
 * @param byline    meta author, rel=author, .byline, article:author (without a leading "By ")
 * @param published article:published_time, time[datetime], meta date …, as ISO 8601 where it can be parsed
 * @param url       link rel=canonical or og:url, made absolute when the page's own URL is known
 * @param siteName  og:site_name or application-name
 */
record HtmlMetadata(String title, String headline, String byline, String published, String url, String siteName) {
    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u2022:-]\\s+");
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssZ", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX", Locale.ROOT),
            DateTimeFormatter.RFC_1123_DATE_TIME);
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT));

    private static final List<Function<String, String>> DATE_READERS = dateReaders();

    static HtmlMetadata read(Document doc) {
        String site = first(meta(doc, "og:site_name"), meta(doc, "application-name"));
        Element h1 = headlineElement(doc);
        String headline = h1 == null ? null : leadingText(h1);
        String title = first(stripSite(meta(doc, "og:title"), site, false), stripSite(meta(doc, "twitter:title"), site, false),
                headline, stripSite(clean(doc.title()), site, true));
        String byline = first(meta(doc, "author"), textOf(doc, "[rel=author]"), textOf(doc, ".byline, [itemprop=author]"),
                notUrl(meta(doc, "article:author")));
        if (byline != null) byline = BY.matcher(byline).replaceFirst("");
        String published = first(meta(doc, "article:published_time"), meta(doc, "datePublished"), timeAttr(doc),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "dc.date.issued"),
                meta(doc, "dcterms.created"), meta(doc, "parsely-pub-date"));
        String ogUrl = absoluteValue(meta(doc, "og:url"), doc.location());
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String base = ogUrl != null ? ogUrl : doc.location();
        String url = first(canonical == null ? null : absoluteValue(clean(canonical.attr("href")), base), ogUrl);
        return new HtmlMetadata(title, headline, byline, published == null ? null : iso(published), url, site);
    }

    /**
     * The headline ([itemprop=headline] or an h1 inside an article) if there is one, else the first h1 outside the
     * site header and navigation. Ancestors are checked per candidate only: descendant selectors over the whole page
     * are quadratic on deeply nested pages.
     */
    static Element headlineElement(Document doc) {
        Element fallback = null;
        for (Element h : doc.select("h1, [itemprop=headline]")) {
            if (leadingText(h).isEmpty()) continue;
            boolean inArticle = h.closest("article") != null;
            if (inArticle || h.attr("itemprop").equalsIgnoreCase("headline")) return h;
            if (fallback == null && h.normalName().equals("h1") && h.closest("header, nav, [role=banner]") == null) fallback = h;
        }
        return fallback;
    }

    /**
     * The text of an element up to its first block-level child: in broken pages an unclosed h1 swallows the
     * paragraphs after it, and only its own first words are the headline.
     */
    static String leadingText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element && HtmlExtractor.isBlock((Element) n)) break;
            if (n instanceof Element) b.append(((Element) n).text());
            else if (n instanceof TextNode) b.append(((TextNode) n).text());
        }
        return clean(b.toString());
    }

    /** The content of the first meta tag whose property, name or itemprop is {@code key} (case-insensitive). */
    private static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (m.attr("property").equalsIgnoreCase(key) || m.attr("name").equalsIgnoreCase(key) || m.attr("itemprop").equalsIgnoreCase(key)) {
                String v = clean(m.attr("content"));
                if (!v.isEmpty()) return v;
            }
        }
        return null;
    }

    private static String textOf(Document doc, String query) {
        for (Element e : doc.select(query)) {
            if (e.normalName().equals("meta") || e.normalName().equals("link")) {
                String v = clean(e.attr("content"));
                if (!v.isEmpty() && v.length() <= 200) return v;
                continue;
            }
            String t = clean(e.text());
            if (!t.isEmpty() && t.length() <= 200) return t;
        }
        return null;
    }

    /** The datetime of the publication {@code <time>}: one marked datePublished, else one in an article, else the first. */
    private static String timeAttr(Document doc) {
        Element chosen = null;
        for (Element t : doc.select("time[datetime]")) {
            if (t.attr("itemprop").equalsIgnoreCase("datePublished")) {
                chosen = t;
                break;
            }
            if (chosen == null || (chosen.closest("article") == null && t.closest("article") != null)) chosen = t;
        }
        if (chosen == null) chosen = doc.selectFirst("[itemprop=datePublished][content]");
        if (chosen == null) return null;
        String v = clean(chosen.hasAttr("datetime") ? chosen.attr("datetime") : chosen.attr("content"));
        return v.isEmpty() ? null : v;
    }

    /** {@code v} as an absolute http(s) URL, resolved against {@code base} when relative; null when it cannot be. */
    private static String absoluteValue(String v, String base) {
        if (v == null || v.isEmpty()) return null;
        if (ArticleImporter.isUrl(v)) return v;
        if (base == null || !ArticleImporter.isUrl(base)) return null;
        try {
            return java.net.URI.create(base).resolve(v).toString();
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String notUrl(String v) {
        return v == null || ArticleImporter.isUrl(v) ? null : v;
    }

    /**
     * Drops a site name from a title: " | Press TV", " - BBC News". A {@code <title>} also loses a last part after
     * " | " (or a dash) when that part is short and what remains has at least three words.
     */
    static String stripSite(String title, String site, boolean pageTitle) {
        if (title == null || title.isEmpty()) return null;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        if (site != null) {
            String last = parts[parts.length - 1].strip();
            String firstPart = parts[0].strip();
            if (last.equalsIgnoreCase(site)) return title.substring(0, lastSeparator(title)).strip();
            if (firstPart.equalsIgnoreCase(site)) return title.substring(firstSeparatorEnd(title)).strip();
        }
        if (!pageTitle) return title;
        String kept = title.substring(0, lastSeparator(title)).strip();
        String last = parts[parts.length - 1].strip();
        return words(last) <= 4 && words(kept) >= 3 ? kept : title;
    }

    private static int lastSeparator(String title) {
        var m = TITLE_SEPARATOR.matcher(title);
        int at = -1;
        while (m.find()) at = m.start();
        return at;
    }

    private static int firstSeparatorEnd(String title) {
        var m = TITLE_SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** ISO 8601 for the dates pages carry; the raw value when none of the known forms fit. */
    static String iso(String raw) {
        String s = raw.strip();
        for (Function<String, String> r : DATE_READERS) {
            try {
                return r.apply(s);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return s;
    }

    /** Date readers from most to least precise; each returns ISO 8601 or throws. */
    private static List<Function<String, String>> dateReaders() {
        List<Function<String, String>> readers = new ArrayList<>();
        readers.add(v -> OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        for (DateTimeFormatter f : ZONED) readers.add(v -> ZonedDateTime.parse(v, f).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        readers.add(v -> LocalDateTime.parse(v).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) readers.add(v -> LocalDateTime.parse(v, f).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        readers.add(v -> LocalDate.parse(v).toString());
        for (DateTimeFormatter f : DATES) readers.add(v -> LocalDate.parse(v, f).toString());
        return List.copyOf(readers);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) if (v != null && !(v instanceof String && ((String) v).isEmpty())) return v;
        return null;
    }

    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u00A0]+", " ").strip();
    }
}
