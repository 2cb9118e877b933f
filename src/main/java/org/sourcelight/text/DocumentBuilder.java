package org.sourcelight.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Block;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Span;

/**
 * Turns an article's original text into a {@link TextDocument}: normalizes it, splits paragraphs, recovers the
 * structure a plain-text copy of a news page carries (breadcrumb, title, photo captions, sub-headings, datelines,
 * bylines, site footer), then splits sentences and finds quotations. Stateless and thread-safe once built.
 */
public final class DocumentBuilder {
    // Every pattern here runs over one paragraph, which may be megabytes long: each is bounded (no unbounded repeat
    // of a group, which recurses once per repeat) and is only tried on paragraphs short enough to be what it finds.
    private static final int MAX_BREADCRUMB = 300;
    private static final int MAX_CREDIT_PARAGRAPH = 400;
    private static final int DATELINE_WINDOW = 200;
    private static final int MAX_POSTED_LINE = 200;
    private static final Pattern BREADCRUMB = Pattern.compile("^[\\p{L}][\\p{L}\\p{N} .'&-]{0,40}( / [\\p{L}][\\p{L}\\p{N} .'&-]{0,40}){1,6}$");
    private static final Pattern CREDIT = Pattern.compile(
            "\\((?:[^()]{0,40}\\b)?(?:photo|photos|image|picture|file photo|via|credit|courtesy)\\b[^()]{0,60}\\)\\s*$|"
                    + "\\b(?:Getty Images|AFP|Reuters|AP Photo|EPA|Anadolu)\\)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[A-Z][A-Z'.-]{1,30})(?: [A-Z][A-Z'.-]{1,30}){0,5}(?:, [\\p{L}][\\p{L} .'-]{1,40})?(?: \\([^)]{1,30}\\))?) ?[\u2013\u2014-]{1,2} ");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY) [\\p{Lu}][\\p{L} .,'-]{1,80}$");
    /**
     * A time-stamp line before the story, as news sites print it under the headline: "Posted: Nov 28, 2026 4:00 AM",
     * "CBC News · Posted: …", "Jane Roe | Updated 3 hours ago", "Published 10:32 GMT, 28 November 2026". Read as
     * part of the byline, never as the story's first sentence.
     */
    private static final Pattern POSTED = Pattern.compile(
            "^(?:[^\\n]{1,100}?\\s[\u00B7|\u2022]\\s+)?(?:Posted|Updated|Published|Last updated|First published)"
                    + "(?::|\\s+(?:on|at)\\b|\\s+by\\s+\\p{Lu}|\\s+\\d|\\s+(?:an?|\\d+|one|two|three)\\s+(?:hours?|minutes?|days?|weeks?)\\s+ago"
                    + "|\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{L}*\\b)[^\\n]{0,100}$");

    private final SentenceSplitter splitter;
    private final QuoteFinder quotes = new QuoteFinder();
    private final List<Pattern> footerPatterns;
    private final Lexicon roleNouns;

    public DocumentBuilder(SentenceSplitter splitter, List<Pattern> footerPatterns, Lexicon roleNouns) {
        this.splitter = splitter;
        this.footerPatterns = List.copyOf(footerPatterns);
        this.roleNouns = roleNouns;
    }

    /** The builder over the word lists of {@code lexicons} (abbreviations, footer patterns, role nouns). */
    public static DocumentBuilder of(LexiconSet lexicons) {
        List<Pattern> footers = new ArrayList<>();
        for (String s : lexicons.get("footer-patterns").entries()) footers.add(Pattern.compile(s, Pattern.CASE_INSENSITIVE));
        return new DocumentBuilder(new SentenceSplitter(lexicons.get("abbreviations")), footers, lexicons.get("role-nouns"));
    }

    private static final class Shipped {
        static final DocumentBuilder BUILDER = of(LexiconSet.shipped());
    }

    /** The builder with the shipped lexicons (built once). */
    public static DocumentBuilder standard() { return Shipped.BUILDER; }

    public TextDocument build(String original, ArticleMeta meta) {
        return build(original, meta, Map.of());
    }

    /**
     * @param hints block kinds known from the source (HTML import), by paragraph index; they win over guessing
     */
    public TextDocument build(String original, ArticleMeta meta, Map<Integer, BlockKind> hints) {
        Normalizer.Result n = Normalizer.normalize(original);
        String text = n.text();
        List<Span> paragraphs = paragraphs(text);
        List<Block> blocks = classify(text, paragraphs, meta, hints);
        List<Sentence> sentences = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == BlockKind.FOOTER || b.kind() == BlockKind.BREADCRUMB || b.kind() == BlockKind.DATELINE) continue;
            for (Span s : splitter.split(text, b.start(), b.end())) {
                sentences.add(new Sentence(sentences.size(), s.start(), s.end(), b.paragraph(), b.kind()));
            }
        }
        List<Span> quotable = new ArrayList<>();
        for (Block b : blocks) if (b.kind() != BlockKind.FOOTER && b.kind() != BlockKind.BREADCRUMB) quotable.add(b.span());
        List<QuoteSpan> qs = quotes.find(text, quotable, original, n.map());
        return new TextDocument(original, text, n.map(), meta == null ? ArticleMeta.empty() : meta, paragraphs, blocks, sentences, qs);
    }

    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int br = text.indexOf("\n\n", start);
            int end = br < 0 ? text.length() : br;
            if (end > start) out.add(new Span(start, end));
            if (br < 0) break;
            start = br + 2;
        }
        return out;
    }

    private List<Block> classify(String text, List<Span> paragraphs, ArticleMeta meta, Map<Integer, BlockKind> hints) {
        int count = paragraphs.size();
        BlockKind[] kinds = new BlockKind[count];
        // footer: the first footer-looking paragraph in the last part of the article, and everything after it
        int footerFrom = count;
        int earliest = Math.max(1, count - Math.max(8, count / 3));
        for (int i = earliest; i < count; i++) {
            String p = paragraphs.get(i).of(text);
            if (matchesAny(footerPatterns, p)) { footerFrom = i; break; }
        }
        boolean titleSeen = false;
        boolean bodySeen = false;
        for (int i = 0; i < count; i++) {
            BlockKind hint = hints == null ? null : hints.get(i);
            String p = paragraphs.get(i).of(text);
            BlockKind k;
            if (hint != null) k = hint;
            else if (i >= footerFrom) k = BlockKind.FOOTER;
            else if (!titleSeen && !bodySeen && i < 2 && p.length() <= MAX_BREADCRUMB && BREADCRUMB.matcher(p).matches()) {
                k = BlockKind.BREADCRUMB;
            }
            else if (!titleSeen && !bodySeen && looksLikeTitle(p, meta)) k = BlockKind.TITLE;
            else if (!bodySeen && (BYLINE.matcher(p).matches() || p.length() <= MAX_POSTED_LINE && POSTED.matcher(p).matches())) {
                k = BlockKind.BYLINE;
            }
            else if (p.length() < MAX_CREDIT_PARAGRAPH && mayEndInCredit(p) && CREDIT.matcher(p).find()) k = BlockKind.CAPTION;
            else if (isQuoteCredit(p) || isPostCredit(p) || i > 0 && kinds[i - 1] == BlockKind.BODY && isCreditLine(p)
                    && endsWithQuote(paragraphs.get(i - 1).of(text))) k = BlockKind.BODY;
            else if (bodySeen && isNameCaption(p)) k = BlockKind.CAPTION;
            else if (titleSeen && isShortHeading(p)) k = BlockKind.SUBHEADING;
            else k = BlockKind.BODY;
            if (k == BlockKind.TITLE) titleSeen = true;
            if (k == BlockKind.BODY) bodySeen = true;
            kinds[i] = k;
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Span p = paragraphs.get(i);
            if (kinds[i] == BlockKind.BODY) {
                Matcher m = DATELINE.matcher(text).region(p.start(), Math.min(p.end(), p.start() + DATELINE_WINDOW));
                if (m.lookingAt() && m.end() < p.end()) {
                    blocks.add(new Block(BlockKind.DATELINE, p.start(), m.end(), i));
                    blocks.add(new Block(BlockKind.BODY, m.end(), p.end(), i));
                    continue;
                }
            }
            blocks.add(new Block(kinds[i], p.start(), p.end(), i));
        }
        return blocks;
    }

    /** The agencies {@link #CREDIT}'s second branch ends with, lower case. */
    private static final List<String> CREDIT_AGENCIES = List.of("getty images", "afp", "reuters", "ap photo", "epa", "anadolu");

    /**
     * A literal prefilter for {@link #CREDIT}, true whenever it can match: both branches end the paragraph (then
     * only white space and one line end may follow) with ")" or an agency's name. Most paragraphs end with a full
     * stop and are settled by this test instead of a regex search from every position.
     */
    static boolean mayEndInCredit(String p) {
        int e = p.length();
        while (e > 0 && isTrailing(p.charAt(e - 1))) e--;
        if (e == 0) return false;
        if (p.charAt(e - 1) == ')') return true;
        for (String a : CREDIT_AGENCIES) if (e >= a.length() && p.regionMatches(true, e - a.length(), a, 0, a.length())) return true;
        return false;
    }

    /** What may follow a {@link #CREDIT} match: {@code \s} and the line terminators {@code $} may stand before. */
    private static boolean isTrailing(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    private static boolean matchesAny(List<Pattern> ps, String s) {
        for (Pattern p : ps) if (p.matcher(s).find()) return true;
        return false;
    }

    private static boolean looksLikeTitle(String p, ArticleMeta meta) {
        if (meta != null && meta.title() != null && p.strip().equalsIgnoreCase(meta.title().strip())) return true;
        if (p.length() > 200 || p.length() < 3) return false;
        if (p.endsWith(".") && wordCount(p) > 20) return false;
        return !p.endsWith(",");
    }

    /**
     * A quotation credited by a dash and a name, as in listicles, epigraphs and vox-pops ('"..." ― Jane Roe'):
     * the paragraph opens with a quotation mark and its last one is followed by a dash and a capital. Words a
     * person said, so body text, not a sub-heading, however short.
     */
    static boolean isQuoteCredit(String p) {
        if (p.length() > 2000 || p.length() < 2) return false;
        char mark = p.charAt(0);
        // a single mark opens a quotation before a letter or digit (British style: "'...' ― Jane Roe")
        if (mark != '"' && !(mark == '\'' && Character.isLetterOrDigit(p.charAt(1)))) return false;
        int close = p.lastIndexOf(mark);
        return close > 0 && isCreditLine(p.substring(close + 1).stripLeading());
    }

    /**
     * An embedded social-media post as it reads in plain text: its words, then a dash, its author's name and handle
     * ("... — Ann Lee (@annlee) March 3, 2026"). Body text: the author's words.
     */
    static boolean isPostCredit(String p) {
        if (p.length() > 2000) return false;
        int handle = p.lastIndexOf(" (@");
        if (handle < 0) return false;
        for (int k = handle - 1; k > 0 && handle - k <= 60; k--) {
            if (isDashChar(p.charAt(k)) && p.charAt(k - 1) == ' ') return isCreditLine(p.substring(k, handle));
        }
        return false;
    }

    /** A dash, then (after optional white space) a capital: '― Jane Roe', '- Jane Roe, Toronto.', '--Jane Roe'. */
    static boolean isCreditLine(String p) {
        if (p.length() > 200) return false;
        int k = 0, dashes = 0;
        while (k < p.length() && dashes < 3 && isDashChar(p.charAt(k))) { k++; dashes++; }
        if (dashes == 0) return false;
        while (k < p.length() && p.charAt(k) == ' ') k++;
        return k < p.length() && Character.isUpperCase(p.charAt(k));
    }

    private static boolean isDashChar(char c) { return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015'; }

    /**
     * True when the paragraph's last visible character (before a final stop) is a quotation mark: a double one, or
     * a single one right after a stop, comma, "!" or "?", or closing a paragraph that opens with one (a closing
     * mark, not a plural possessive's apostrophe).
     */
    private static boolean endsWithQuote(String p) {
        int e = p.length();
        while (e > 0 && (Character.isWhitespace(p.charAt(e - 1)) || p.charAt(e - 1) == '.')) e--;
        if (e > 0 && p.charAt(e - 1) == '"') return true;
        if (e < 2 || p.charAt(e - 1) != '\'') return false;
        boolean opensWithQuote = p.length() > 1 && p.charAt(0) == '\'' && Character.isLetterOrDigit(p.charAt(1)); // "'It was a disaster'."
        return ".,!?\u2026".indexOf(p.charAt(e - 2)) >= 0 || opensWithQuote;
    }

    private static boolean isShortHeading(String p) {
        if (p.length() > 110 || wordCount(p) > 16) return false;
        int i = p.length() - 1;
        while (i > 0 && (p.charAt(i) == '"' || p.charAt(i) == '\'' || p.charAt(i) == ')' || p.charAt(i) == ']')) i--;
        char last = p.charAt(i);
        return last != '.' && last != ',' && last != ':' && last != ';' && last != '!' && last != '?' && last != '…';
    }

    /** A short line naming a person by role, as under a portrait: "Russian Foreign Ministry spokeswoman Maria Zakharova". */
    private boolean isNameCaption(String p) {
        if (p.length() > 100 || wordCount(p) > 10) return false;
        char last = p.charAt(p.length() - 1);
        if (!Character.isLetter(last)) return false;
        String[] words = p.split(" ");
        if (words.length < 2) return false;
        String lastWord = words[words.length - 1];
        String prevWord = words[words.length - 2];
        if (!Character.isUpperCase(lastWord.charAt(0)) || !Character.isUpperCase(prevWord.charAt(0))) return false;
        boolean role = false;
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0))) {
                if (roleNouns.containsIgnoreCase(w)) role = true;
                else if (!w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("for")) return false;
            } else if (roleNouns.containsIgnoreCase(w)) {
                role = true;
            }
        }
        return role;
    }

    private static int wordCount(String s) {
        int c = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) c++;
            in = w;
        }
        return c;
    }
}
