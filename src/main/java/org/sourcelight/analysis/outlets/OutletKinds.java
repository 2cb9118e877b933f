package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.model.Outlet;
import org.sourcelight.text.Lexicon;

/**
 * Kinds of outlet ("news agency", "broadcaster", "newspaper", "website") and the words naming them, from
 * {@code lexicons/outlet-kinds.txt}. Tells an outlet's kind from its name and finds kind words in text.
 */
public final class OutletKinds {
    private final Map<String, String> wordToKind; // lower-case word -> kind, longest words first
    private final Pattern words;
    private final PhraseScanner scanner;
    private final List<String> phrases; // as written, longest first

    OutletKinds(Lexicon lexicon) {
        List<String[]> pairs = new ArrayList<>();
        for (String line : lexicon.entries()) {
            int colon = line.indexOf(':');
            if (colon < 0) throw new IllegalStateException("outlet-kinds: missing ':' in " + line);
            String kind = line.substring(0, colon).strip();
            for (String w : line.substring(colon + 1).split(",")) if (!w.isBlank()) pairs.add(new String[] {w.strip(), kind});
        }
        pairs.sort(Comparator.comparingInt((String[] p) -> -p[0].length()));
        Map<String, String> m = new LinkedHashMap<>();
        StringBuilder alt = new StringBuilder();
        for (String[] p : pairs) {
            m.putIfAbsent(p[0].toLowerCase(Locale.ROOT), p[1]);
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(p[0]).replace(" ", "\\E\\s+\\Q"));
        }
        this.wordToKind = m;
        List<String> firsts = new ArrayList<>();
        for (String[] p : pairs) firsts.add(p[0]);
        this.words = Pattern.compile(OutletLexicons.firstChars(firsts, true) + "\\b(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE);
        this.scanner = new PhraseScanner(words, firsts, PhraseScanner.asciiStarts(firsts));
        this.phrases = List.copyOf(firsts);
    }


    /** The regex alternation of all kind words (whole words, case-insensitive). */
    Pattern pattern() { return words; }

    /** The kind words as {@link #pattern()} holds them (as written, longest first). */
    List<String> words() { return phrases; }

    /** A scan for kind words in regions of {@code text}, as {@link #pattern()} finds them there, tried only where one can start. */
    PhraseScanner.Scan scan(String text) { return scanner.scan(text); }

    /** {@link #scan(String)} with the text's characters already read ({@code text.toCharArray()}, not modified). */
    PhraseScanner.Scan scan(String text, char[] chars) { return scanner.scan(text, chars); }

    /** {@link #scan(String, char[])} reading the positions by the text's shared tokens ({@link PhraseScanner#scan(String, char[], org.sourcelight.text.Tokens)}). */
    PhraseScanner.Scan scan(String text, char[] chars, org.sourcelight.text.Tokens tokens) { return scanner.scan(text, chars, tokens); }

    /** The kind a kind word stands for ("daily" → "newspaper"), or "". */
    public String kindOfWord(String word) {
        String k = wordToKind.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return k == null ? "" : k;
    }

    /** The outlet's kind from the last kind word in its name or aliases ("Syrian Arab News Agency" → news agency). */
    public String guess(Outlet o) {
        String k = guess(o.name());
        if (!k.isEmpty()) return k;
        for (String a : o.aliases()) {
            k = guess(a);
            if (!k.isEmpty()) return k;
        }
        return "";
    }

    String guess(String name) {
        Matcher m = words.matcher(name);
        String found = "";
        while (m.find()) found = kindOfWord(m.group());
        return found;
    }
}
