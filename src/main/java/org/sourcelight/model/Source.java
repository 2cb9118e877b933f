package org.sourcelight.model;

import java.util.List;

/**
 * A speaker and everything attributed to them in one article.
 *
 * @param speaker      canonical name ("Maria Zakharova", "Russian Foreign Ministry", "an unnamed source")
 * @param role         role or title ("spokeswoman"), or empty
 * @param organization organisation the speaker speaks for, or empty
 * @param country      country or side where the article states it ("Russian", "US"), or empty
 * @param kind         how identifiable the source is
 * @param explanation  why it got that grade, in plain words
 */
public record Source(String speaker, String role, String organization, String country, SourceKind kind,
                     String explanation, List<Mention> mentions) {
    public Source {
        if (speaker == null || kind == null) throw new IllegalArgumentException("speaker and kind are required");
        role = role == null ? "" : role;
        organization = organization == null ? "" : organization;
        country = country == null ? "" : country;
        explanation = explanation == null ? "" : explanation;
        mentions = List.copyOf(mentions);
    }
}
