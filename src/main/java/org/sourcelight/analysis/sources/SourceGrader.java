package org.sourcelight.analysis.sources;

import org.sourcelight.analysis.sources.Speaker.Cls;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;

/** Grades how identifiable a resolved speaker is and says why in plain words. */
final class SourceGrader {

    Source grade(SpeakerResolver.Entity e) {
        SourceKind kind = kind(e);
        String name = display(e.name);
        return new Source(name, shownRole(name, e.role), e.organization, e.country, kind, explain(e, kind), e.mentions);
    }

    /**
     * The role as shown: an unnamed speaker's description is its name ("Two Democratic aides"), shown once, not as
     * "X, X"; a possessive that points back ("Its president", "her spokesman") is left out, since the word alone
     * does not say whose.
     */
    static String shownRole(String name, String role) {
        if (role.equalsIgnoreCase(name)) return "";
        String lower = role.toLowerCase(java.util.Locale.ROOT);
        for (String p : POINTING_POSSESSIVES) if (lower.startsWith(p) && role.length() > p.length()) return role.substring(p.length());
        return role;
    }

    private static final java.util.List<String> POINTING_POSSESSIVES = java.util.List.of("its ", "their ", "his ", "her ");

    static SourceKind kind(SpeakerResolver.Entity e) {
        return switch (e.cls) {
            case PERSON -> e.named ? SourceKind.NAMED : SourceKind.ANONYMOUS;
            case ORG, COUNTRY -> SourceKind.ORGANIZATION;
            case DOCUMENT -> SourceKind.DOCUMENT;
            case MEDIA -> SourceKind.MEDIA;
            case VAGUE -> SourceKind.VAGUE;
            case ANONYMOUS, PRONOUN -> SourceKind.ANONYMOUS;
        };
    }

    private static String explain(SpeakerResolver.Entity e, SourceKind kind) {
        String who = display(e.name);
        return switch (kind) {
            case NAMED -> sentence("A named person: " + who + details(e)) + " A reader can look up who this is and check what was said.";
            case ORGANIZATION -> e.cls == Cls.COUNTRY
                    ? who + " speaks as a whole country: no official is named, so it is unclear who exactly said it."
                    : who + " speaks as an organisation: no single person is named.";
            case DOCUMENT -> "A written text is cited: " + who + ". A reader could look it up and check it.";
            case MEDIA -> "Another news outlet, " + who + ", is the source: the article repeats what it reported, so the claim is second-hand.";
            case ANONYMOUS -> e.cls == Cls.PERSON
                    ? "Described only by role (\"" + who + "\"): the article never gives a name."
                    : "The source is not named (\"" + who + "\")"
                      + (e.organization.isEmpty() ? "" : ", only where they work (" + e.organization + ")")
                      + ", so nobody can check who said it.";
            case VAGUE -> vague(e, who);
        };
    }

    /** Ends the words with one full stop ("…, Dr." stays as it is, not "Dr.."). */
    private static String sentence(String words) {
        return words.endsWith(".") ? words : words + ".";
    }

    private static String vague(SpeakerResolver.Entity e, String who) {
        if (who.startsWith("someone")) return "The article says something was claimed, but never says by whom.";
        if (!who.contains(" ")) return "\"" + who + "\" does not say who reported it: there is no source a reader could check.";
        return "\"" + who + "\" sounds like a source but names nobody who could be checked.";
    }

    private static String details(SpeakerResolver.Entity e) {
        StringBuilder sb = new StringBuilder();
        if (!e.role.isEmpty()) sb.append(", ").append(e.role);
        if (!e.organization.isEmpty()) sb.append(", ").append(e.organization);
        if (!e.country.isEmpty() && !sb.toString().contains(e.country)) sb.append(" (").append(e.country).append(")");
        return sb.toString();
    }

    /** The name as shown: a description starts with a capital ("Foreign ministry" from "the foreign ministry"). */
    static String display(String name) {
        if (name.isEmpty() || Character.isUpperCase(name.charAt(0)) || name.startsWith("someone")) return name;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
