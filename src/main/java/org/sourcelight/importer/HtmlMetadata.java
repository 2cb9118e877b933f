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
import java.util.Set;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an article's metadata from a parsed page (before any cleaning, so header bylines still count). Sources, first
 * found wins: the page's JSON-LD ({@code NewsArticle} and the other schema.org article types), Dublin Core,
 * OpenGraph and other {@code <meta>} tags, then the page itself ({@code <time>}, the headline, {@code <title>}).
 *
 * @param title     JSON-LD headline, dc:title, og:title, meta title, twitter:title, else the {@code <title>} without
 *                  its site part (or the headline h1 when that is shorter and contained in it)
 * @param headline  the text of the page's headline h1 as shown (null when there is none)
 * @param byline    JSON-LD author names, dc:creator, meta author, rel=author, .byline, article:author (no "By ")
 * @param published JSON-LD datePublished, article:published_time, time[datetime] …, as ISO 8601 where it can be parsed
 * @param modified  JSON-LD dateModified, article:modified_time, og:updated_time, time[itemprop=dateModified]
 * @param url       link rel=canonical or og:url, made absolute when the page's own URL is known
 * @param siteName  JSON-LD publisher name, og:site_name or application-name
 * @param language  html[lang], meta content-language, JSON-LD inLanguage, og:locale
 */
record HtmlMetadata(String title, String headline, String byline, String published, String modified, String url, String siteName,
                    String language) {
    private static final Pattern BY = Pattern.compile("^(?i)(?:by|von|par|por|door|di|av)(?:\\s*:\\s*|\\s+)");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u2022:-]\\s+");
    private static final Pattern HIERARCHY_SEPARATOR = Pattern.compile(" [|\\-\\\\/>\u00BB\u2013\u2014] ");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}");
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "AdvertiserContentArticle", "NewsArticle",
            "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
            "ReviewNewsArticle", "Report", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting",
            "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference");
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** The elements metadata is read from, collected in one walk over the page (not one walk per query). */
    private static final class Page {
        final List<Element> metas = new ArrayList<>(), h1h2 = new ArrayList<>(), h1s = new ArrayList<>(), headlines = new ArrayList<>(),
                times = new ArrayList<>(), ldJson = new ArrayList<>(), relAuthor = new ArrayList<>(), bylines = new ArrayList<>();
        final java.util.Map<String, Element> itempropContent = new java.util.HashMap<>();
        Element canonical;

        Page(Document doc) {
            for (Element e : doc.getAllElements()) {
                String tag = e.normalName();
                switch (tag) {
                    case "meta": metas.add(e); break;
                    case "h1": h1h2.add(e); h1s.add(e); headlines.add(e); break;
                    case "h2": h1h2.add(e); break;
                    case "time": if (e.hasAttr("datetime")) times.add(e); break;
                    case "script": if (e.attr("type").equalsIgnoreCase("application/ld+json")) ldJson.add(e); break;
                    case "link": if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = e; break;
                    default: break;
                }
                if (e.attributesSize() == 0) continue;
                String itemprop = e.attr("itemprop");
                if (!tag.equals("h1") && itemprop.equalsIgnoreCase("headline")) headlines.add(e);
                if (e.attr("rel").equalsIgnoreCase("author")) relAuthor.add(e);
                if (e.hasClass("byline") || itemprop.equalsIgnoreCase("author")) bylines.add(e);
                if (!itemprop.isEmpty() && e.hasAttr("content")) itempropContent.putIfAbsent(itemprop.toLowerCase(Locale.ROOT), e);
            }
        }
    }

    static HtmlMetadata read(Document doc) {
        Page page = new Page(doc);
        Metas metas = new Metas(page.metas);
        JsonLd ld = JsonLd.read(page.ldJson, doc);
        String site = first(ld.publisher, meta(metas, "og:site_name"), meta(metas, "application-name"));
        Element h1 = headlineElement(page.headlines);
        String headline = h1 == null ? null : leadingText(h1);
        String title = first(ld.headline, meta(metas, "dc:title"), meta(metas, "dcterm:title"), meta(metas, "dcterms.title"),
                meta(metas, "parsely-title"),
                stripSite(meta(metas, "og:title"), site, false), meta(metas, "title"), stripSite(meta(metas, "twitter:title"), site, false),
                headlineInTitle(headline, clean(doc.title())),
                pageTitle(clean(doc.title()), site, page.h1h2, page.h1s), headline);
        String byline = first(notUrl(ld.author), meta(metas, "dc:creator"), meta(metas, "dcterm:creator"), meta(metas, "dcterms.creator"),
                notUrl(meta(metas, "author")), textOf(page.relAuthor), textOf(page.bylines),
                notUrl(meta(metas, "article:author")), notUrl(meta(metas, "og:article:author")), notUrl(meta(metas, "parsely-author")),
                notUrl(meta(metas, "sailthru.author")));
        String published = first(ld.published, meta(metas, "article:published_time"), meta(metas, "parsely-pub-date"),
                meta(metas, "datePublished"), timeAttr(page, "datePublished"), meta(metas, "date"), meta(metas, "pubdate"),
                meta(metas, "publishdate"), meta(metas, "dc.date.issued"), meta(metas, "dc.date"), meta(metas, "dcterms.created"),
                meta(metas, "sailthru.date"), meta(metas, "og:published_time"));
        String modified = first(ld.modified, meta(metas, "article:modified_time"), meta(metas, "og:updated_time"),
                meta(metas, "dateModified"), timeAttr(page, "dateModified"), meta(metas, "dcterms.modified"));
        String ogUrl = absoluteValue(meta(metas, "og:url"), doc.location());
        Element canonical = page.canonical;
        String base = ogUrl != null ? ogUrl : doc.location();
        String url = first(canonical == null ? null : absoluteValue(clean(canonical.attr("href")), base), ogUrl, ld.url);
        Element html = doc.childrenSize() > 0 && doc.child(0).normalName().equals("html") ? doc.child(0) : null;
        String language = first(lang(html == null ? null : html.attr("lang")), lang(meta(metas, "content-language")),
                lang(httpEquiv(metas, "content-language")), lang(ld.language), lang(meta(metas, "og:locale")));
        return new HtmlMetadata(title, headline, byline(byline), published == null ? null : iso(published),
                modified == null ? null : iso(modified), url, site, language);
    }

    /** The headline h1 when the {@code <title>} is that headline with more around it (a site name, a section). */
    private static String headlineInTitle(String headline, String pageTitle) {
        if (headline == null || pageTitle == null || headline.length() < 2 || headline.equals(pageTitle)) return null;
        if (!pageTitle.startsWith(headline)) return null;
        String rest = pageTitle.substring(headline.length());
        return TITLE_SEPARATOR.matcher(rest).lookingAt() || HIERARCHY_SEPARATOR.matcher(rest).lookingAt() ? headline : null;
    }

    /** A byline as shown: white space folded, a leading "By " dropped; null when nothing is left or it is too long. */
    static String byline(String raw) {
        if (raw == null) return null;
        String b = BY.matcher(clean(raw)).replaceFirst("").strip();
        return b.isEmpty() || b.length() > 200 ? null : b;
    }

    private static String lang(String v) {
        if (v == null) return null;
        String t = v.strip();
        return LANGUAGE.matcher(t).matches() ? t.replace('_', '-') : null;
    }

    private static String httpEquiv(Metas metas, String key) {
        return metas.httpEquiv.get(key.toLowerCase(Locale.ROOT));
    }

    /**
     * The title from {@code <title>} (Readability's rules): a site part after a separator (" | ", " - ", " » " …) is
     * dropped when at least three words remain, else the part before it; after "a: b" the part after the colon unless
     * a heading repeats the whole; the h1 when the title is very short or very long. Too short a result keeps the
     * whole title.
     */
    static String pageTitle(String orig, String site, List<Element> h1h2, List<Element> h1s) {
        if (orig == null || orig.isEmpty()) return null;
        String cur = orig;
        boolean hierarchical = false;
        java.util.regex.Matcher m = HIERARCHY_SEPARATOR.matcher(orig);
        if (m.find()) {
            hierarchical = true;
            int last = -1;
            m.reset();
            while (m.find()) last = m.start();
            cur = orig.substring(0, last);
            if (words(cur) < 3) {
                m.reset();
                m.find();
                cur = orig.substring(m.end());
            }
        } else if (orig.contains(": ")) {
            boolean repeated = false;
            for (Element h : h1h2) {
                if (clean(ArticleExtractor.boundedText(h, orig.length() + 1)).equals(orig)) {
                    repeated = true;
                    break;
                }
            }
            if (!repeated) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (words(cur) < 3) cur = orig.substring(orig.indexOf(':') + 1);
                else if (words(orig.substring(0, orig.indexOf(':'))) > 5) cur = orig;
            }
        } else if (orig.length() > 150 || orig.length() < 15) {
            if (h1s.size() == 1) cur = clean(h1s.get(0).text());
        }
        cur = clean(cur);
        int curWords = words(cur);
        if (curWords <= 4 && (!hierarchical || curWords != words(HIERARCHY_SEPARATOR.matcher(orig).replaceAll(" ")) - 1)) cur = orig;
        if (cur.isEmpty()) cur = orig;
        return cur;
    }

    /** What a page's JSON-LD says about its article (the first object of an article type; its headline, or its name when only the name matches the page's title). */
    private record JsonLd(String headline, String author, String published, String modified, String publisher, String url,
                          String language) {
        static final JsonLd NONE = new JsonLd(null, null, null, null, null, null, null);

        static JsonLd read(List<Element> scripts, Document doc) {
            for (Element s : scripts) {
                String src = s.data().strip();
                if (src.isEmpty() || src.length() > 2_000_000) continue;
                JsonNode root;
                try {
                    root = JSON.readTree(src.replaceFirst("^\\s*<!\\[CDATA\\[", "").replaceFirst("\\]\\]>\\s*$", ""));
                } catch (java.io.IOException | RuntimeException e) {
                    continue; // broken JSON-LD is common; the other metadata still counts
                }
                JsonNode article = findArticle(root, 0);
                if (article != null) return of(article, clean(doc.title()));
            }
            return NONE;
        }

        private static JsonNode findArticle(JsonNode n, int depth) {
            if (n == null || depth > 4) return null;
            if (n.isArray()) {
                for (JsonNode c : n) {
                    JsonNode f = findArticle(c, depth + 1);
                    if (f != null) return f;
                }
                return null;
            }
            if (!n.isObject()) return null;
            if (isArticleType(n.get("@type"))) return n;
            return findArticle(n.get("@graph"), depth + 1);
        }

        private static boolean isArticleType(JsonNode type) {
            if (type == null) return false;
            if (type.isTextual()) return ARTICLE_TYPES.contains(type.asText()) || type.asText().endsWith("Article");
            if (type.isArray()) for (JsonNode t : type) if (isArticleType(t)) return true;
            return false;
        }

        private static JsonLd of(JsonNode a, String docTitle) {
            String headline = str(a.get("headline"));
            String name = str(a.get("name"));
            if (name != null && headline != null && !name.equals(headline)) {
                // some pages put a description in one of them: keep the one that matches the page's <title>
                headline = similarity(name, docTitle) > 0.75 && similarity(headline, docTitle) <= 0.75 ? name : headline;
            } else if (headline == null) {
                headline = name;
            }
            return new JsonLd(headline, authors(a.get("author")), str(a.get("datePublished")), str(a.get("dateModified")),
                    name(a.get("publisher")), str(a.get("url")), str(a.get("inLanguage")));
        }

        private static double similarity(String a, String b) {
            return ArticleExtractor.similarity(a, b);
        }

        private static String authors(JsonNode n) {
            if (n == null) return null;
            if (n.isTextual()) return str(n);
            if (n.isObject()) return name(n);
            if (!n.isArray()) return null;
            List<String> names = new ArrayList<>();
            for (JsonNode c : n) {
                String v = c.isTextual() ? str(c) : name(c);
                if (v != null && !names.contains(v)) names.add(v);
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        private static String name(JsonNode n) {
            if (n == null) return null;
            if (n.isArray()) return n.size() == 0 ? null : name(n.get(0));
            return n.isObject() ? str(n.get("name")) : null;
        }

        private static String str(JsonNode n) {
            if (n == null || !n.isTextual()) return null;
            String v = clean(org.jsoup.parser.Parser.unescapeEntities(n.asText(), false));
            return v.isEmpty() ? null : v;
        }
    }

    /**
     * The headline ([itemprop=headline] or an h1 inside an article) if there is one, else the first h1 outside the
     * site header and navigation. Ancestors are checked per candidate only: descendant selectors over the whole page
     * are quadratic on deeply nested pages.
     */
    static Element headlineElement(List<Element> candidates) {
        Element fallback = null;
        for (Element h : candidates) {
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

    /**
     * The contents of the page's meta tags by key: the first non-empty one whose property, name or itemprop is the key
     * (property wins over name, as in Readability); case-insensitive, "." and ":" alike ({@code DC.title} is
     * {@code dc:title}), any of several space-separated names counting. Built once per page.
     */
    private static final class Metas {
        private final List<java.util.Map<String, String>> byAttr = List.of(new java.util.HashMap<>(), new java.util.HashMap<>(),
                new java.util.HashMap<>());
        private final java.util.Map<String, String> httpEquiv = new java.util.HashMap<>();

        Metas(List<Element> metas) {
            String[] attrs = {"property", "name", "itemprop"};
            for (Element m : metas) {
                String v = clean(m.attr("content"));
                if (v.isEmpty()) continue;
                for (int i = 0; i < attrs.length; i++) {
                    String a = m.attr(attrs[i]);
                    if (a.isEmpty() || a.length() > 300) continue;
                    for (String n : a.strip().split("\\s+")) byAttr.get(i).putIfAbsent(metaKey(n), v);
                }
                String he = m.attr("http-equiv");
                if (!he.isEmpty()) httpEquiv.putIfAbsent(he.toLowerCase(Locale.ROOT), v);
            }
        }

        String get(String key) {
            String k = metaKey(key);
            for (java.util.Map<String, String> m : byAttr) {
                String v = m.get(k);
                if (v != null) return v;
            }
            return null;
        }
    }

    private static String meta(Metas metas, String key) {
        return metas.get(key);
    }

    private static String metaKey(String k) {
        return k.toLowerCase(Locale.ROOT).replace('.', ':');
    }

    private static String textOf(List<Element> elements) {
        for (Element e : elements) {
            if (e.normalName().equals("meta") || e.normalName().equals("link")) {
                String v = clean(e.attr("content"));
                if (!v.isEmpty() && v.length() <= 200) return v;
                continue;
            }
            String t = clean(ArticleExtractor.boundedText(e, 201));
            if (!t.isEmpty() && t.length() <= 200) return t;
        }
        return null;
    }

    /** The datetime of the {@code <time>} marked with this itemprop, else (for datePublished) one in an article, else the first. */
    private static String timeAttr(Page page, String itemprop) {
        Element chosen = null;
        boolean publication = itemprop.equals("datePublished");
        for (Element t : page.times) {
            if (t.attr("itemprop").equalsIgnoreCase(itemprop)) {
                chosen = t;
                break;
            }
            if (!publication || t.attr("itemprop").equalsIgnoreCase("dateModified")) continue;
            if (chosen == null || (chosen.closest("article") == null && t.closest("article") != null)) chosen = t;
        }
        if (chosen == null) chosen = page.itempropContent.get(itemprop.toLowerCase(Locale.ROOT));
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
