package org.sourcelight.importer;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Picks the element that holds the article: the largest {@code <article>}, {@code [itemprop=articleBody]} or
 * {@code <main>} with real text in it; otherwise the element that a small readability-style scorer rates highest
 * (paragraph text, commas and class names count for it, links and furniture-like class names against it); otherwise
 * the body.
 */
final class MainContent {
    /** Less non-link text than this and a semantic container is a teaser card, not the article. */
    static final int MIN_TEXT = 200;
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|page|post|text|blog|story");

    private MainContent() {}

    static Element find(Document doc) {
        for (String query : new String[] {"article", "[itemprop=articleBody]", "main, [role=main]"}) {
            Element best = null;
            int bestLen = MIN_TEXT - 1;
            for (Element e : doc.select(query)) {
                if (HtmlCleaner.isJunk(e)) continue;
                int len = ownTextLength(e);
                if (len > bestLen) {
                    best = e;
                    bestLen = len;
                }
            }
            if (best != null) return best;
        }
        Element scored = bestScored(doc);
        return scored != null ? scored : doc.body();
    }

    /** Text length outside links: what a reader would read there. */
    static int ownTextLength(Element e) {
        int len = e.text().length();
        for (Element a : e.select("a")) len -= a.text().length();
        return Math.max(0, len);
    }

    private static Element bestScored(Document doc) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.select("p, pre, td, blockquote, div")) {
            if (p.normalName().equals("div") && hasBlockChild(p)) continue; // a div of plain text counts as a paragraph
            String text = p.text();
            if (text.length() < 25) continue;
            double score = 1 + count(text, ',') + Math.min(3, text.length() / 100);
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, score + initial(parent), (a, b) -> a + score);
            Element grand = parent.parent();
            if (grand != null) scores.merge(grand, score / 2 + initial(grand), (a, b) -> a + score / 2);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element e = en.getKey();
            double s = en.getValue() * (1 - linkDensity(e));
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) if (HtmlExtractor.isBlock(c)) return true;
        return false;
    }

    private static double initial(Element e) {
        double s = 0;
        String tag = e.normalName();
        if (tag.equals("div")) s += 5;
        else if (tag.equals("blockquote") || tag.equals("pre") || tag.equals("td")) s += 3;
        else if (tag.equals("ol") || tag.equals("ul") || tag.equals("form")) s -= 3;
        else if (tag.matches("h[1-6]")) s -= 5;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (HtmlCleaner.isJunk(e)) s -= 25;
        else if (POSITIVE.matcher(names).find()) s += 25;
        return s;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        Elements links = e.select("a");
        int linked = 0;
        for (Element a : links) linked += a.text().length();
        return Math.min(1.0, (double) linked / total);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
