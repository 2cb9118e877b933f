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
    private final Set<String> lower;

    public Lexicon(String name, List<String> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        LinkedHashSet<String> l = new LinkedHashSet<>();
        for (String e : entries) l.add(e.toLowerCase(Locale.ROOT));
        this.lower = Collections.unmodifiableSet(l);
    }

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

    public boolean containsIgnoreCase(String s) { return lower.contains(s.toLowerCase(Locale.ROOT)); }

    /** A copy with the user's additions and removals applied. */
    public Lexicon with(List<String> added, List<String> removed) {
        Set<String> rm = new LinkedHashSet<>();
        for (String r : removed) rm.add(r.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        for (String e : entries) if (!rm.contains(e.toLowerCase(Locale.ROOT))) out.add(e);
        for (String a : added) if (!lower.contains(a.toLowerCase(Locale.ROOT))) out.add(a);
        return new Lexicon(name, out);
    }
}
