package org.sourcelight.analysis.outlets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.text.Lexicon;
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
    /**
     * Literal prefilters, each a necessary condition of its pattern's match (null: none, always try the pattern):
     * the first words (up to the first space) of the speech verbs, one of which a {@link #speaker} match holds as
     * written (the pattern is case-sensitive); the first words, lower case, of the "before" cues, one of which a
     * {@link #before} match holds up to ASCII case (it is {@code CASE_INSENSITIVE} without Unicode case, and only
     * ASCII words are prefiltered).
     */
    private final List<String> speechWords;
    private final List<String> beforeWords;

    ProvenanceFinder(OutletLexicons lex) {
        speechWords = firstWords(lex.relay("speech"), false);
        beforeWords = firstWords(lex.relay("before"), true);
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

    /** The distinct first words of {@code phrases} (lower case when {@code asciiOnly}), or null when one cannot be used. */
    private static List<String> firstWords(List<String> phrases, boolean asciiOnly) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            int space = p.indexOf(' ');
            String w = space < 0 ? p : p.substring(0, space);
            if (w.isEmpty()) return null;
            if (asciiOnly) {
                for (int i = 0; i < w.length(); i++) if (w.charAt(i) >= 128) return null;
                w = w.toLowerCase(Locale.ROOT);
            }
            if (!out.contains(w)) out.add(w);
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    /** True when one of {@code words} occurs in {@code text[from, to)} (ASCII letters lower-cased first when {@code lower}). */
    private static boolean anyIn(List<String> words, String text, int from, int to, boolean lower) {
        if (words == null) return true;
        String w = text.substring(from, to);
        if (lower) {
            char[] cs = w.toCharArray();
            for (int i = 0; i < cs.length; i++) if (cs[i] >= 'A' && cs[i] <= 'Z') cs[i] += 32;
            w = new String(cs);
        }
        for (String x : words) if (w.contains(x)) return true;
        return false;
    }

    /** Where the last {@code word} (lower-case ASCII) starts in {@code text[from, to)}, up to ASCII case; -1 when none. */
    private static int lastAsciiIgnoringCase(String text, int from, int to, String word) {
        for (int i = to - word.length(); i >= from; i--) {
            int k = 0;
            while (k < word.length()) {
                char ch = text.charAt(i + k);
                if (ch >= 'A' && ch <= 'Z') ch += 32;
                if (ch != word.charAt(k)) break;
                k++;
            }
            if (k == word.length()) return i;
        }
        return -1;
    }

    /** True when {@code text[from, to)} holds only white space ({@code \s}), commas and opening brackets. */
    private static boolean onlySpaceCommasBrackets(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (!(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r' || ch == ',' || ch == '(')) return false;
        }
        return true;
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
        // where the last "saying" (up to ASCII case) of the sentence read last starts: a quoteAs match ends with
        // "as saying" inside the sentence after the outlet, so there is none unless it starts after the outlet
        Sentence sayingIn = null;
        int lastSaying = -1;
        for (CitedOutlet c : cited) {
            if (c.how().equals("credit") || !doc.isBody(c.start())) continue;
            // "the official Syrian Arab News Agency (SANA)": one relay, not two (overlapping finds: nothing between)
            if (previous != null && sameOutlet(previous, c)
                    && onlySpaceCommasBrackets(text, Math.min(previous.end(), c.start()), c.start())) {
                continue;
            }
            previous = c;
            Sentence s = sentenceAt(doc, c.start());
            if (s == null) continue;
            // a name found across a sentence end ("… Maori Television\". New Zealand …"): read this sentence only
            int after0 = Math.min(c.end(), s.end());
            int cueStart = -1, cueEnd = -1, srcStart = -1, srcEnd = -1;
            if (s != sayingIn) {
                sayingIn = s;
                lastSaying = lastAsciiIgnoringCase(text, s.start(), s.end(), "saying");
            }
            Matcher m = quoteAs.matcher(text).region(after0, s.end());
            Matcher a = after.matcher(text).region(after0, s.end());
            // the "before" cue ends right at the outlet ("according to the Syrian "): a bounded window behind it
            int beforeFrom = Math.max(s.start(), c.start() - BEFORE_WINDOW);
            Matcher b = before.matcher(text).region(beforeFrom, c.start()).useTransparentBounds(true);
            if (lastSaying >= after0 && m.lookingAt()) {
                cueStart = m.start("cue");
                cueEnd = m.end("cue");
                srcStart = m.start("src");
                srcEnd = m.end("src");
            } else if (a.lookingAt()) {
                cueStart = a.start("cue");
                cueEnd = a.end("cue");
            } else if (anyIn(beforeWords, text, beforeFrom, c.start(), true) && b.find()) {
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

    /** The sentence containing {@code offset}, or null (the sentences are sorted and do not overlap: a binary search). */
    private static Sentence sentenceAt(TextDocument doc, int offset) {
        List<Sentence> ss = doc.sentences();
        int lo = 0, hi = ss.size() - 1, found = -1;
        while (lo <= hi) { // the last sentence starting at or before offset
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && offset < ss.get(found).end() ? ss.get(found) : null;
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
        int from = Math.min(c.end(), s.end()), to = Math.min(s.end(), from + SPEAKER_WINDOW);
        if (anyIn(speechWords, text, from, to, false)) {
            Matcher m = speaker.matcher(text).region(from, to);
            while (m.find()) {
                int[] span = trimName(text, m.start("name"), m.end("name"));
                if (span != null) return span;
            }
        }
        if (c.start() > s.start()) {
            Matcher l = LEADING_NAME.matcher(text).region(s.start(), c.start());
            if (l.lookingAt()) return trimName(text, l.start("name"), l.end("name"));
        }
        return null;
    }

    /** Drops leading words that are not names ("Thursday Lavrov" → "Lavrov"); null when nothing is left. */
    private static int[] trimName(String text, int start, int end) {
        String[] words = Lexicon.split(text.substring(start, end));
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
