package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Mention;
import org.sourcelight.model.ProvenanceChain;
import org.sourcelight.model.ProvenanceLink;
import org.sourcelight.model.Sentence;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.text.TextDocument;

/**
 * How relayed claims reached the reader: publisher → cited outlet → original source, for every sentence where a
 * cited outlet relays something ("SANA cited civil sources as saying", "…, the official Syrian Arab News Agency
 * (SANA) reported", "Speaking to the Interfax news agency, Lavrov added"). Uses the extracted sources when given;
 * otherwise reads the speaker from the sentence.
 */
final class ProvenanceFinder {
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "Meanwhile",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Speaking", "According",
            "Separately", "Earlier", "Later", "Last", "Back", "He", "She", "They", "It", "We", "This", "That");
    private static final Pattern ANONYMOUS = Pattern.compile(
            "\\b(?:unnamed|anonymous|unidentified|sources?|informed|insiders?|officials?)\\b", Pattern.CASE_INSENSITIVE);
    private static final String NAME = "\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){0,3}";
    private static final Pattern LEADING_NAME = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){1,3})\\b");

    private static final int SPEAKER_WINDOW = 200;
    private static final int BEFORE_WINDOW = 160;

    private final Pattern quoteAs;
    private final Pattern after;
    private final Pattern before;
    private final Pattern speaker;

    ProvenanceFinder(OutletLexicons lex) {
        String paren = "(?:\\s*\\([^)]{1,15}\\))?";
        // "<outlet> <verb> <source> as saying": the listed verbs, or any lower-case past-tense word, since the
        // construction itself says who was relayed ("quoted", "cited", "described" … "civil sources as saying")
        quoteAs = Pattern.compile("^" + paren + "\\s+(?<cue>" + alt(lex.relay("quote-as")) + "|(?-i:[a-z]{2,}ed))\\s+(?<src>[^.;]{2,120}?)\\s+as\\s+saying\\b",
                Pattern.CASE_INSENSITIVE);
        after = Pattern.compile("^" + paren + ",?\\s+(?<cue>" + alt(lex.relay("after")) + ")\\b", Pattern.CASE_INSENSITIVE);
        before = Pattern.compile("(?<cue>\\b(?:" + alt(lex.relay("before")) + "))\\s+(?:the\\s+)?(?:" + lex.countryPattern.pattern()
                + "(?:'s)?\\s+)?$", Pattern.CASE_INSENSITIVE);
        speaker = Pattern.compile("(?<name>" + NAME + "),?\\s+(?:" + alt(lex.relay("speech")) + ")\\b");
    }

    private static String alt(List<String> phrases) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) out.add(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
        return String.join("|", out);
    }

    List<ProvenanceChain> chains(TextDocument doc, ArticleOutlet publisher, List<CitedOutlet> cited, List<Source> sources) {
        String text = doc.text();
        List<ProvenanceChain> out = new ArrayList<>();
        CitedOutlet previous = null;
        for (CitedOutlet c : cited) {
            if (c.how().equals("credit") || !doc.isBody(c.start())) continue;
            // "the official Syrian Arab News Agency (SANA)": one relay, not two (overlapping finds: nothing between)
            if (previous != null && sameOutlet(previous, c)
                    && text.substring(Math.min(previous.end(), c.start()), c.start()).matches("[\\s,(]*")) {
                continue;
            }
            previous = c;
            Sentence s = sentenceAt(doc, c.start());
            if (s == null) continue;
            // a name found across a sentence end ("… Maori Television\". New Zealand …"): read this sentence only
            int after0 = Math.min(c.end(), s.end());
            int cueStart = -1, cueEnd = -1, srcStart = -1, srcEnd = -1;
            Matcher m = quoteAs.matcher(text).region(after0, s.end());
            Matcher a = after.matcher(text).region(after0, s.end());
            // the "before" cue ends right at the outlet ("according to the Syrian "): a bounded window behind it
            Matcher b = before.matcher(text).region(Math.max(s.start(), c.start() - BEFORE_WINDOW), c.start())
                    .useTransparentBounds(true);
            if (m.lookingAt()) {
                cueStart = m.start("cue");
                cueEnd = m.end("cue");
                srcStart = m.start("src");
                srcEnd = m.end("src");
            } else if (a.lookingAt()) {
                cueStart = a.start("cue");
                cueEnd = a.end("cue");
            } else if (b.find()) {
                cueStart = b.start("cue");
                cueEnd = b.end("cue");
            } else {
                continue;
            }
            String srcName = null, srcLabel = null;
            if (srcStart >= 0) {
                srcName = text.substring(srcStart, srcEnd);
                srcLabel = labelFromSources(sources, srcStart, srcEnd, srcName);
            } else {
                int[] span = speakerIn(doc, s, c, sources);
                if (span != null) {
                    srcStart = span[0];
                    srcEnd = span[1];
                    srcName = text.substring(srcStart, srcEnd);
                    srcLabel = labelFromSources(sources, srcStart, srcEnd, srcName);
                }
            }
            List<ProvenanceLink> links = new ArrayList<>();
            if (publisher != null) {
                links.add(new ProvenanceLink(publisher.name(), OutletLabels.shortLabel(publisher.outlet()),
                        publisher.evidenceStart(), publisher.evidenceEnd()));
            }
            links.add(new ProvenanceLink(c.name(), OutletLabels.shortLabel(c), c.start(), c.end()));
            if (srcName != null) links.add(new ProvenanceLink(srcName, srcLabel, srcStart, srcEnd));
            int start = Math.min(c.start(), cueStart), end = Math.max(c.end(), cueEnd);
            if (srcStart >= 0) {
                start = Math.min(start, srcStart);
                end = Math.max(end, srcEnd);
            }
            out.add(new ProvenanceChain(start, end, links));
        }
        return out;
    }

    private static boolean sameOutlet(CitedOutlet a, CitedOutlet b) {
        return a.outlet() != null && b.outlet() != null ? a.outlet().id().equals(b.outlet().id()) : a.name().equals(b.name());
    }

    private static Sentence sentenceAt(TextDocument doc, int offset) {
        for (Sentence s : doc.sentences()) if (s.start() <= offset && offset < s.end()) return s;
        return null;
    }

    /** Who gave the outlet the claim: an extracted source in the sentence, a speaker after the outlet, or the subject. */
    private int[] speakerIn(TextDocument doc, Sentence s, CitedOutlet c, List<Source> sources) {
        for (Source src : sources) {
            if (src.kind() == SourceKind.MEDIA) continue;
            for (Mention mention : src.mentions()) {
                if (mention.speakerStart() >= s.start() && mention.speakerEnd() <= s.end() && mention.speakerEnd() > mention.speakerStart()
                        && (mention.speakerEnd() <= c.start() || mention.speakerStart() >= c.end())) {
                    return new int[] {mention.speakerStart(), mention.speakerEnd()};
                }
            }
        }
        String text = doc.text();
        // the speaker follows the outlet closely; a bounded window keeps a sentence naming many outlets linear
        int from = Math.min(c.end(), s.end());
        Matcher m = speaker.matcher(text).region(from, Math.min(s.end(), from + SPEAKER_WINDOW));
        while (m.find()) {
            int[] span = trimName(text, m.start("name"), m.end("name"));
            if (span != null) return span;
        }
        if (c.start() > s.start()) {
            Matcher l = LEADING_NAME.matcher(text).region(s.start(), c.start());
            if (l.lookingAt()) return trimName(text, l.start("name"), l.end("name"));
        }
        return null;
    }

    /** Drops leading words that are not names ("Thursday Lavrov" → "Lavrov"); null when nothing is left. */
    private static int[] trimName(String text, int start, int end) {
        String[] words = text.substring(start, end).split("\\s+");
        int s = start;
        for (String w : words) {
            if (!NOT_NAMES.contains(w)) break;
            s += w.length();
            while (s < end && Character.isWhitespace(text.charAt(s))) s++;
        }
        return s >= end ? null : new int[] {s, end};
    }

    private static String labelFromSources(List<Source> sources, int start, int end, String name) {
        for (Source src : sources) {
            for (Mention m : src.mentions()) {
                if (m.speakerStart() < end && start < m.speakerEnd()) return src.kind().label().toLowerCase(Locale.ROOT);
            }
        }
        if (ANONYMOUS.matcher(name).find() && !LEADING_NAME.matcher(name).lookingAt()) return "anonymous";
        if (Character.isUpperCase(name.charAt(0))) return "named";
        return "unclear who";
    }
}
