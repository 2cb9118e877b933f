package org.sourcelight.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * A word list shipped in {@code resources/lexicons/}. Format: one entry per line, {@code #} starts a comment,
 * blank lines are ignored. Each file documents where its entries come from in its header comment.
 */
public final class Lexicon {
    private final String name;
    private final List<String> entries;
    /**
     * The entries in lower case, made when first asked ({@link #containsIgnoreCase}, {@link #with}): most lists are
     * never asked, and a short run should not lower-case and hash all of their entries. Written idempotently (any
     * thread that makes it makes the same set), so the list stays safe to share.
     */
    private volatile Set<String> lower;

    public Lexicon(String name, List<String> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    private Set<String> lower() {
        Set<String> l = lower;
        if (l == null) {
            LinkedHashSet<String> s = new LinkedHashSet<>();
            for (String e : entries) s.add(e.toLowerCase(Locale.ROOT));
            lower = l = Collections.unmodifiableSet(s);
        }
        return l;
    }

    /** {@code s.split("\\s+")}, without compiling a regex per call (an entry's fields; lists split thousands of entries). */
    public static String[] split(String s) { return split(s, 0); }

    /**
     * {@code s.split("\\s+", limit)}: the same array, element for element, for every string and limit ({@code \s}
     * is {@code [ \t\n\x0B\f\r]}); as {@link java.util.regex.Pattern#split} makes it, without the regex.
     */
    public static String[] split(String s, int limit) {
        int n = s.length();
        boolean limited = limit > 0;
        List<String> out = null;
        int index = 0;
        for (int i = 0; i < n; ) {
            if (!space(s.charAt(i))) { i++; continue; }
            int end = i + 1; // a match of \s+: the whole run of white space
            while (end < n && space(s.charAt(end))) end++;
            if (out == null) out = new ArrayList<>();
            if (!limited || out.size() < limit - 1) {
                out.add(s.substring(index, i));
                index = end;
            } else if (out.size() == limit - 1) {
                out.add(s.substring(index, n));
                index = end;
            }
            i = end;
        }
        if (index == 0) return new String[] {s};
        if (!limited || out.size() < limit) out.add(s.substring(index, n));
        int size = out.size();
        if (limit == 0) while (size > 0 && out.get(size - 1).isEmpty()) size--;
        return out.subList(0, size).toArray(new String[0]);
    }

    private static boolean space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    /** Loads {@code lexicons/<name>.txt} from the classpath. */
    public static Lexicon load(String name) {
        String path = "lexicons/" + name + ".txt";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + path);
            return new Lexicon(name, parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    static List<String> parse(BufferedReader r) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            out.add(t);
        }
        return out;
    }

    public String name() { return name; }

    public List<String> entries() { return entries; }

    public boolean containsIgnoreCase(String s) { return lower().contains(s.toLowerCase(Locale.ROOT)); }

    /** A copy with the user's additions and removals applied. */
    public Lexicon with(List<String> added, List<String> removed) {
        Set<String> rm = new LinkedHashSet<>();
        for (String r : removed) rm.add(r.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        for (String e : entries) if (!rm.contains(e.toLowerCase(Locale.ROOT))) out.add(e);
        Set<String> lower = lower();
        for (String a : added) if (!lower.contains(a.toLowerCase(Locale.ROOT))) out.add(a);
        return new Lexicon(name, out);
    }
}
