package org.sourcelight.analysis.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sourcelight.text.Lexicon;
import org.sourcelight.text.LexiconSet;

/**
 * The word lists the source extractor reads, parsed from a {@link LexiconSet} when the extractor is built. Immutable
 * and shared by the extractor's parts.
 * Each file documents its format and where its entries come from.
 */
final class SourceLexicons {
    /** One attribution cue: its words (lower case) and flags. */
    record Cue(List<String> words, String lemma, boolean needsThat, boolean invertedOnly, boolean participle, boolean after,
               boolean asSaying, boolean noContent, boolean venue, boolean trailingOnly, boolean nounToo, boolean belief,
               boolean stance) {
        /** A statement or, for a {@code +belief} or {@code +stance} form, a view, belief or intention. */
        org.sourcelight.model.MentionKind kind() {
            return belief ? org.sourcelight.model.MentionKind.BELIEF : org.sourcelight.model.MentionKind.STATEMENT;
        }
    }

    /** A country: its name, the adjective used in findings, and words that stand for it. */
    record Country(String name, String adjective) {}

    /** A news outlet's name as its words, with the name findings show for the outlet. */
    record MediaName(String canonical, List<String> words) {}

    final Map<String, List<Cue>> cuesByFirstWord = new HashMap<>();
    final Set<String> vagueAdverbs = new HashSet<>();
    final Map<String, List<List<String>>> vaguePhrasesByFirstWord = new HashMap<>();
    final Set<String> vagueNouns = new HashSet<>();
    final Set<String> anonymousHeads = new HashSet<>();
    final Set<String> anonymousModifiers = new HashSet<>();
    final Set<String> orgNouns = new HashSet<>();
    /** Organisation nouns tagged {@code +unit}: an outlet's own firm or unit may be named with them ("… Group"). */
    final Set<String> unitNouns = new HashSet<>();
    final Set<String> stateOrgNouns = new HashSet<>();
    final Map<String, String> institutions = new HashMap<>();
    final Set<String> documentNouns = new HashSet<>();
    final Set<String> mediaNouns = new HashSet<>();
    final Map<String, List<MediaName>> mediaNamesByFirstWord = new HashMap<>();
    /** One-word outlet names that are also ordinary words or names ({@code outlet-ambiguous-names}), as written. */
    final Set<String> ambiguousOutlets = new HashSet<>();
    final Map<String, Country> countryWords = new HashMap<>();
    final Map<String, Country> countryNouns = new HashMap<>();
    final Map<String, String> pronouns = new HashMap<>();
    final Set<String> femaleWords = new HashSet<>();
    final Set<String> maleWords = new HashSet<>();
    final Map<String, List<String>> roleReferences = new HashMap<>();
    final Set<String> roleNouns = new HashSet<>();
    final Set<String> modifiers = new HashSet<>();
    /** Given names and the gender they usually mark (given-names.txt), by lower-case name. */
    final Map<String, Speaker.Gender> givenNames = new HashMap<>();
    /** English function words (stopwords.txt): never inside a subject noun phrase read back from its verb. */
    final Set<String> functionWords = new HashSet<>();
    /** The first word of every cue form (lower case): a cue word is never the head of a speaker phrase. */
    final Set<String> cueWords = new HashSet<>();
    /** Title abbreviations without their dot, lower case ("mr", "sen", "lt"), from abbreviations.txt. */
    final Set<String> titles = new HashSet<>();
    /** Weekdays and months, and the months as AP style abbreviates them before a date ("Dec. 28"): never a speaker's name. */
    final Set<String> calendarWords = org.sourcelight.text.Calendar.union(
            org.sourcelight.text.Calendar.WEEKDAYS_AND_MONTHS, org.sourcelight.text.Calendar.MONTH_ABBREVIATIONS);
    /** Words that count people without naming them ("some officials", "two aides"). */
    final Set<String> quantifiers = Set.of("some", "many", "most", "several", "both", "all", "few", "other", "others", "another",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
            "numerous", "various", "certain", "multiple", "countless");
    /** Adjectives that open a description of people at a sentence's start ("Former prosecutors", "Senior aides"). */
    final Set<String> commonModifiers = Set.of("former", "current", "senior", "top", "local", "other", "many", "some",
            "several", "most", "both", "few", "two", "three", "four", "five", "ten", "dozens", "hundreds", "thousands", "his",
            "her", "their", "its", "our", "my", "one", "another", "longtime", "veteran", "republican", "democratic");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec");
    /** Nouns in -ly that are not adverbs ("family", "ally"). */
    final Set<String> lyNouns = Set.of("family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "reply", "bully", "belly", "lily", "tally", "italy");

    SourceLexicons(LexiconSet lexicons) {
        this(lexicons, List.of());
    }

    /**
     * The word lists, plus the names by which articles cite news outlets ({@code OutletRegistry.speakerNames()}: the
     * registry's names and aliases that are safe to recognise on sight, with the reader's own entries), so that an
     * outlet that speaks ("Xinhua said") is graded media, not a named person.
     */
    SourceLexicons(LexiconSet lexicons, java.util.Collection<org.sourcelight.model.OutletName> outletNames) {
        // attribution-cues.txt: "FORM | LEMMA +flags" (one line per inflection), or "PHRASE | +flags"
        for (String e : lexicons.get("attribution-cues").entries()) {
            int bar = e.indexOf('|');
            String form = (bar < 0 ? e : e.substring(0, bar)).strip();
            String rest = bar < 0 ? "" : e.substring(bar + 1).strip();
            Set<String> flags = new HashSet<>();
            StringBuilder lemma = new StringBuilder();
            for (String w : Lexicon.split(rest)) {
                if (w.startsWith("+")) flags.add(w.substring(1));
                else if (!w.isEmpty()) lemma.append(lemma.length() == 0 ? "" : " ").append(lower(w));
            }
            if (form.isEmpty() || flags.contains("signal")) continue; // a signal phrase is not a cue of its own
            List<String> words = List.of(Lexicon.split(lower(form)));
            boolean special = flags.contains("after") || flags.contains("venue") || flags.contains("nocontent");
            boolean participle = !special && words.get(0).endsWith("ing") && words.get(0).length() > 4;
            Cue c = new Cue(words, lemma.length() == 0 ? lower(form) : lemma.toString(), flags.contains("that"),
                    flags.contains("inverted"), participle, flags.contains("after"), flags.contains("assaying") && !participle,
                    flags.contains("nocontent"), flags.contains("venue"), flags.contains("trailing"),
                    flags.contains("noun") && nounForm(words.get(0), lemma.toString()), flags.contains("belief") || flags.contains("stance"),
                    flags.contains("stance"));
            List<Cue> l = cuesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
            l.add(c);
            l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())); // longest first
        }
        for (String e : lexicons.get("vague-sources").entries()) {
            String[] p = Lexicon.split(e, 2);
            switch (p[0]) {
                case "adverb" -> vagueAdverbs.add(lower(p[1]));
                case "phrase" -> {
                    List<String> words = List.of(Lexicon.split(lower(p[1])));
                    vaguePhrasesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
                }
                case "noun" -> vagueNouns.add(lower(p[1]));
                case "speaker" -> { } // a whole speaker phrase for the Assertions panel; found here by the noun rules
                default -> { // a reader's own addition, untagged: a fixed phrase
                    List<String> words = List.of(Lexicon.split(lower(e.strip())));
                    vaguePhrasesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
                }
            }
        }
        for (String e : lexicons.get("anonymous-sources").entries()) {
            String[] p = Lexicon.split(e, 2);
            if (p[0].equals("head")) anonymousHeads.add(lower(p[1]));
            else if (p[0].equals("modifier")) anonymousModifiers.add(lower(p[1]));
            else throw new IllegalStateException("anonymous-sources: unknown tag " + p[0]);
        }
        for (String e : lexicons.get("organisation-nouns").entries()) {
            if (e.contains("|")) {
                String[] p = e.split("\\|");
                institutions.put(p[0].strip(), p[1].strip());
                continue;
            }
            String[] p = Lexicon.split(e);
            orgNouns.add(lower(p[0]));
            if (p.length > 1 && p[1].equals("+unit")) unitNouns.add(lower(p[0]));
            if (p.length > 1 && p[1].equals("+state")) stateOrgNouns.add(lower(p[0]));
        }
        // outlet names that are also words or people's names ("Sputnik", "Star"): media only when the article
        // shows nothing of a person behind the name (see SpeakerResolver)
        for (String e : lexicons.get("outlet-ambiguous-names").entries()) {
            String n = e.strip();
            if (n.indexOf(' ') < 0 && n.length() > 2 && Character.isUpperCase(n.charAt(0)) && !n.equals(n.toUpperCase(java.util.Locale.ROOT))) ambiguousOutlets.add(n);
        }
        for (String e : lexicons.get("document-nouns").entries()) documentNouns.add(lower(e));
        for (String e : lexicons.get("media-nouns").entries()) mediaNouns.add(lower(e));
        for (org.sourcelight.model.OutletName n : outletNames) {
            List<String> words = List.of(Lexicon.split(n.name()));
            List<MediaName> l = mediaNamesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
            if (l.stream().anyMatch(m -> m.words().equals(words))) continue; // an earlier outlet has this name
            l.add(new MediaName(n.shownAs(), words));
            l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())); // longest first
        }
        for (String e : lexicons.get("countries").entries()) {
            String[] p = e.split("\\|");
            String[] adjectives = p[1].split(",");
            Country c = new Country(p[0].strip(), adjectives[0].strip());
            List<String> nouns = new ArrayList<>(List.of(c.name()));
            if (p.length > 2) for (String w : p[2].split(",")) nouns.add(w.strip());
            for (String n : nouns) {
                countryNouns.put(lower(n), c);
                countryWords.put(lower(n), c);
                countryWords.put(lower(n) + "'s", c);
                if (lower(n).endsWith("s")) countryWords.put(lower(n) + "'", c); // "the Philippines' president"
            }
            for (String a : adjectives) countryWords.put(lower(a.strip()), c);
        }
        for (String e : lexicons.get("pronouns").entries()) {
            String[] p = Lexicon.split(e);
            switch (p[1]) {
                case "female" -> femaleWords.add(lower(p[0]));
                case "male" -> maleWords.add(lower(p[0]));
                default -> pronouns.put(lower(p[0]), p[1]);
            }
        }
        for (String e : lexicons.get("role-references").entries()) {
            String[] p = e.split("=", 2);
            List<String> targets = new ArrayList<>();
            for (String t : p[1].split(",")) targets.add(lower(t.strip()));
            roleReferences.put(lower(p[0].strip()), List.copyOf(targets));
        }
        for (String e : lexicons.get("role-nouns").entries()) {
            // the shared list also carries capitalised title words (Foreign, Ministry) for caption detection;
            // only the lower-case entries are role nouns proper, and the acronyms of roles ("MP", decision 110)
            if (Character.isLowerCase(e.charAt(0))) roleNouns.add(e);
            else if (e.length() >= 2 && e.equals(e.toUpperCase(java.util.Locale.ROOT)) && e.chars().allMatch(Character::isLetter)) roleNouns.add(lower(e));
        }
        for (String e : lexicons.get("speaker-modifiers").entries()) modifiers.add(lower(e));
        for (String e : lexicons.get("stopwords").entries()) for (String w : Lexicon.split(e)) functionWords.add(lower(w));
        for (String e : lexicons.get("abbreviations").entries()) {
            String w = lower(e.replace(".", ""));
            if (Character.isUpperCase(e.charAt(0)) && !MONTHS.contains(w)) titles.add(w); // "Mr.", "Sen.", "Lt." (not "Jan.")
        }
        for (List<Cue> cs : cuesByFirstWord.values()) for (Cue c : cs) cueWords.add(c.words().get(0));
        for (String e : lexicons.get("given-names").entries()) {
            String[] p = Lexicon.split(e);
            if (p.length == 2) givenNames.put(lower(p[0]), p[1].equals("female") ? Speaker.Gender.FEMALE : Speaker.Gender.MALE);
        }
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    /** The base or -s form of a verb that is also a noun ("call", "calls"; not "called", "calling"). */
    private static boolean nounForm(String word, String lemma) {
        String base = lemma.split(" ")[0];
        return word.equals(base) || word.equals(base + "s") || word.equals(base + "es")
                || base.endsWith("y") && word.equals(base.substring(0, base.length() - 1) + "ies");
    }

    boolean isRole(String lower) { return roleNouns.contains(lower); }

    /** True when a lower-case word may be a noun at the head of a speaker phrase. */
    boolean isSpeakerNoun(String lower) {
        return roleNouns.contains(lower) || orgNouns.contains(lower) || documentNouns.contains(lower)
                || mediaNouns.contains(lower) || vagueNouns.contains(lower) || anonymousHeads.contains(lower);
    }
}
