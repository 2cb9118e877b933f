package org.sourcelight.analysis.outlets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.OutletName;
import org.sourcelight.model.Typology;
import org.sourcelight.text.LexiconSet;

/**
 * The outlets Sourcelight knows: the shipped registry ({@code resources/registry/outlets.tsv}, built by
 * {@code tools/build_registry.py} from the State Media Monitor / ASD data and the sourced outlets reference) with
 * the reader's own entries laid over it. A user entry with the id of a shipped one replaces it. Immutable.
 */
public final class OutletRegistry {
    static final String RESOURCE = "registry/outlets.tsv";
    private static final class Shipped {
        static final OutletRegistry REGISTRY = load(LexiconSet.shipped());
    }

    /** One registry entry with what the matcher needs besides the {@link Outlet} record. */
    record Entry(Outlet outlet, String kind, boolean curated) {}

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final Map<String, Entry> byDomain;
    private final OutletLexicons lex;
    private volatile NameMatcher matcher;
    private volatile List<OutletName> speakerNames;

    private OutletRegistry(List<Entry> entries, OutletLexicons lex) {
        this.lex = lex;
        this.entries = List.copyOf(entries);
        Map<String, Entry> ids = new LinkedHashMap<>();
        Map<String, Entry> domains = new HashMap<>();
        for (Entry e : this.entries) {
            ids.put(e.outlet().id(), e);
            for (String d : e.outlet().domains()) domains.putIfAbsent(d.toLowerCase(Locale.ROOT), e);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byDomain = Collections.unmodifiableMap(domains);
    }

    /** The registry shipped with the app, with the shipped word lists (loaded once from the classpath). */
    public static OutletRegistry shipped() { return Shipped.REGISTRY; }

    /** Reads the shipped TSV afresh with the shipped word lists (the benchmark times this). */
    public static OutletRegistry load() { return load(LexiconSet.shipped()); }

    /** Reads the shipped TSV afresh; outlet kinds, names and cues come from {@code lexicons}. */
    public static OutletRegistry load(LexiconSet lexicons) {
        try (InputStream in = OutletRegistry.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing outlet registry resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), new OutletLexicons(lexicons));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The same outlets read with other word lists (the reader's edits); this registry when they are the same. */
    public OutletRegistry withLexicons(LexiconSet lexicons) {
        if (lexicons.equals(lex.source)) return this;
        return new OutletRegistry(entries, new OutletLexicons(lexicons));
    }

    /** The word lists the outlet analysis reads with this registry. */
    OutletLexicons lexicons() { return lex; }

    static OutletRegistry parse(BufferedReader r, OutletLexicons lex) throws IOException {
        String header = r.readLine();
        if (header == null) throw new IllegalStateException("empty outlet registry");
        List<String> cols = Arrays.asList(header.split("\t", -1));
        int id = col(cols, "id"), name = col(cols, "name"), aliases = col(cols, "aliases"), domains = col(cols, "domains"),
                country = col(cols, "country"), owner = col(cols, "owner"), typ = col(cols, "typology"),
                cls = col(cols, "classification"), year = col(cols, "year"), url = col(cols, "source_url"),
                note = col(cols, "note"), kind = col(cols, "kind"), sources = col(cols, "sources");
        List<Entry> out = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            Outlet o = new Outlet(f[id], f[name], list(f[aliases]), list(f[domains]), f[country], f[owner],
                    Typology.fromCode(f[typ]), f[cls], f[year].isEmpty() ? 0 : Integer.parseInt(f[year]), f[url],
                    f[note], "registry");
            out.add(new Entry(o, f[kind].isEmpty() ? lex.kinds.guess(o) : f[kind],
                    f[sources].contains("outlets-reference") || f[sources].contains("major-outlets")));
        }
        return new OutletRegistry(out, lex);
    }

    private static int col(List<String> cols, String name) {
        int i = cols.indexOf(name);
        if (i < 0) throw new IllegalStateException("outlet registry lacks column " + name);
        return i;
    }

    private static List<String> list(String cell) {
        if (cell.isEmpty()) return List.of();
        return List.of(cell.split("\\|"));
    }

    /** A registry with the reader's entries laid over this one: same id replaces, new ids are added first. */
    public OutletRegistry withOverlay(List<Outlet> user) {
        if (user.isEmpty()) return this;
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (Outlet o : user) merged.put(o.id(), new Entry(o, lex.kinds.guess(o), true));
        for (Entry e : entries) merged.putIfAbsent(e.outlet().id(), e);
        return new OutletRegistry(new ArrayList<>(merged.values()), lex);
    }

    public List<Outlet> outlets() {
        List<Outlet> out = new ArrayList<>(entries.size());
        for (Entry e : entries) out.add(e.outlet());
        return out;
    }

    /**
     * The names that identify an outlet on sight when it is the one speaking ("Xinhua said", "according to SANA"), for
     * grading a source as media: every name and alias of every outlet, the reader's entries first, except names that
     * are also ordinary words, places or people's names ({@code outlet-ambiguous-names}), country names, names that
     * do not start with a capital letter, and two-letter names of outlets that are not on a hand-checked reference
     * list (decision 26; the reader's own entries count as checked). Each is shown as {@link #shownName}.
     */
    public List<OutletName> speakerNames() {
        List<OutletName> names = speakerNames;
        if (names == null) speakerNames = names = List.copyOf(collectSpeakerNames());
        return names;
    }

    private List<OutletName> collectSpeakerNames() {
        java.util.Set<String> skip = new java.util.HashSet<>(lex.ambiguous);
        for (String e : lex.source.get("countries").entries()) {
            for (String n : e.split("\\|")) skip.add(n.strip().toLowerCase(Locale.ROOT));
        }
        List<OutletName> out = new ArrayList<>();
        for (Entry e : entries) {
            Outlet o = e.outlet();
            String shown = shownName(o);
            List<String> names = new ArrayList<>(List.of(o.name()));
            names.addAll(o.aliases());
            for (String n : names) {
                String name = n.strip();
                if (name.length() < (e.curated() ? 2 : 3) || skip.contains(name.toLowerCase(Locale.ROOT))
                        || !Character.isUpperCase(name.codePointAt(0))) continue;
                out.add(new OutletName(name, shown));
            }
        }
        return out;
    }

    /**
     * The outlet's name for a reader: an acronym with what it stands for when an alias spells it out
     * ("Syrian Arab News Agency (SANA)", "Agence France-Presse (AFP)"), else the registry name.
     */
    public static String shownName(Outlet o) {
        String n = o.name().strip();
        if (n.length() < 2 || !n.chars().allMatch(c -> c >= 'A' && c <= 'Z')) return n;
        for (String alias : o.aliases()) {
            StringBuilder initials = new StringBuilder();
            for (String w : alias.strip().split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
            }
            if (initials.toString().equals(n)) return alias.strip() + " (" + n + ")";
        }
        return n;
    }

    public int size() { return entries.size(); }

    public Outlet byId(String id) {
        Entry e = byId.get(id);
        return e == null ? null : e.outlet();
    }

    /** The outlet with this name or alias (case-insensitive), or null. */
    public Outlet byName(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip();
        for (Entry e : entries) {
            if (e.outlet().name().equalsIgnoreCase(n)) return e.outlet();
        }
        for (Entry e : entries) {
            for (String a : e.outlet().aliases()) if (a.equalsIgnoreCase(n)) return e.outlet();
        }
        return null;
    }

    /** The outlet whose site is {@code host} or a parent domain of it ("www.presstv.co.uk" → Press TV), or null. */
    public Outlet byDomain(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(Locale.ROOT).strip();
        while (h.contains(".")) {
            Entry e = byDomain.get(h);
            if (e != null) return e.outlet();
            h = h.substring(h.indexOf('.') + 1);
        }
        return null;
    }

    /** What kind of outlet this is ("news agency", "broadcaster", "newspaper", "website"), or "". */
    public String kindOf(Outlet o) {
        Entry e = byId.get(o.id());
        return e != null && e.outlet() == o ? e.kind() : lex.kinds.guess(o);
    }

    List<Entry> entries() { return entries; }

    Entry entry(String id) { return byId.get(id); }

    /** The name/alias automaton over this registry, built on first use. */
    NameMatcher matcher() {
        NameMatcher m = matcher;
        if (m == null) {
            synchronized (this) {
                m = matcher;
                if (m == null) matcher = m = NameMatcher.build(this, lex);
            }
        }
        return m;
    }
}
