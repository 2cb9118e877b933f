package org.sourcelight.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold the article in a parsed page, in time linear in the page's size. The scoring follows
 * Mozilla Readability.js (paragraph text, commas and class names score a paragraph's parent and ancestors; link
 * density discounts them; the best candidate's siblings that score well join it; link-heavy or image-heavy blocks
 * inside are then dropped), with one difference that matters for hostile pages: every text length, link length, comma
 * count and element count is computed once, bottom-up, in one walk over the tree, so no candidate's text is ever read
 * again (Readability.js and the earlier importer re-read it, which is quadratic in the nesting depth).
 *
 * <p>Class and id names are read as whole words ({@link ClassWords}). Everything is in document order and ties go
 * to the earlier element, so the same page always gives the same article.
 */
final class ArticleExtractor {
    /** Flags of one attempt; later attempts drop them when the article found is shorter than {@link #CHAR_THRESHOLD}. */
    static final int STRIP_UNLIKELY = 1, WEIGHT_CLASSES = 2, CLEAN_CONDITIONALLY = 4, ALL = 7;
    /** The attempts in order: all rules, then without removing unlikely furniture, without class weights, without cleaning. */
    static final int[] ATTEMPTS = {ALL, WEIGHT_CLASSES | CLEAN_CONDITIONALLY, CLEAN_CONDITIONALLY, 0};
    /** Fewer characters than this and the next attempt is tried (Readability's default). */
    static final int CHAR_THRESHOLD = 500;

    private static final String NEVER_TEXT_TAGS = "script style noscript iframe frame frameset object embed applet template svg canvas "
            + "video audio map nav aside button input select textarea dialog link meta base form fieldset";
    private static final Set<String> NEVER_TEXT = Set.of(NEVER_TEXT_TAGS.split(" "));
    private static final Set<String> CHROME_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
            "dialog", "search");
    /** Tags a div holding any of them is not a paragraph (Readability's DIV_TO_P_ELEMS). */
    private static final Set<String> DIV_BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
            "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "main", "aside", "hr", "li");
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> ARTICLE_HOLDERS = Set.of("article", "main");
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_TOP_CANDIDATES = 3;

    /**
     * @param elements the article's elements, in document order (the best candidate and the siblings that join it)
     * @param byline   the text of the first byline element met in the page (for when the metadata names nobody), or null
     * @param stats    text lengths and counts per element, computed before cleaning (stale for removed parts)
     */
    record Result(List<Element> elements, String byline, Map<Element, Stats> stats, Effects effects, Prepared prepared) {
        Result(List<Element> elements, String byline, Map<Element, Stats> stats) {
            this(elements, byline, stats, new Effects(), null);
        }

        /** True when a rule among {@code flags} changed this attempt (so an attempt without it can differ). */
        boolean affected(int flags) {
            return (flags & STRIP_UNLIKELY) != 0 && effects.stripped || (flags & WEIGHT_CLASSES) != 0 && effects.weighted
                    || (flags & CLEAN_CONDITIONALLY) != 0 && effects.cleaned;
        }

        int textLength(Element e) {
            Stats s = stats.get(e);
            return s == null ? 0 : s.text;
        }
    }

    /** Which rules of an attempt changed anything: an attempt without a rule that changed nothing is the same attempt. */
    static final class Effects {
        boolean stripped, weighted, cleaned;
    }

    /**
     * The page after the removals every attempt makes, measured, and what the last attempt's cleaning removed. When
     * an attempt stripped nothing by class, the tree before cleaning is the one a new parse would give any attempt, so
     * the next attempt puts the cleaned elements back and starts from it instead of parsing the page again (a deeply
     * nested page costs one parse, not one per attempt).
     */
    static final class Prepared {
        final Element body;
        final String byline;
        final Map<Element, Stats> stats;
        /** Elements the cleaning took out, each with its parent and place there, in the order they went. */
        private final List<Removal> removed = new ArrayList<>();

        private Prepared(Element body, String byline, Map<Element, Stats> stats) {
            this.body = body;
            this.byline = byline;
            this.stats = stats;
        }

        /** Puts back what the cleaning removed, last removal first, so each goes back to the place it had. */
        private void restore() {
            for (int i = removed.size() - 1; i >= 0; i--) {
                Removal r = removed.get(i);
                r.parent().insertChildren(r.index(), r.node());
            }
            removed.clear();
            for (Stats st : stats.values()) {
                st.score = 0;
                st.candidate = false;
            }
        }
    }

    private record Removal(Node node, Element parent, int index) {}

    /** Figures of one element, summed over its subtree. */
    static final class Stats {
        int text;          // whitespace-folded text length
        double link;       // text length inside links (#fragment links weigh 0.3)
        int commas;
        int headingText;   // text inside h1-h6
        int p, img, li, embed, tr, dataMarks, tables, maxCols;
        int ownText;       // non-blank text directly in this element (not in child elements)
        boolean hasBlock;  // has a descendant in DIV_BLOCKS
        double score;
        boolean candidate;

        double linkDensity() { return text == 0 ? 0 : Math.min(1, link / text); }
    }

    private ArticleExtractor() {}

    /**
     * Removes what is never text, picks the article and cleans it, on {@code doc} (which is changed).
     *
     * @param title the article's title, so that a heading repeating it is dropped (it is shown as the title), or null
     */
    static Result find(Document doc, int flags, String title) {
        Element body = doc.body();
        Set<Element> holders = articleHolders(doc);
        Effects fx = new Effects();
        String byline = prepare(body, flags, title, holders, fx);
        return pick(new Prepared(body, byline, measure(body)), flags, fx);
    }

    /** True when {@link #findAgain} can run the next attempt on {@code last}'s tree: it stripped nothing by class. */
    static boolean canFindAgain(Result last) {
        return last.prepared() != null && !last.effects().stripped;
    }

    /**
     * The attempt with {@code flags} on the tree of {@code last} (see {@link #canFindAgain}), with what its cleaning
     * removed put back: the same result as {@link #find} on a new parse of the page, without parsing it again.
     */
    static Result findAgain(Result last, int flags) {
        if (!canFindAgain(last)) throw new IllegalArgumentException("the last attempt changed the page by class names");
        last.prepared().restore();
        return pick(last.prepared(), flags, new Effects());
    }

    private static Result pick(Prepared page, int flags, Effects fx) {
        List<Element> chosen = choose(page.body, page.stats, flags, fx);
        if ((flags & CLEAN_CONDITIONALLY) != 0 || (flags & WEIGHT_CLASSES) != 0) {
            List<Element> kept = new ArrayList<>();
            for (Element e : chosen) {
                clean(e, page, flags, fx);
                if (e == page.body || e.parent() != null) kept.add(e);
            }
            chosen = kept;
        }
        return new Result(List.copyOf(chosen), page.byline, page.stats, fx, page);
    }

    /** Elements that are or hold an article/main/articleBody: a site header or form around them is not furniture. */
    private static Set<Element> articleHolders(Document doc) {
        Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doc.select("article, main, [role=main], [itemprop=articleBody]")) {
            for (Element a = e; a != null && out.add(a); a = a.parent()) {
                // each ancestor is added once: linear in the page size
            }
        }
        return out;
    }

    /**
     * One walk removing scripts, styles, embeds, forms, hidden elements and chrome roles; the site's header and footer
     * (outside the article); with STRIP_UNLIKELY, elements whose class says furniture; the heading that repeats the
     * title. Returns the first byline element's text.
     */
    private static String prepare(Element root, int flags, String title, Set<Element> holders, Effects fx) {
        final String[] byline = {null};
        final boolean[] titleDropped = {title == null};
        final int[] inArticle = {0};
        final int[] inTableOrCode = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                return decide(node);
            }

            private FilterResult decide(Node node) {
                if (!(node instanceof Element)) return node.nodeName().equals("#comment") ? FilterResult.REMOVE : FilterResult.CONTINUE;
                Element e = (Element) node;
                if (e == root) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (NEVER_TEXT.contains(tag) && !(holders.contains(e))) return FilterResult.REMOVE;
                if (isHidden(e) || CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return FilterResult.REMOVE;
                if ((tag.equals("header") || tag.equals("footer") || e.attr("role").equalsIgnoreCase("banner")
                        || e.attr("role").equalsIgnoreCase("contentinfo")) && inArticle[0] == 0 && !holders.contains(e)) {
                    return FilterResult.REMOVE;
                }
                if ((flags & STRIP_UNLIKELY) != 0 && inTableOrCode[0] == 0 && !tag.equals("a") && !holders.contains(e)
                        && ClassWords.isUnlikely(e)) {
                    fx.stripped = true;
                    return FilterResult.REMOVE;
                }
                if (byline[0] == null && isBylineElement(e)) {
                    String t = HtmlMetadata.clean(boundedText(e, 120));
                    if (!t.isEmpty() && t.length() < 100) byline[0] = t;
                }
                if (!titleDropped[0] && (tag.equals("h1") || tag.equals("h2"))) {
                    String t = boundedText(e, 400);
                    if (similarity(title, t) > 0.75) {
                        titleDropped[0] = true;
                        return FilterResult.REMOVE;
                    }
                }
                if (ARTICLE_HOLDERS.contains(tag) || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) inArticle[0]++;
                if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) inTableOrCode[0]++;
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element) || node == root) return FilterResult.CONTINUE;
                Element e = (Element) node;
                String tag = e.normalName();
                if (ARTICLE_HOLDERS.contains(tag) || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) inArticle[0]--;
                if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) inTableOrCode[0]--;
                return FilterResult.CONTINUE;
            }
        }, root);
        return byline[0];
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if (e.attr("aria-hidden").equalsIgnoreCase("true") && !e.classNames().contains("fallback-image")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** rel=author, itemprop=author, or a class/id word such as byline, author, dateline. */
    static boolean isBylineElement(Element e) {
        if (e.attributesSize() == 0) return false;
        if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")) return true;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (!names.contains("author") && !names.contains("byline") && !names.contains("dateline") && !names.contains("writtenby")) {
            return false; // none of the words can be there: skip splitting
        }
        List<String> words = new ArrayList<>();
        for (String c : e.classNames()) words.addAll(ClassWords.split(c));
        words.addAll(ClassWords.split(e.id()));
        return ClassWords.any(words, ClassWords.BYLINE);
    }

    /**
     * The start of an element's text, at most {@code max} characters, reading at most a few thousand nodes (so a
     * check on a deeply nested element costs a bounded time).
     */
    static String boundedText(Element e, int max) {
        StringBuilder b = new StringBuilder();
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node n, int depth) {
                if (++nodes[0] > 4000 || b.length() >= max) return FilterResult.STOP;
                if (n instanceof TextNode) b.append(((TextNode) n).text());
                else if (n instanceof Element && ((Element) n).normalName().equals("br")) b.append(' ');
                else if (n instanceof Element && HtmlExtractor.isBlock((Element) n) && b.length() > 0) b.append(' ');
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node n, int depth) { return FilterResult.CONTINUE; }
        }, e);
        return b.length() > max ? b.substring(0, max) : b.toString();
    }

    /** Readability's text similarity: 1 − (length of b's words missing from a) / (length of b's words). */
    static double similarity(String a, String b) {
        if (a == null || b == null) return 0;
        Set<String> ta = new HashSet<>(words(a));
        List<String> tb = words(b);
        if (ta.isEmpty() || tb.isEmpty()) return 0;
        int all = 0, missing = 0;
        for (String w : tb) {
            all += w.length() + 1;
            if (!ta.contains(w)) missing += w.length() + 1;
        }
        return 1 - (double) missing / all;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** One post-order walk: every element's figures from its children's. */
    static Map<Element, Stats> measure(Element root) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            final List<Stats> open = new ArrayList<>();
            final List<Double> linkWeight = new ArrayList<>();
            int headingDepth;

            @Override public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    if (open.isEmpty()) return;
                    String s = ((TextNode) node).getWholeText();
                    int len = foldedLength(s);
                    if (len == 0) return;
                    Stats st = open.get(open.size() - 1);
                    st.text += len;
                    st.ownText += len;
                    st.commas += commas(s);
                    if (!linkWeight.isEmpty()) st.link += len * linkWeight.get(0);
                    if (headingDepth > 0) st.headingText += len;
                    return;
                }
                if (!(node instanceof Element)) return;
                Element e = (Element) node;
                Stats st = new Stats();
                stats.put(e, st);
                open.add(st);
                String tag = e.normalName();
                if (tag.equals("a")) linkWeight.add(e.attr("href").startsWith("#") ? 0.3 : 1.0);
                if (HEADINGS.contains(tag)) headingDepth++;
            }

            @Override public void tail(Node node, int depth) {
                if (!(node instanceof Element)) return;
                Element e = (Element) node;
                String tag = e.normalName();
                Stats st = open.remove(open.size() - 1);
                if (tag.equals("a")) linkWeight.remove(linkWeight.size() - 1);
                if (HEADINGS.contains(tag)) headingDepth--;
                switch (tag) {
                    case "p": st.p++; break;
                    case "img": st.img++; break;
                    case "li": st.li++; break;
                    case "object": case "embed": case "iframe": st.embed++; break;
                    case "tr": {
                        st.tr++;
                        int cells = 0;
                        for (Element c : e.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) cells++;
                        st.maxCols = Math.max(st.maxCols, cells);
                        break;
                    }
                    case "th": case "thead": case "tfoot": case "col": case "colgroup": case "caption": st.dataMarks++; break;
                    case "table": st.tables++; break;
                    default: break;
                }
                if (open.isEmpty()) return;
                Stats parent = open.get(open.size() - 1);
                parent.text += st.text;
                parent.link += st.link;
                parent.commas += st.commas;
                parent.headingText += st.headingText;
                parent.p += st.p;
                parent.img += st.img;
                parent.li += st.li;
                parent.embed += st.embed;
                parent.tr += st.tr;
                parent.dataMarks += st.dataMarks;
                parent.tables += st.tables;
                parent.maxCols = Math.max(parent.maxCols, st.maxCols);
                if (st.hasBlock || DIV_BLOCKS.contains(tag)) parent.hasBlock = true;
            }
        }, root);
        return stats;
    }

    /** Length with runs of white space counted as one character, leading and trailing white space not counted. */
    static int foldedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = n > 0;
                continue;
            }
            if (space) n++;
            space = false;
            n++;
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41' || c == '\u2E34'
                    || c == '\u2E32' || c == '\uFF0C') n++;
        }
        return n;
    }

    /** Scores the paragraphs' ancestors and returns the best candidate with the siblings that join it. */
    private static List<Element> choose(Element body, Map<Element, Stats> stats, int flags, Effects fx) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            Stats st = stats.get(e);
            if (st == null) continue;
            if (SCORED.contains(tag) || (tag.equals("div") && !st.hasBlock)) {
                if (st.text >= 25) addScore(e, 1 + st.commas + Math.min(st.text / 100, 3), stats, flags, candidates, fx);
            } else if (tag.equals("div") && st.ownText >= 25) {
                scoreInlineRuns(e, stats, flags, candidates, fx);
            }
        }
        if (candidates.isEmpty()) return List.of(body);
        for (Element c : candidates) {
            Stats st = stats.get(c);
            st.score *= 1 - st.linkDensity();
        }
        List<Element> top = new ArrayList<>(candidates);
        top.sort((a, b) -> Double.compare(stats.get(b).score, stats.get(a).score)); // stable: ties keep document order
        if (top.size() > TOP_CANDIDATES) top = top.subList(0, TOP_CANDIDATES);
        Element best = top.get(0);
        if (best == body) return List.of(body);
        double bestScore = stats.get(best).score;

        // Several good candidates under one ancestor: the ancestor is the article (Readability's alternative ancestors).
        List<Set<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (stats.get(top.get(i)).score / bestScore < 0.75) continue;
            Set<Element> anc = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element a = top.get(i).parent(); a != null; a = a.parent()) anc.add(a);
            alternatives.add(anc);
        }
        if (alternatives.size() >= MIN_TOP_CANDIDATES) {
            for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
                int in = 0;
                for (Set<Element> anc : alternatives) if (anc.contains(parent)) in++;
                if (in >= MIN_TOP_CANDIDATES) {
                    best = parent;
                    break;
                }
            }
        }
        if (!stats.get(best).candidate) initialize(best, stats, flags, fx);

        // A parent that scores higher than the candidate holds more of the article.
        double lastScore = stats.get(best).score;
        double threshold = lastScore / 3;
        for (Element parent = best.parent(); parent != null && parent != body && !parent.normalName().equals("html"); parent = parent.parent()) {
            Stats ps = stats.get(parent);
            if (ps == null || !ps.candidate) continue;
            if (ps.score < threshold) break;
            if (ps.score > lastScore) {
                best = parent;
                break;
            }
            lastScore = ps.score;
        }
        for (Element parent = best.parent(); parent != null && parent != body && parent.childrenSize() == 1; parent = best.parent()) {
            best = parent;
        }
        if (!stats.get(best).candidate) initialize(best, stats, flags, fx);
        Element parent = best.parent();
        if (parent == null || best == body) return List.of(best);

        // Siblings that look like more of the article join it.
        double topScore = stats.get(best).score;
        double siblingThreshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        String bestClass = best.className();
        for (Element s : parent.children()) {
            if (s == best) {
                out.add(s);
                continue;
            }
            Stats ss = stats.get(s);
            if (ss == null) continue;
            double bonus = !bestClass.isEmpty() && s.className().equals(bestClass) ? topScore * 0.2 : 0;
            if (ss.candidate && ss.score + bonus >= siblingThreshold) {
                out.add(s);
            } else if (s.normalName().equals("p")) {
                double ld = ss.linkDensity();
                if (ss.text > 80 && ld < 0.25) out.add(s);
                else if (ss.text > 0 && ss.text <= 80 && ld == 0) {
                    String t = s.text();
                    if (t.contains(". ") || t.endsWith(".")) out.add(s);
                }
            }
        }
        return out;
    }

    /** Runs of text and inline elements straight inside a div that also holds blocks: each run scores like a paragraph. */
    private static void scoreInlineRuns(Element div, Map<Element, Stats> stats, int flags, List<Element> candidates, Effects fx) {
        int text = 0, commas = 0;
        for (Node n : div.childNodes()) {
            boolean inline = n instanceof TextNode || (n instanceof Element && !HtmlExtractor.isBlock((Element) n)
                    && stats.get(n) != null && !stats.get(n).hasBlock);
            if (inline) {
                if (n instanceof TextNode) {
                    String s = ((TextNode) n).getWholeText();
                    text += foldedLength(s);
                    commas += commas(s);
                } else {
                    Stats st = stats.get(n);
                    text += st.text;
                    commas += st.commas;
                }
                continue;
            }
            if (text >= 25) addScoreFrom(div, 1 + commas + Math.min(text / 100, 3), stats, flags, candidates, fx);
            text = 0;
            commas = 0;
        }
        if (text >= 25) addScoreFrom(div, 1 + commas + Math.min(text / 100, 3), stats, flags, candidates, fx);
    }

    /** Adds a paragraph's score to its parent (in full), grandparent (half) and three more ancestors (a third of a level each). */
    private static void addScore(Element paragraph, double score, Map<Element, Stats> stats, int flags, List<Element> candidates,
                                 Effects fx) {
        Element parent = paragraph.parent();
        // A div whose only content is this paragraph is the paragraph (Readability replaces such divs by their p).
        Element child = paragraph;
        while (parent != null && parent.normalName().equals("div") && parent.childrenSize() == 1 && stats.get(parent) != null
                && stats.get(parent).ownText == 0 && stats.get(child) != null && stats.get(child).linkDensity() < 0.25) {
            child = parent;
            parent = parent.parent();
        }
        if (parent != null) addScoreFrom(parent, score, stats, flags, candidates, fx);
    }

    private static void addScoreFrom(Element first, double score, Map<Element, Stats> stats, int flags, List<Element> candidates,
                                     Effects fx) {
        Element a = first;
        for (int level = 0; level < 5 && a != null; level++, a = a.parent()) {
            if (a.parent() == null || a.normalName().equals("html") || a.normalName().equals("#root")) return;
            Stats st = stats.get(a);
            if (st == null) return;
            if (!st.candidate) {
                initialize(a, stats, flags, fx);
                candidates.add(a);
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            st.score += score / divider;
        }
    }

    private static void initialize(Element e, Map<Element, Stats> stats, int flags, Effects fx) {
        Stats st = stats.get(e);
        st.candidate = true;
        double s;
        switch (e.normalName()) {
            case "div": s = 5; break;
            case "pre": case "td": case "blockquote": s = 3; break;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s = -3; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s = -5; break;
            default: s = 0; break;
        }
        if ((flags & WEIGHT_CLASSES) != 0) {
            int w = ClassWords.weight(e);
            if (w != 0) fx.weighted = true;
            s += w;
        }
        st.score += s;
    }

    /**
     * Inside the chosen element: drops headings whose class says furniture, and (with CLEAN_CONDITIONALLY) tables,
     * lists and divs that look like link lists, image strips or widgets rather than text (Readability's
     * cleanConditionally, on the figures measured before cleaning). Data tables, code and figures are kept.
     */
    private static void clean(Element root, Prepared page, int flags, Effects fx) {
        Map<Element, Stats> stats = page.stats;
        boolean conditionally = (flags & CLEAN_CONDITIONALLY) != 0;
        boolean weigh = (flags & WEIGHT_CLASSES) != 0;
        final int[] keep = {0}; // inside a data table, code or a figure
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                FilterResult r = decide(node);
                // the traversal removes the node before it visits any other (and never removes the root): note its place
                if (r == FilterResult.REMOVE && node != root) page.removed.add(new Removal(node, (Element) node.parentNode(), node.siblingIndex()));
                return r;
            }

            private FilterResult decide(Node node) {
                if (!(node instanceof Element)) return FilterResult.CONTINUE;
                Element e = (Element) node;
                String tag = e.normalName();
                Stats st = stats.get(e);
                if (st == null) return FilterResult.CONTINUE;
                if (weigh && (tag.equals("h1") || tag.equals("h2"))) {
                    int w = ClassWords.weight(e);
                    if (w != 0) fx.weighted = true;
                    if (w < 0) {
                        fx.cleaned = true;
                        return FilterResult.REMOVE;
                    }
                }
                boolean keeper = tag.equals("code") || tag.equals("pre") || tag.equals("figure") || (tag.equals("table") && isDataTable(e, st));
                if (keeper) {
                    keep[0]++;
                    return FilterResult.CONTINUE;
                }
                if (conditionally && keep[0] == 0 && e != root.ownerDocument().body()
                        && (tag.equals("table") || tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section"))
                        && removeConditionally(e, tag, st, weigh, fx)) {
                    fx.cleaned = true;
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) {
                    Element e = (Element) node;
                    String tag = e.normalName();
                    Stats st = stats.get(e);
                    if (st != null && (tag.equals("code") || tag.equals("pre") || tag.equals("figure") || (tag.equals("table") && isDataTable(e, st)))) keep[0]--;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean removeConditionally(Element e, String tag, Stats st, boolean weigh, Effects fx) {
        int weight = weigh ? ClassWords.weight(e) : 0;
        if (weight != 0) fx.weighted = true;
        if (weight < 0) return true;
        if (st.commas >= 10) return false;
        boolean list = tag.equals("ul") || tag.equals("ol");
        int p = st.p;
        int img = st.img;
        int li = st.li - 100;
        double headingDensity = st.text == 0 ? 0 : (double) st.headingText / st.text;
        double ld = st.linkDensity();
        int len = st.text;
        if (img > 1 && (double) p / img < 0.5) return true;
        if (!list && li > p) return true;
        if (!list && headingDensity < 0.9 && len < 25 && (img == 0 || img > 2)) return true;
        if (!list && weight < 25 && ld > 0.2) return true;
        if (weight >= 25 && ld > 0.5) return true;
        return (st.embed == 1 && len < 75) || st.embed > 1;
    }

    /** Readability's data-table test: marked as data, or big enough to be a grid rather than layout. */
    private static boolean isDataTable(Element table, Stats st) {
        if (table.attr("role").equalsIgnoreCase("presentation") || table.attr("datatable").equals("0")) return false;
        if (table.hasAttr("summary") || st.dataMarks > 0) return true;
        if (st.tables > 1) return false; // holds another table: layout
        return st.tr >= 10 || st.maxCols > 4 || st.tr * st.maxCols > 10;
    }
}
