package org.sourcelight.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say it is, read word by word. A class token is split into words at '-', '_', digits
 * and lower-to-upper case changes ({@code relatedPosts-2} → related, posts), and a word counts only as a whole word
 * (or its plural): "sidebar" never matches inside "sidebarred", "ad" never inside "header".
 *
 * <p>Two kinds of token say nothing about what the element is and are skipped: taxonomy and state classes whose first
 * word is a prefix such as {@code tag-}, {@code category-}, {@code has-}, {@code is-} (WordPress puts
 * {@code tag-sidebar} or {@code category-comments} on the article itself), and tokens whose last word is a state
 * ({@code modal-enabled}, {@code menu-open}). Words after with/without/has/no/and describe neighbours, not the element
 * ({@code content-with-sidebar-wrp} is content).
 *
 * <p>Word lists: started from the class/id patterns of Mozilla Readability.js (Apache License 2.0: its
 * unlikelyCandidates, okMaybeItsACandidate, positive and negative expressions), split into whole words, and grown
 * with furniture names common to news sites in general (share bars, newsletter boxes, paywall prompts, most-read
 * lists, cookie banners). No entry was added for one site.
 */
final class ClassWords {
    /** Furniture that is never the article: removed before scoring (unless a {@link #CONTENT} word is there too). */
    static final Set<String> UNLIKELY = Set.of("ad", "ads", "advert", "adverts", "advertisement", "advertising", "agegate", "banner",
            "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "commentlist", "community", "disqus", "extra", "footer",
            "gdpr", "consent", "cookie", "cookies", "header", "masthead", "legends", "menu", "menus", "navbar", "nav", "navigation",
            "related", "relatedposts", "relatedlinks", "remark", "replies", "rss", "shoutbox", "sidebar", "sidebars", "skyscraper",
            "social", "sponsor", "sponsored", "supplemental", "pagination", "pager", "popup", "newsletter", "newsletters",
            "subscribe", "subscription", "signup", "share", "sharing", "sharebar", "sharetools", "sharedaddy", "outbrain",
            "taboola", "recommended", "recommendations", "trending", "popular", "toolbar", "widget", "widgets", "promo", "promos",
            "skip", "print", "taglist", "tags", "topics", "carousel", "slideshow", "gallery", "playlist", "modal",
            "overlay", "dialog", "login", "cta", "readmore", "player");

    /** Words that keep an element even when a furniture word is in its class too (Readability's okMaybeItsACandidate). */
    static final Set<String> CONTENT = Set.of("article", "body", "column", "content", "main", "mathjax", "shadow", "story",
            "entry", "post", "text", "prose");

    /** Words that raise an element's score (Readability's positive expression). */
    static final Set<String> POSITIVE = Set.of("article", "articles", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "post", "text", "blog", "story", "prose", "copy");

    /** Words that lower an element's score (Readability's negative expression). */
    static final Set<String> NEGATIVE = Set.of("ad", "ads", "hidden", "hid", "banner", "combx", "comment", "comments", "com",
            "contact", "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
            "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "byline", "caption", "credit", "newsletter",
            "subscribe", "social", "recommended", "trending", "popular", "nav", "menu");

    /** A byline or dateline area (Readability's byline expression, as words). */
    static final Set<String> BYLINE = Set.of("byline", "bylines", "author", "authors", "dateline", "writtenby");

    /** First words that make a token a taxonomy or state class rather than a name for the element. */
    private static final Set<String> PREFIXES = Set.of("tag", "tags", "category", "categories", "cat", "format", "type", "status",
            "has", "is", "with", "no", "not", "js", "lang", "term");

    /** Last words that make a token a state (the element may be anything). */
    private static final Set<String> STATES = Set.of("enabled", "disabled", "active", "inactive", "open", "opened", "closed",
            "visible", "loaded", "loading", "ready", "on", "off", "expanded", "collapsed", "sticky", "fixed");

    /** Words from here on describe something else. */
    private static final Set<String> BREAKS = Set.of("with", "without", "has", "no", "and");

    private ClassWords() {}

    /** The words of an element's class tokens and id that say what it is (taxonomy and state tokens dropped). */
    static List<String> of(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return List.of();
        List<String> out = new ArrayList<>();
        for (String c : e.classNames()) addToken(c, out);
        addToken(e.id(), out);
        return out;
    }

    private static void addToken(String token, List<String> out) {
        if (token == null || token.isEmpty() || token.length() > 200) return;
        List<String> words = split(token);
        if (words.isEmpty()) return;
        if (words.size() > 1 && (PREFIXES.contains(words.get(0)) || STATES.contains(words.get(words.size() - 1)))) return;
        for (String w : words) {
            if (BREAKS.contains(w)) break;
            out.add(w);
        }
    }

    /** Splits at non-letters and at lower→upper case changes; lower-cased. */
    static List<String> split(String token) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean letter = Character.isLetter(c);
            if (!letter || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
                if (w.length() > 0) words.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
            if (letter) w.append(c);
            prev = c;
        }
        if (w.length() > 0) words.add(w.toString().toLowerCase(Locale.ROOT));
        return words;
    }

    static boolean any(List<String> words, Set<String> set) {
        for (String w : words) if (set.contains(w)) return true;
        return false;
    }

    /** Page furniture by its class or id: an unlikely word and no content word. */
    static boolean isUnlikely(List<String> words) {
        return any(words, UNLIKELY) && !any(words, CONTENT);
    }

    /** True when the element's class or id says it is page furniture (see {@link #isUnlikely(List)}). */
    static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            List<String> w = of(e);
            return tag.equals("article") && any(w, Set.of("comment", "comments")) && !any(w, CONTENT);
        }
        return isUnlikely(of(e));
    }

    /** Readability's class weight: -25 for a negative word, +25 for a positive one (each counted once). */
    static int weight(Element e) {
        List<String> w = of(e);
        int s = 0;
        if (any(w, NEGATIVE)) s -= 25;
        if (any(w, POSITIVE)) s += 25;
        return s;
    }
}
