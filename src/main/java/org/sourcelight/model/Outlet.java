package org.sourcelight.model;

import java.util.List;

/**
 * A news outlet as the registry knows it. Every label carries its source.
 *
 * @param id             stable id ("presstv")
 * @param typology       State Media Monitor model, or null when the outlet was not rated (never read as "independent")
 * @param classification the registry's words for the outlet's status ("state-controlled", "private", "cooperative")
 * @param year           year the rating applies to, or 0 when unknown
 * @param sourceUrl      public source of the rating
 * @param note           caveats (uncertain ownership, rating predates a change of government …), or empty
 * @param origin         "registry" for shipped data, "user" for the reader's own entry
 */
public record Outlet(String id, String name, List<String> aliases, List<String> domains, String country, String owner,
                     Typology typology, String classification, int year, String sourceUrl, String note,
                     String origin) {
    public Outlet {
        if (id == null || name == null) throw new IllegalArgumentException("id and name are required");
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        country = country == null ? "" : country;
        owner = owner == null ? "" : owner;
        classification = classification == null ? "" : classification;
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        note = note == null ? "" : note;
        origin = origin == null ? "registry" : origin;
    }

    /** A label for people: the model in words, or the registry's classification, or that it was not rated. */
    public String labelInWords() {
        if (typology != null) return typology.label();
        if (!classification.isBlank()) return classification + " (not rated by State Media Monitor)";
        return "not rated by State Media Monitor";
    }
}
