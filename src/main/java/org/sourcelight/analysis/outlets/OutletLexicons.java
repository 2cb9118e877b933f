package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcelight.text.Lexicon;
import org.sourcelight.text.LexiconSet;

/** The word lists outlet provenance reads, all from {@code resources/lexicons/} (each file documents itself). */
final class OutletLexicons {
    /** A publisher signature: how much it shows alone, where it may occur, what it is, the pattern. */
    /**
     * A publisher signature. {@code needs}: literals (lower case) of which one must occur in a block for the pattern
     * to be tried there, empty when it is tried everywhere (a literal prefilter: most blocks are skipped without a
     * regex pass).
     */
    record Signature(double weight, String where, String description, List<String> needs, Pattern pattern) {}

    /** A credit pattern; {@code atParen}: it starts with "(" and is tried only where a "(" is, else only in blocks with a ":". */
    record Credit(Pattern pattern, boolean atParen) {}

    /** A state cue phrase with its plain explanation. */
    record Cue(String phrase, String explanation) {}

    /** The set these lists were read from. */
    final LexiconSet source;
    final OutletKinds kinds;
    /** lower-case country name or adjective → registry country name. */
    final Map<String, String> countries;
    final Pattern countryPattern;
    /**
     * Lower-case country names, adjectives and places inside a country (country-places.txt: "Queensland", "Toronto")
     * → registry country name, with their scanner: how much an article is about a country, for picking between
     * outlets that share a name. One alternation, longest first, so "Northern Ireland" counts once, for the UK.
     */
    final Map<String, String> countryEvidence;
    final Pattern countryEvidencePattern;
    final PhraseScanner countryEvidenceScanner;
    final List<Cue> cues;
    final Pattern cuePattern;
    final PhraseScanner cueScanner;
    final List<Signature> signatures;
    final List<Credit> credits;
    final List<String> photoAgencies;
    final Set<String> ambiguous;
    final Map<String, List<String>> relay;
    /**
     * Lower-case nouns for a body that is not an outlet ("council", "institute", "foundation"): the one-word entries of
     * {@code organisation-nouns.txt} less the outlet kind words and the words a company or an outlet's own unit is
     * named with (tagged {@code +unit}: company, group, network, service …). An outlet's name followed by one of them is the start of the
     * name of another body: "The Guardian Council", "the Reuters Institute".
     */
    final Set<String> bodyNouns;

    OutletLexicons(LexiconSet set) {
        this(set, new OutletKinds(set.get("outlet-kinds")), set.get("countries"), set.get("state-cues"),
                set.get("outlet-signatures"), set.get("outlet-credits"), set.get("photo-agencies"),
                set.get("outlet-ambiguous-names"), set.get("outlet-relay-cues"), set.get("organisation-nouns"),
                set.get("country-places"));
    }

    private OutletLexicons(LexiconSet set, OutletKinds kinds, Lexicon countries, Lexicon cues, Lexicon signatures,
                           Lexicon credits, Lexicon photoAgencies, Lexicon ambiguous, Lexicon relay, Lexicon bodies,
                           Lexicon places) {
        this.source = set;
        this.kinds = kinds;
        Map<String, String> c = new LinkedHashMap<>();
        List<String> forms = new ArrayList<>();
        for (String line : countries.entries()) { // "name | adjectives | other nouns" (countries.txt)
            String[] p = line.split("\\|");
            String name = p[0].strip();
            c.put(name.toLowerCase(Locale.ROOT), name);
            forms.add(name);
            for (int i = 1; i < p.length; i++) {
                for (String a : p[i].split(",")) {
                    if (a.isBlank()) continue;
                    c.put(a.strip().toLowerCase(Locale.ROOT), name);
                    forms.add(a.strip());
                }
            }
        }
        this.countries = c;
        this.countryPattern = alternation(forms, false);
        Map<String, String> evidence = new LinkedHashMap<>(c);
        List<String> evidenceForms = new ArrayList<>(forms);
        for (String line : places.entries()) { // "country | place, place, ..." (country-places.txt)
            String[] p = split(line, '|', "country-places");
            String country = c.get(p[0].toLowerCase(Locale.ROOT));
            if (country == null) throw new IllegalStateException("country-places: not a country of countries.txt: " + p[0]);
            for (String place : p[1].split(",")) {
                if (place.isBlank()) continue;
                evidence.putIfAbsent(place.strip().toLowerCase(Locale.ROOT), country);
                evidenceForms.add(place.strip());
            }
        }
        this.countryEvidence = evidence;
        this.countryEvidencePattern = alternation(evidenceForms, false);
        this.countryEvidenceScanner = new PhraseScanner(countryEvidencePattern, evidenceForms, true);
        List<Cue> cs = new ArrayList<>();
        for (String line : cues.entries()) {
            String[] kv = split(line, '|', "state-cues");
            cs.add(new Cue(kv[0], kv[1]));
        }
        this.cues = List.copyOf(cs);
        List<String> phrases = new ArrayList<>();
        for (Cue q : cs) phrases.add(q.phrase());
        this.cuePattern = alternation(phrases, true);
        this.cueScanner = new PhraseScanner(cuePattern, phrases, true);
        List<Signature> sig = new ArrayList<>();
        for (String line : signatures.entries()) {
            String[] f = line.split("\\s*\\|\\s*", 5);
            List<String> needs = List.of();
            if (f.length == 5 && f[3].startsWith("needs:")) {
                List<String> n = new ArrayList<>();
                for (String w : f[3].substring(6).split(",")) if (!w.isBlank()) n.add(w.strip().toLowerCase(Locale.ROOT));
                needs = List.copyOf(n);
                f = new String[] {f[0], f[1], f[2], f[4]};
            } else {
                f = line.split("\\s*\\|\\s*", 4);
            }
            if (f.length != 4) throw new IllegalStateException("outlet-signatures: expected 4 fields in " + line);
            sig.add(new Signature(Double.parseDouble(f[0]), f[1], f[2], needs,
                    Pattern.compile(f[3], Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)));
        }
        this.signatures = List.copyOf(sig);
        List<Credit> cr = new ArrayList<>();
        for (String line : credits.entries()) {
            boolean atParen = line.startsWith("\\(");
            if (!atParen && !line.contains(":")) {
                throw new IllegalStateException("outlet-credits: an entry starts with \\( or needs a ':' (" + line + ")");
            }
            cr.add(new Credit(Pattern.compile(line, Pattern.CASE_INSENSITIVE), atParen));
        }
        this.credits = List.copyOf(cr);
        this.photoAgencies = photoAgencies.entries();
        Set<String> amb = new HashSet<>();
        for (String a : ambiguous.entries()) amb.add(a.toLowerCase(Locale.ROOT));
        this.ambiguous = amb;
        Map<String, List<String>> r = new LinkedHashMap<>();
        for (String line : relay.entries()) {
            String[] kv = split(line, ':', "outlet-relay-cues");
            r.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        this.relay = r;
        Set<String> b = new HashSet<>();
        for (String e : bodies.entries()) {
            if (e.contains("|")) continue; // "White House | US": a named institution, not a noun
            String[] p = Lexicon.split(e);
            String w = p[0].toLowerCase(Locale.ROOT);
            if (!(p.length > 1 && p[1].equals("+unit")) && kinds.kindOfWord(w).isEmpty()) b.add(w);
        }
        this.bodyNouns = Set.copyOf(b);
    }

    /** The registry country a name or adjective stands for ("Syrian" → "Syria"), or null. */
    String country(String word) { return countries.get(countryKey(word)); }

    /** The registry country a country word or a place inside a country stands for ("Queensland" → "Australia"), or null. */
    String countryOf(String word) { return countryEvidence.get(countryKey(word)); }

    /** A country word or place as the maps key it: lower case, without a possessive "'s" ("Russia's" → "russia"). */
    private static String countryKey(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    Cue cue(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Cue c : cues) if (c.phrase().equalsIgnoreCase(p)) return c;
        return null;
    }

    List<String> relay(String role) { return relay.getOrDefault(role, List.of()); }

    /** A whole-word alternation, longest first (so "state television" wins over "state"). */
    static Pattern alternation(Collection<String> phrases, boolean ignoreCase) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String p : sorted) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
        return Pattern.compile(firstChars(sorted, ignoreCase) + "(?<![\\p{L}\\p{N}-])(?:" + alt + ")(?![\\p{L}\\p{N}]|-\\p{L})", flags);
    }

    /** A lookahead on the phrases' first letters, so most positions are rejected at once. */
    static String firstChars(List<String> phrases, boolean ignoreCase) {
        StringBuilder cls = new StringBuilder();
        Set<Character> seen = new LinkedHashSet<>();
        for (String p : phrases) {
            if (p.isEmpty()) continue;
            char c = p.charAt(0);
            seen.add(c);
            if (ignoreCase) {
                seen.add(Character.toLowerCase(c));
                seen.add(Character.toUpperCase(c));
            }
        }
        for (char c : seen) cls.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\x{%x}", (int) c));
        return "(?=[" + cls + "])";
    }

    private static String[] split(String line, char sep, String file) {
        int i = line.indexOf(sep);
        if (i < 0) throw new IllegalStateException(file + ": missing '" + sep + "' in " + line);
        return new String[] {line.substring(0, i).strip(), line.substring(i + 1).strip()};
    }
}
