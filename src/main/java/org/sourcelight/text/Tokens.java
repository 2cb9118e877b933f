package org.sourcelight.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Sentence;

/**
 * The one tokenization of a document, computed once ({@link TextDocument#tokens()}) and shared by every analyser.
 * The text is cut into base tokens with their offsets:
 * <ul>
 *   <li>{@link Kind#WORD}: a maximal run of letters and digits ("Russia", "2016", "al" in "al-Tanf");</li>
 *   <li>{@link Kind#MARK}: a run of combining marks (as in a decomposed "é");</li>
 *   <li>{@link Kind#SYMBOL}: any other visible character, one per token ({@code , . " ' - ( …}).</li>
 * </ul>
 * White space separates tokens and is never part of one. Each token carries features computed once: capitalised,
 * starts with a digit, its lower-case form (one string and one {@link #form id} per distinct form of the
 * document, so an analyser may keep what it learns of a word in an array indexed by form) and its folded form
 * (lower case, accents dropped), the sentence it belongs to and whether it lies inside a quotation. An analyser reads its own kind of word from these base
 * tokens with {@link #joinedEnd} ("U.S.", "so-called", "country's" are words joined by one inner symbol), so no
 * analyser scans characters again. Lucene's analysis chain is the model. Linear in the text.
 * <p>
 * Safe to share between threads: features computed on first use are immutable values written idempotently.
 */
public final class Tokens {
    public enum Kind { WORD, MARK, SYMBOL }

    private static final byte WORD = 0, MARK = 1, SYMBOL = 2;
    private static final Kind[] KINDS = Kind.values();
    private static final byte SINGLE_MARK = 1, POSSESSIVE = 2, ASCII_ONLY = 4;

    private final String text;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final byte[] kinds;
    /** The first character of each token (read once, at build: {@code charAt} on UTF-16 text costs more). */
    private final char[] firsts;
    private final int[] sentences;
    private final boolean[] quoted;
    /** {@link #SINGLE_MARK}, {@link #POSSESSIVE} and {@link #ASCII_ONLY} bits per token. */
    private final byte[] flags;
    /** The lower-case form of each token, as an index into {@link #vocabulary}. */
    private final int[] forms;
    /** The distinct lower-case forms, each once. */
    private final String[] vocabulary;
    /** True for a token written as its lower-case form. */
    private final boolean[] asLower;
    private final String[] folded;
    private final java.util.concurrent.ConcurrentHashMap<String, String> foldedForms = new java.util.concurrent.ConcurrentHashMap<>();

    private Tokens(String text, int size, int[] starts, int[] ends, byte[] kinds, char[] firsts, int[] sentences,
                   boolean[] quoted, byte[] flags, int[] forms, String[] vocabulary, boolean[] asLower) {
        this.text = text;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.firsts = firsts;
        this.sentences = sentences;
        this.quoted = quoted;
        this.flags = flags;
        this.forms = forms;
        this.vocabulary = vocabulary;
        this.asLower = asLower;
        this.folded = new String[size];
    }

    /** The tokens of a bare string (a word-list entry, a name): no sentences, nothing quoted. */
    public static Tokens of(String text) { return build(text, 0, text.length(), List.of(), List.of()); }

    /** The tokens of {@code text[from, to)} only, with offsets into {@code text}: no sentences, nothing quoted. */
    public static Tokens of(String text, int from, int to) { return build(text, from, to, List.of(), List.of()); }

    /** The tokens of a document's normalized text, with its sentences (sorted) and quotations (sorted by start). */
    static Tokens build(String text, List<Sentence> sentenceList, List<QuoteSpan> quotes) {
        return build(text, 0, text.length(), sentenceList, quotes);
    }

    /** Character classes of ASCII: 0 space, 1 word, 2 symbol (anything else is looked up). */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = Character.isWhitespace((char) c) ? 0 : isWordChar((char) c) ? (byte) 1 : (byte) 2;
        }
    }

    private static Tokens build(String text, int from, int n, List<Sentence> sentenceList, List<QuoteSpan> quotes) {
        char[] cs = new char[n - from];
        text.getChars(from, n, cs, 0);
        int cap = Math.max(16, (n - from) / 4);
        int[] s = new int[cap], e = new int[cap];
        byte[] k = new byte[cap];
        int size = 0;
        int len = cs.length;
        int i = 0;
        while (i < len) {
            char c = cs[i];
            int cls = c < 128 ? ASCII[c] : classOf(c);
            if (cls == 0) { i++; continue; }
            int end = i + 1;
            byte kind;
            if (cls == 1) {
                while (end < len) {
                    char d = cs[end];
                    if (d < 128 ? ASCII[d] != 1 : !Character.isLetterOrDigit(d)) break;
                    end++;
                }
                kind = WORD;
            } else if (cls == 3) {
                while (end < len && Character.getType(cs[end]) == Character.NON_SPACING_MARK) end++;
                kind = MARK;
            } else {
                kind = SYMBOL;
            }
            if (size == s.length) {
                int c2 = size * 2;
                s = Arrays.copyOf(s, c2);
                e = Arrays.copyOf(e, c2);
                k = Arrays.copyOf(k, c2);
            }
            s[size] = from + i;
            e[size] = from + end;
            k[size] = kind;
            size++;
            i = end;
        }
        int[] sent = new int[size];
        boolean[] q = new boolean[size];
        int[] f = new int[size];
        boolean[] w = new boolean[size];
        byte[] flags = new byte[size];
        char[] firsts = new char[size];
        LowerForms lower = new LowerForms(size);
        int si = 0, qi = 0;
        int lastSentence = Math.max(0, sentenceList.size() - 1);
        int[] sentenceEnds = new int[sentenceList.size()]; // read per token: an array, not a list look-up
        for (int x = 0; x < sentenceEnds.length; x++) sentenceEnds[x] = sentenceList.get(x).end();
        for (int t = 0; t < size; t++) {
            int at = s[t];
            firsts[t] = cs[at - from];
            while (si < lastSentence && sentenceEnds[si] <= at) si++;
            sent[t] = si;
            while (qi < quotes.size() && quotes.get(qi).end() <= at) qi++;
            q[t] = insideContent(quotes, qi, at);
            f[t] = lower.id(cs, at - from, e[t] - from, text, at);
            w[t] = lower.lastWrittenLower();
            if (lower.lastAscii()) flags[t] = ASCII_ONLY;
        }
        singleMarks(text, s, size, quotes, flags);
        possessives(text, s, e, k, firsts, size, flags);
        return new Tokens(text, size, s, e, k, firsts, sent, q, flags, f, lower.vocabulary(), w);
    }

    /** Marks the {@code '} tokens that open or close one of {@code quotes}. */
    private static void singleMarks(String text, int[] s, int size, List<QuoteSpan> quotes, byte[] flags) {
        for (QuoteSpan qs : quotes) {
            if (text.charAt(qs.start()) == '\'') mark(s, size, qs.start(), flags);
            if (qs.closed() && qs.end() > qs.start() + 1 && text.charAt(qs.end() - 1) == '\'') mark(s, size, qs.end() - 1, flags);
        }
    }

    private static void mark(int[] s, int size, int at, byte[] flags) {
        int t = Arrays.binarySearch(s, 0, size, at);
        if (t >= 0) flags[t] |= SINGLE_MARK;
    }

    /** Marks the apostrophes of plural possessives: "s" + {@code '} + a space + a word, the mark not a quote's. */
    private static void possessives(String text, int[] s, int[] e, byte[] k, char[] firsts, int size, byte[] flags) {
        for (int t = 1; t + 1 < size; t++) {
            if (k[t] != SYMBOL || firsts[t] != '\'' || (flags[t] & SINGLE_MARK) != 0) continue;
            if (k[t - 1] != WORD || e[t - 1] != s[t]) continue;
            char last = text.charAt(s[t] - 1);
            if (last != 's' && last != 'S') continue;
            if (k[t + 1] != WORD || s[t + 1] != s[t] + 2 || !Character.isWhitespace(text.charAt(s[t] + 1))) continue;
            flags[t] |= POSSESSIVE;
        }
    }

    /** 0 space, 1 word, 2 symbol, 3 combining mark, for a character outside ASCII. */
    private static int classOf(char c) {
        if (Character.isLetterOrDigit(c)) return 1;
        if (Character.isWhitespace(c)) return 0;
        return Character.getType(c) == Character.NON_SPACING_MARK ? 3 : 2;
    }

    private static boolean insideContent(List<QuoteSpan> quotes, int from, int at) {
        for (int k = from; k < quotes.size() && quotes.get(k).start() <= at; k++) {
            QuoteSpan qs = quotes.get(k);
            if (at >= qs.contentStart() && at < qs.contentEnd()) return true;
        }
        return false;
    }

    /** True for the characters words are made of: letters and digits. */
    public static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return Character.isLetterOrDigit(c);
    }

    public String text() { return text; }

    public int size() { return size; }

    public int start(int i) { return starts[i]; }

    public int end(int i) { return ends[i]; }

    public Kind kind(int i) { return KINDS[kinds[i]]; }

    public boolean isWord(int i) { return kinds[i] == WORD; }

    public boolean isMark(int i) { return kinds[i] == MARK; }

    public boolean isSymbol(int i) { return kinds[i] == SYMBOL; }

    /** The character of a symbol token (or the first character of any token). */
    public char first(int i) { return firsts[i]; }

    /** True when a word starts with an upper-case letter. */
    public boolean capitalised(int i) {
        if (kinds[i] != WORD) return false;
        char c = firsts[i];
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** True when a word starts with a digit. */
    public boolean digit(int i) {
        if (kinds[i] != WORD) return false;
        char c = firsts[i];
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /**
     * True when the token is a quotation mark: a double mark {@code "}, or a single mark {@code '} that opens or
     * closes one of the document's quotations (British style, {@code 'We apologise,' he said}). An apostrophe
     * ("It's", "the visitors' manager") is not one.
     */
    public boolean quoteMark(int i) {
        if (kinds[i] != SYMBOL) return false;
        char c = firsts[i];
        return c == '"' || c == '\'' && (flags[i] & SINGLE_MARK) != 0;
    }

    /**
     * True when the token is the apostrophe of a plural possessive: a {@code '} right after a word ending in "s",
     * then a space and a word ("the visitors' manager", "The residents' association"), that is no quotation mark.
     * It belongs to the word before it, as "'s" does in "company's" ({@link #possessiveEnd}).
     */
    public boolean possessiveMark(int i) { return (flags[i] & POSSESSIVE) != 0; }

    /**
     * True when every character of the token is ASCII: then its {@link #lower} form is its characters lower-cased
     * one by one, and its {@link #folded} form is the same, so whatever is computed from those characters is the
     * same for every ASCII token of one {@link #form}.
     */
    public boolean ascii(int i) { return (flags[i] & ASCII_ONLY) != 0; }

    /**
     * {@code j + 1} when token {@code j} is a {@link #possessiveMark} closing the word that ends at token
     * {@code j - 1} ("visitors" + "'"), else {@code j}: the end of a word with its plural possessive.
     */
    public int possessiveEnd(int j) { return j < size && j > 0 && (flags[j] & POSSESSIVE) != 0 ? j + 1 : j; }

    /** Index of the sentence the token belongs to (the first sentence ending after it; 0 when there are none). */
    public int sentence(int i) { return sentences[i]; }

    /** True when the token starts inside a quotation's content (between its marks). */
    public boolean quoted(int i) { return quoted[i]; }

    public String surface(int i) { return text.substring(starts[i], ends[i]); }

    /**
     * The token in lower case ({@link Locale#ROOT}): one string per distinct form of the document (a 16 MB article
     * has millions of tokens but tens of thousands of forms, issue 15).
     */
    public String lower(int i) { return vocabulary[forms[i]]; }

    /**
     * The id of the token's lower-case form: tokens with equal {@link #lower} forms have equal ids, from 0 up to
     * {@link #formCount()} (exclusive), numbered in order of first appearance.
     */
    public int form(int i) { return forms[i]; }

    /** How many distinct lower-case forms the tokens have. */
    public int formCount() { return vocabulary.length; }

    /** True when the token is written as its lower-case form ("said", "2016", not "Said"). */
    public boolean writtenLower(int i) { return asLower[i]; }

    /** The token lower-cased with accents and combining marks dropped ("Élysée" → "elysee"). */
    public String folded(int i) {
        String f = folded[i];
        if (f == null) {
            String l = vocabulary[forms[i]];
            // an ASCII word folds to its lower-case form
            folded[i] = f = ascii(l) ? l : canonicalFolded(fold(text, starts[i], ends[i]));
        }
        return f;
    }

    private static boolean ascii(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) >= 128) return false;
        return true;
    }

    /** One string per distinct folded form (see {@link #lower}). */
    private String canonicalFolded(String s) {
        String c = foldedForms.putIfAbsent(s, s);
        return c == null ? s : c;
    }

    /**
     * The lower-case forms met while a text is tokenized: a region of the text is looked up by the hash of its
     * lower-cased characters, so a form seen before costs a hash and a comparison and makes no string (ASCII words;
     * any other word is lower-cased by {@link String#toLowerCase} first). Open addressing over arrays; used only
     * while one {@link Tokens} is built.
     */
    private static final class LowerForms {
        /** Two ints per slot, side by side so that a probe reads one place: form id + 1 (0 when empty), then its hash. */
        private int[] table;
        private int mask;
        private String[] forms;
        /** The forms' characters, compared with a region of the text (no {@code charAt} per character). */
        private char[][] formChars;
        private int size;
        /** Whether the region last looked up is written as its lower-case form. */
        private boolean writtenLower;
        /** Whether the region last looked up is all ASCII. */
        private boolean ascii;

        LowerForms(int tokens) {
            int cap = 64;
            while (cap < Math.min(tokens, 1 << 20)) cap <<= 1; // about a quarter of the tokens are distinct forms
            table = new int[2 * cap];
            mask = cap - 1;
            forms = new String[Math.max(16, cap / 2)];
            formChars = new char[forms.length][];
        }

        /**
         * The form id of {@code cs[start, end)} lower-cased: {@code cs} holds the characters of {@code text} from
         * {@code textStart - start} on (the region is {@code text[textStart, textStart + end - start)}).
         */
        int id(char[] cs, int start, int end, String text, int textStart) {
            int h = 0;
            boolean upper = false;
            for (int i = start; i < end; i++) {
                char c = cs[i];
                if (c >= 128) {
                    String written = text.substring(textStart, textStart + end - start), lower = written.toLowerCase(Locale.ROOT);
                    writtenLower = lower.equals(written);
                    ascii = false;
                    return id(lower);
                }
                upper |= c >= 'A' && c <= 'Z';
                h = 31 * h + lowerAscii(c);
            }
            writtenLower = !upper;
            ascii = true;
            int[] tb = table;
            for (int p = spread(h) & mask; ; p = (p + 1) & mask) {
                int slot = tb[2 * p];
                if (slot == 0) return add(p, h, lowerAsciiString(cs, start, end, upper));
                if (tb[2 * p + 1] == h && sameLowerAscii(formChars[slot - 1], cs, start, end)) return slot - 1;
            }
        }

        boolean lastWrittenLower() { return writtenLower; }

        boolean lastAscii() { return ascii; }

        private int id(String lower) {
            int h = lower.hashCode();
            for (int p = spread(h) & mask; ; p = (p + 1) & mask) {
                int slot = table[2 * p];
                if (slot == 0) return add(p, h, lower);
                if (table[2 * p + 1] == h && forms[slot - 1].equals(lower)) return slot - 1;
            }
        }

        private int add(int p, int h, String form) {
            if (size == forms.length) {
                forms = Arrays.copyOf(forms, size * 2);
                formChars = Arrays.copyOf(formChars, size * 2);
            }
            forms[size] = form;
            formChars[size] = form.toCharArray();
            table[2 * p] = size + 1;
            table[2 * p + 1] = h;
            int id = size++;
            if (size * 2 > mask + 1) grow();
            return id;
        }

        String[] vocabulary() { return Arrays.copyOf(forms, size); }

        private static int spread(int h) { return h ^ (h >>> 16); }

        private static char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c; }

        private static String lowerAsciiString(char[] cs, int start, int end, boolean upper) {
            if (!upper) return new String(cs, start, end - start);
            char[] l = new char[end - start];
            for (int k = start; k < end; k++) l[k - start] = lowerAscii(cs[k]);
            return new String(l);
        }

        private static boolean sameLowerAscii(char[] form, char[] cs, int start, int end) {
            if (form.length != end - start) return false;
            for (int i = start; i < end; i++) if (form[i - start] != lowerAscii(cs[i])) return false;
            return true;
        }

        private void grow() {
            int[] old = table;
            table = new int[old.length * 2];
            mask = old.length - 1; // the new slot count less one
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] == 0) continue;
                int p = spread(old[i + 1]) & mask;
                while (table[2 * p] != 0) p = (p + 1) & mask;
                table[2 * p] = old[i];
                table[2 * p + 1] = old[i + 1];
            }
        }
    }

    /** Index of the first token ending after {@code offset} ({@link #size()} when none). */
    public int firstEndingAfter(int offset) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index of the first token starting at or after {@code offset} ({@link #size()} when none). */
    public int firstStartingAt(int offset) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The end (exclusive token index) of the word starting at word token {@code i}: words joined by single
     * {@code joiners} symbols with no space around them ("U.S", "so-called", "country's"), not running past text
     * offset {@code to}.
     */
    public int joinedEnd(int i, int to, String joiners) {
        int j = i + 1;
        // the cheap tests first (most symbols after a word are not followed by another word without a space)
        while (j + 1 < size && kinds[j] == SYMBOL && starts[j] == ends[j - 1] && kinds[j + 1] == WORD
                && starts[j + 1] == ends[j] && ends[j + 1] <= to && joiners.indexOf(firsts[j]) >= 0) {
            j += 2;
        }
        return j;
    }

    /** The character folded for comparison: lower case, accent dropped; 0 for a combining mark. */
    public static char foldChar(char c) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        if (Character.getType(c) == Character.NON_SPACING_MARK) return 0;
        char base = c;
        if (Character.isLetter(c)) {
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            if (!d.isEmpty()) base = d.charAt(0);
        }
        return Character.toLowerCase(base);
    }

    /** {@code s[from, to)} folded with {@link #foldChar}. The one accent folding of the project. */
    public static String fold(CharSequence s, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            char c = s.charAt(i);
            plain = c < 128 && !(c >= 'A' && c <= 'Z');
        }
        if (plain) return s.subSequence(from, to).toString();
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char f = foldChar(s.charAt(i));
            if (f != 0) b.append(f);
        }
        return b.toString();
    }

    public static String fold(CharSequence s) { return fold(s, 0, s.length()); }
}
