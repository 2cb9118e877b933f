package org.sourcelight.cli.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcelight.analysis.outlets.OutletLabels;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import org.sourcelight.model.Sentence;
import org.sourcelight.text.TextDocument;

/**
 * Spans a judge should look at in one article: what the analysis labelled, plus name-like spans it may have
 * missed (any registry name or alias as written, a capitalised name after "according to", "told" … or before
 * "reported", a capitalised name ending in a media word such as "News" or "Times"). Only for building the label
 * file; the product never uses these rules.
 */
final class OutletCandidates {
    /** A span to judge, where it came from, what the analysis said about it and the sentence around it. */
    record Candidate(int start, int end, String name, String origin, String predicted, String context) {}

    private static final String CAP = "(?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*|\\d+)";
    private static final String NAME = CAP + "(?:[ \\t]+(?:(?:of|the|and|&|de|al|for)[ \\t]+)?" + CAP + "){0,5}";
    private static final Pattern CUE_BEFORE = Pattern.compile("\\b(?:according to|told|reported by|in an interview with|"
            + "speaking to|spoke to|spoke with|quoted by|cited by|published by|wrote in|writing in|said on|appeared on|"
            + "an interview on|reports? from|reporting by|via|first reported|broke the news)\\s+(?:the\\s+)?(?<name>" + NAME + ")");
    private static final Pattern CUE_AFTER = Pattern.compile("(?<name>" + NAME + ")\\s+(?:reported|reports|has reported|"
            + "first reported|has learned|reporter|correspondent|anchor|host|editor|columnist|poll|affiliate)\\b");
    private static final Pattern MEDIA_WORD = Pattern.compile("(?<name>" + NAME + "[ \\t]+(?:News|Times|Post|Journal|Network|"
            + "Agency|TV|Radio|Herald|Tribune|Magazine|Press|Gazette|Telegraph|Guardian|Daily|Broadcasting|Channel|Wire|"
            + "Examiner|Observer|Chronicle|Star|Sun|Mail|Express|Today|Insider|Beast|Hill|Review|Report|Register|Globe|"
            + "Independent|Bulletin|Courier|Dispatch|Monitor|Reporter|Inquirer|Caller|Beacon|Free Beacon|Online))\\b");

    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    OutletCandidates(List<Outlet> registry) {
        for (Outlet o : registry) {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(o.name());
            for (String n : names) {
                String s = n.strip();
                if (s.length() < 2 || !Character.isLetterOrDigit(s.charAt(0))) continue;
                String first = s.split("[\\s]+")[0];
                List<String> l = byFirstWord.computeIfAbsent(first, k -> new ArrayList<>());
                if (!l.contains(s)) l.add(s);
            }
        }
    }

    List<Candidate> find(TextDocument doc, List<CitedOutlet> cited) {
        String text = doc.text();
        List<Candidate> out = new ArrayList<>();
        for (CitedOutlet c : cited) {
            out.add(new Candidate(c.start(), c.end(), text.substring(c.start(), c.end()), "labelled:" + c.how(),
                    c.name() + " = " + (c.outlet() == null ? OutletLabels.NOT_IN_REGISTRY : c.outlet().id() + " ("
                            + OutletLabels.shortLabel(c.outlet()) + ")"), context(doc, c.start(), c.end())));
        }
        List<Candidate> extra = new ArrayList<>();
        registryNames(doc, extra);
        pattern(doc, CUE_BEFORE, "cue-before", extra);
        pattern(doc, CUE_AFTER, "cue-after", extra);
        pattern(doc, MEDIA_WORD, "media-word", extra);
        extra.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        for (Candidate e : extra) {
            if (out.stream().noneMatch(c -> c.start() < e.end() && e.start() < c.end())) out.add(e);
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    private void registryNames(TextDocument doc, List<Candidate> out) {
        String text = doc.text();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))) j++;
            String word = text.substring(i, j).replaceAll("[^\\p{L}\\p{N}]+$", "");
            List<String> names = byFirstWord.get(word);
            if (names != null) {
                String best = null;
                for (String n : names) {
                    int e = i + n.length();
                    if (text.startsWith(n, i) && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))
                            && (best == null || n.length() > best.length())) best = n;
                }
                if (best != null) {
                    out.add(new Candidate(i, i + best.length(), best, "registry-name", "", context(doc, i, i + best.length())));
                }
            }
            i = j;
        }
    }

    private static void pattern(TextDocument doc, Pattern p, String origin, List<Candidate> out) {
        String text = doc.text();
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start("name"), e = m.end("name");
            while (e > s && ".,'’".indexOf(text.charAt(e - 1)) >= 0) e--;
            if (e - s < 2) continue;
            out.add(new Candidate(s, e, text.substring(s, e), origin, "", context(doc, s, e)));
        }
    }

    /** The sentence around the span (at most 300 characters), on one line, the span in [[ ]]. */
    static String context(TextDocument doc, int start, int end) {
        String text = doc.text();
        int s = Math.max(0, start - 150), e = Math.min(text.length(), end + 150);
        for (Sentence sen : doc.sentences()) {
            if (sen.start() <= start && start < sen.end()) {
                s = Math.max(s, sen.start());
                e = Math.min(Math.max(e, end), Math.max(sen.end(), end));
                break;
            }
        }
        return (text.substring(s, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, e))
                .replaceAll("\\s+", " ").strip();
    }
}
