package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;

/**
 * One sentence a student can read aloud about who speaks in an article:
 * "6 voices: 4 Russian officials, 1 US official, 1 Syrian official". Pure function of the sources.
 * <p>
 * A named person with a role, or a state body (ministry, embassy, a country speaking), counts as an official of the
 * country the article gives; everything else is counted by how identifiable it is.
 */
public final class SourceSummary {
    /** The finding for an article where nobody is given as a source. */
    public static final String NO_SOURCES =
            "No attributed source: the article never says who any of its claims come from.";

    private SourceSummary() {}

    /** The summary with the shipped word lists. */
    public static String describe(List<Source> sources) {
        return SourceExtractor.standard().summary(sources);
    }

    static String describe(List<Source> sources, SourceLexicons lex) {
        if (sources.isEmpty()) return NO_SOURCES;
        Map<String, Integer> officials = new LinkedHashMap<>();
        Map<String, Integer> others = new LinkedHashMap<>();
        for (String k : List.of("named person", "organisation", "document", "media outlet", "anonymous source", "vague attribution")) {
            others.put(k, 0);
        }
        for (Source s : sources) {
            if (!s.country().isEmpty() && isOfficial(s, lex)) {
                officials.merge(s.country(), 1, Integer::sum);
                continue;
            }
            String group = switch (s.kind()) {
                case NAMED -> "named person";
                case ORGANIZATION -> s.country().isEmpty() ? "organisation" : s.country() + " organisation";
                case DOCUMENT -> "document";
                case MEDIA -> "media outlet";
                case ANONYMOUS -> "anonymous source";
                case VAGUE -> "vague attribution";
            };
            others.merge(group, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        officials.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> parts.add(count(e.getValue(), e.getKey() + " official")));
        others.forEach((k, n) -> { if (n > 0) parts.add(count(n, k)); });
        return count(sources.size(), "voice") + ": " + String.join(", ", parts);
    }

    private static boolean isOfficial(Source s, SourceLexicons lex) {
        if (s.kind() == SourceKind.NAMED) return !s.role().isEmpty();
        if (s.kind() != SourceKind.ORGANIZATION) return false;
        if (lex.countryNouns.containsKey(s.speaker().toLowerCase(Locale.ROOT)) || lex.institutions.containsKey(s.speaker())) return true;
        for (String w : s.speaker().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (lex.stateOrgNouns.contains(w)) return true;
        return false;
    }

    private static String count(int n, String noun) {
        if (n == 1) return "1 " + noun;
        String plural = noun.endsWith("person") ? noun.substring(0, noun.length() - "person".length()) + "people" : noun + "s";
        return n + " " + plural;
    }
}
