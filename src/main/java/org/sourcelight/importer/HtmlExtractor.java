package org.sourcelight.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;

/**
 * Extracts an article from an HTML page: parses it with jsoup (untrusted input: nothing is executed and nothing is
 * fetched), reads the metadata, removes what is not article text, picks the main content element and writes it out
 * one paragraph per line with blank lines between, remembering which paragraphs were headings, captions, bylines,
 * body text or footer.
 */
final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption");
    private static final Pattern BYLINE_CLASS = Pattern.compile("(?:^|[-_])(?:byline|author|authors|dateline|timestamp|published|date|article-meta|meta)(?:[-_]|$)");

    /** Fewer characters than this, found only by letting removed furniture back in, are not taken as an article. */
    private static final int MIN_LOOSE_TEXT = 25;

    private HtmlExtractor() {}

    /** True for elements that start a new paragraph (as opposed to inline elements such as a, b, span). */
    static boolean isBlock(Element e) { return BLOCKS.contains(e.normalName()); }

    /**
     * @param html    the page's text
     * @param name    the file name or URL as given: in messages and as the article's origin
     * @param baseUrl the page's own URL (to make relative links absolute), or null
     * @param charset the charset the page was decoded with
     */
    static ImportedArticle extract(String html, String name, String baseUrl, String charset) throws ImportException {
        Document doc = parse(html, baseUrl);
        HtmlMetadata md = HtmlMetadata.read(doc);
        String title = md.title();
        // Attempts with fewer rules until one finds a whole article; if none does, the strictest one that found at least
        // half as much as the longest (a short article is better read without the furniture the looser rules let in).
        List<Writer> tries = new ArrayList<>();
        String contentByline = null;
        ArticleExtractor.Result last = null;
        int lastFlags = 0;
        boolean stripped = false;
        for (int flags : ArticleExtractor.ATTEMPTS) {
            if (last != null) {
                boolean same = !last.affected(lastFlags & ~flags); // the rules it drops changed nothing: same result
                lastFlags = flags;
                if (same) continue;
            }
            ArticleExtractor.Result r;
            if (last == null) {
                r = ArticleExtractor.find(doc, flags, title);
            } else if (ArticleExtractor.canFindAgain(last)) {
                r = ArticleExtractor.findAgain(last, flags); // the same tree with the cleaning undone
            } else {
                doc = parse(html, baseUrl); // class names removed furniture: start again from the bytes
                r = ArticleExtractor.find(doc, flags, title);
            }
            last = r;
            lastFlags = flags;
            Writer w = new Writer(title != null, r);
            for (Element e : r.elements()) w.write(e);
            if (contentByline == null) contentByline = r.byline();
            if ((flags & ArticleExtractor.STRIP_UNLIKELY) != 0) stripped = r.affected(ArticleExtractor.STRIP_UNLIKELY);
            // a few words found only by letting furniture back in are a share button or a menu, not an article
            else if (stripped && w.chars < MIN_LOOSE_TEXT) continue;
            tries.add(w);
            if (w.chars >= ArticleExtractor.CHAR_THRESHOLD) break;
        }
        Writer best = null;
        int longest = 0;
        for (Writer w : tries) longest = Math.max(longest, w.chars);
        for (Writer w : tries) {
            if (w.chars > 0 && w.chars * 2 >= longest) {
                best = w;
                break;
            }
        }
        if (best == null) best = tries.isEmpty() ? new Writer(title != null, null) : tries.get(0);
        if (best.count == 0) {
            Writer all = largestBlock(html, baseUrl, title != null); // the scorer found nothing: take what is there
            if (!stripped || all.chars >= MIN_LOOSE_TEXT) best = all;
        }
        if (best.count == 0) throw noText(name);
        if (title != null) best.prependTitle(title);
        String byline = md.byline() != null ? md.byline() : HtmlMetadata.byline(contentByline);
        // no date in the metadata: a dateline or byline date in the article's first lines
        String published = md.published() != null ? md.published() : ArticleDates.inFirstLines(best.out.toString(), java.time.LocalDate.now());
        ArticleMeta meta = new ArticleMeta(title, byline, published, md.url() != null ? md.url() : baseUrl, md.siteName(), name,
                md.modified(), md.language());
        return new ImportedArticle(best.out.toString(), meta, best.hints, charset);
    }

    private static Document parse(String html, String baseUrl) {
        return Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    }

    /** The whole body with only scripts, styles and embeds removed (hidden text included): the last resort. */
    private static Writer largestBlock(String html, String baseUrl, boolean titleKnown) {
        Document doc = parse(html, baseUrl);
        doc.select("script, style, noscript, template, svg, canvas, iframe, object, embed").remove();
        ArticleExtractor.Result r = new ArticleExtractor.Result(List.of(doc.body()), null, ArticleExtractor.measure(doc.body()));
        Writer w = new Writer(titleKnown, r);
        w.write(doc.body());
        return w;
    }

    private static ImportException noText(String name) {
        return new ImportException("No article text was found in " + name + ".");
    }

    /**
     * Writes paragraphs and their kinds while walking the content element (iteratively, so deeply nested pages cannot
     * exhaust the stack). Block elements start and end paragraphs; inline elements and single {@code <br>}s do not;
     * two {@code <br>}s in a row and line breaks inside {@code <pre>} do.
     */
    private static final class Writer implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final Map<Integer, BlockKind> hints = new LinkedHashMap<>();
        private final ArticleExtractor.Result measured;
        private final StringBuilder run = new StringBuilder();
        private final List<BlockKind> contexts = new ArrayList<>(); // kind of each open block element; null = unknown
        private BlockKind runKind;
        private int preDepth;
        private boolean afterBr;
        int count;
        /** Characters written, title excluded. */
        int chars;
        boolean titleSeen;

        /** @param titleKnown the page's metadata gave a title: every h1 in the text is then a sub-heading */
        Writer(boolean titleKnown, ArticleExtractor.Result measured) {
            this.titleSeen = titleKnown;
            this.measured = measured;
        }

        void write(Element container) {
            NodeTraversor.traverse(this, container);
            flush();
        }

        @Override public void head(Node node, int depth) {
            if (node instanceof TextNode) {
                text((TextNode) node);
                return;
            }
            if (!(node instanceof Element)) return;
            Element e = (Element) node;
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (afterBr || preDepth > 0) flush(); // <br><br>: a paragraph break in pages that do not use <p>
                else run.append(' ');
                afterBr = true;
                return;
            }
            afterBr = false;
            if (!BLOCKS.contains(tag)) return;
            flush();
            BlockKind kind = depth == 0 ? null : kindOf(e, context());
            if (tag.equals("pre")) {
                preDepth++;
                if (kind == null) kind = BlockKind.BODY;
            }
            contexts.add(kind);
        }

        @Override public void tail(Node node, int depth) {
            if (!(node instanceof Element) || !BLOCKS.contains(((Element) node).normalName())) return;
            flush();
            contexts.remove(contexts.size() - 1);
            if (((Element) node).normalName().equals("pre")) preDepth--;
        }

        private BlockKind context() {
            return contexts.isEmpty() ? null : contexts.get(contexts.size() - 1);
        }

        private void text(TextNode t) {
            if (preDepth > 0) {
                String[] lines = t.getWholeText().split("\\R", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) flush();
                    append(lines[i]);
                }
                return;
            }
            String s = t.text();
            append(s);
            if (!TextDecoder.isBlank(s)) afterBr = false;
        }

        private void append(String s) {
            if (runKind == null && !TextDecoder.isBlank(s)) runKind = context();
            run.append(s);
        }

        private BlockKind kindOf(Element e, BlockKind context) {
            if (context == BlockKind.FOOTER || context == BlockKind.CAPTION || context == BlockKind.BYLINE) return context;
            String tag = e.normalName();
            switch (tag) {
                case "h1":
                    return titleSeen || context == BlockKind.TITLE ? BlockKind.SUBHEADING : BlockKind.TITLE;
                case "h2": case "h3": case "h4": case "h5": case "h6":
                    return BlockKind.SUBHEADING;
                case "figcaption": case "caption":
                    return BlockKind.CAPTION;
                case "footer":
                    return BlockKind.FOOTER;
                default:
                    break;
            }
            if (isBylineArea(e, measured)) return BlockKind.BYLINE;
            if (tag.equals("p") || tag.equals("blockquote") || tag.equals("li") || tag.equals("dd")) return BlockKind.BODY;
            return context == BlockKind.TITLE || context == BlockKind.SUBHEADING ? null : context;
        }

        /** A short element marked as byline/author/date, or holding nothing but a {@code <time>}. */
        private static boolean isBylineArea(Element e, ArticleExtractor.Result measured) {
            if (measured == null) return false;
            boolean marked = e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("author")
                    || BYLINE_CLASS.matcher(e.id().toLowerCase(Locale.ROOT)).find();
            for (String c : e.classNames()) marked |= BYLINE_CLASS.matcher(c.toLowerCase(Locale.ROOT)).find();
            if (marked) return measured.textLength(e) <= 200;
            if (e.childrenSize() != 1 || !e.child(0).normalName().equals("time")) return false;
            return measured.textLength(e) == measured.textLength(e.child(0));
        }

        /** Ends the current paragraph: one line, whitespace folded, skipped when blank. */
        private void flush() {
            if (run.length() == 0) return;
            String p = oneLine(run);
            BlockKind kind = runKind;
            run.setLength(0);
            runKind = null;
            if (p.isEmpty()) return;
            if (count > 0) out.append("\n\n");
            out.append(p);
            if (kind != null) hints.put(count, kind);
            if (kind == BlockKind.TITLE) titleSeen = true;
            else chars += p.length();
            count++;
        }

        void prependTitle(String title) {
            String t = oneLine(new StringBuilder(title));
            if (t.isEmpty()) return;
            titleSeen = true;
            int firstEnd = out.indexOf("\n\n");
            if (out.substring(0, firstEnd < 0 ? out.length() : firstEnd).equals(t)) {
                hints.put(0, BlockKind.TITLE); // the headline is already the first paragraph, just not in an h1
                return;
            }
            Map<Integer, BlockKind> shifted = new LinkedHashMap<>();
            shifted.put(0, BlockKind.TITLE);
            for (Map.Entry<Integer, BlockKind> en : hints.entrySet()) shifted.put(en.getKey() + 1, en.getValue());
            hints.clear();
            hints.putAll(shifted);
            out.insert(0, t + "\n\n");
            count++;
        }

        /** Line breaks, control characters and runs of spaces become single spaces; the result is trimmed. */
        private static String oneLine(CharSequence s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
                if (blank) {
                    space = b.length() > 0;
                    continue;
                }
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
            return TextDecoder.isBlank(b.toString()) ? "" : b.toString();
        }
    }
}
