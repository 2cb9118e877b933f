package org.sourcelight.cli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.model.Mention;
import org.sourcelight.model.ResolvedBy;
import org.sourcelight.model.Source;
import org.sourcelight.model.SourceKind;
import org.sourcelight.model.Span;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.Lexicon;
import org.sourcelight.text.TextDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval attribution --brat DIR}: runs the real pipeline over brat attribution files (PolNeAR's Source, Cue
 * and Content spans) and prints precision, recall and F1 of cue, source and content spans, recall by kind of
 * attribution, pronoun resolution against a label file and how unnamed sources are graded. Definitions in
 * docs/evaluation.md, section "attribution".
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Score the Sources panel against brat attribution files (e.g. PolNeAR data/dev).",
                "Definitions: docs/evaluation.md, section 'attribution'."})
public final class AttributionEval implements Callable<Integer> {
    @Option(names = "--brat", required = true, paramLabel = "DIR",
            description = "folder of brat .txt/.ann pairs (or PolNeAR's text/ and attributions/ folders)")
    Path brat;

    @Option(names = "--report", paramLabel = "FILE", description = "write every miss and false positive here")
    Path report;

    @Option(names = "--pronouns", paramLabel = "FILE",
            description = "label file of pronoun and role-noun speakers and whom they refer to (TSV)")
    Path pronouns;

    @Option(names = "--write-accuracy", paramLabel = "FILE",
            description = "write the Sources panel's accuracy line from this run (a .properties file)")
    Path writeAccuracy;

    @Option(names = "--data-name", paramLabel = "WORDS", defaultValue = "",
            description = "how the accuracy line names the data, e.g. \"US political news from 2016, PolNeAR dev\" (default: the folder name)")
    String dataName;

    @Option(names = "--only-labelled",
            description = "score only the articles named in the --pronouns label file (quick pronoun runs)")
    boolean onlyLabelled;

    private static final Set<String> WEEKDAYS_MONTHS = org.sourcelight.text.Calendar.WEEKDAYS_AND_MONTHS;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
            "its", "our", "my", "him", "them", "us", "me", "one", "who", "which", "that", "this", "these", "those");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "some", "several", "many", "most", "few", "other",
            "others", "two", "three", "four", "five", "both", "dozens", "hundreds", "numerous", "various", "certain");

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<Brat.Article> articles = Brat.readFolder(brat);
        if (articles.isEmpty()) {
            System.err.println("sourcelight: no .txt/.ann pairs in " + brat);
            return 2;
        }
        List<PronounLabel> labels = pronouns == null ? List.of() : PronounLabel.read(pronouns);
        if (onlyLabelled && (pronouns == null || writeAccuracy != null)) {
            System.err.println("sourcelight: --only-labelled needs --pronouns and cannot write an accuracy line (a subset is not the data set)");
            return 2;
        }
        if (onlyLabelled) {
            Set<String> files = new java.util.HashSet<>();
            for (PronounLabel l : labels) files.add(l.file());
            articles = articles.stream().filter(a -> files.contains(a.name())).toList();
        }
        Result r = run(articles, labels);
        r.print(out, brat);
        if (report != null) {
            Files.writeString(report, r.report.toString(), StandardCharsets.UTF_8);
            out.println("misses and false positives: " + report);
        }
        if (writeAccuracy != null) {
            String name = dataName.isBlank() ? brat.getFileName().toString() : dataName;
            r.writeAccuracy(writeAccuracy, name, articles.size());
            out.println("accuracy line written: " + writeAccuracy);
        }
        return 0;
    }

    /** Scores the pipeline over the articles. */
    public static Result run(List<Brat.Article> articles, List<PronounLabel> labels) {
        Pipeline pipeline = Pipeline.standard();
        DocumentBuilder builder = DocumentBuilder.standard();
        Set<String> titles = titleWords();
        Result r = new Result();
        Map<String, List<PronounLabel>> labelsByFile = new HashMap<>();
        for (PronounLabel l : labels) labelsByFile.computeIfAbsent(l.file(), k -> new ArrayList<>()).add(l);
        for (Brat.Article a : articles) {
            TextDocument doc = builder.build(a.text(), null);
            List<Source> sources;
            try {
                sources = pipeline.analyze(doc).sources();
            } catch (RuntimeException e) {
                // a failure in a later step must not hide the Sources figures: score the Sources step alone
                r.failures.add(a.name() + ": " + e);
                sources = pipeline.sources().extract(doc);
            }
            r.article(a, doc, sources, labelsByFile.getOrDefault(a.name(), List.of()), titles);
        }
        return r;
    }

    private static Set<String> titleWords() {
        Set<String> s = new java.util.HashSet<>();
        for (String e : Lexicon.load("abbreviations").entries()) s.add(e.replace(".", "").toLowerCase(Locale.ROOT));
        return s;
    }

    /** A predicted mention mapped back to the original text. */
    record Predicted(Source source, Mention mention, Brat.Spans cue, Brat.Spans speaker, Brat.Spans content) {}

    /** All figures of one run. */
    public static final class Result {
        final AttributionScore score = new AttributionScore();
        final Map<String, int[]> byKind = new LinkedHashMap<>(); // kind -> {gold, cueFound, sourceFound, contentFound}
        int pronounLabels, pronounFound, pronounRight;
        int unnamedGold, unnamedFound, unnamedGraded, unnamedDocuments;
        int badSpeakers, speakers;
        final StringBuilder report = new StringBuilder();
        final List<String> failures = new ArrayList<>();
        final StringBuilder pronounReport = new StringBuilder();

        public AttributionScore score() { return score; }

        void article(Brat.Article a, TextDocument doc, List<Source> sources, List<PronounLabel> labels, Set<String> titles) {
            String text = a.text();
            List<Predicted> preds = new ArrayList<>();
            for (Source s : sources) {
                speakers++;
                if (isBadSpeaker(s.speaker(), titles)) {
                    badSpeakers++;
                    report.append(a.name()).append("\tBAD SPEAKER\t").append(s.speaker()).append('\n');
                }
                int lastCued = -1; // index in preds of this source's latest mention with a cue
                for (Mention m : s.mentions()) {
                    Brat.Spans content = contentOf(doc, m);
                    if (m.cueSpan().isEmpty() && m.resolvedBy() == ResolvedBy.CONTINUED_QUOTE && lastCued >= 0 && content != null) {
                        // a quote that continues the speaker's words is a further fragment of that attribution's
                        // content, as PolNeAR writes a quote carried over sentences: one content of several parts
                        Predicted p = preds.get(lastCued);
                        preds.set(lastCued, new Predicted(p.source(), p.mention(), p.cue(), p.speaker(), joined(p.content(), content)));
                        continue;
                    }
                    preds.add(new Predicted(s, m, original(doc, m.cueSpan()), original(doc, m.speakerSpan()), content));
                    if (!m.cueSpan().isEmpty()) lastCued = preds.size() - 1;
                }
            }
            List<AttributionScore.Item> gc = new ArrayList<>(), gs = new ArrayList<>(), gt = new ArrayList<>();
            for (Brat.Attribution g : a.attributions()) {
                String tag = kind(text, g);
                if (g.cue() != null) gc.add(new AttributionScore.Item(g.cue(), tag));
                if (g.source() != null) gs.add(new AttributionScore.Item(g.source(), tag));
                if (g.content() != null) gt.add(new AttributionScore.Item(g.content(), tag));
            }
            List<AttributionScore.Item> pc = new ArrayList<>(), ps = new ArrayList<>(), pt = new ArrayList<>();
            for (Predicted p : preds) {
                String tag = p.source().speaker() + " (" + p.source().kind().code() + ", " + (p.mention().direct() ? "direct" : "reported") + ")";
                if (p.cue() != null) pc.add(new AttributionScore.Item(p.cue(), tag));
                if (p.speaker() != null) ps.add(new AttributionScore.Item(p.speaker(), tag));
                if (p.content() != null) pt.add(new AttributionScore.Item(p.content(), tag));
            }
            reportMatching(a, "cue", score.add("cue", text, gc, pc));
            AttributionScore.Matching sm = score.add("source", text, gs, ps);
            reportMatching(a, "source", sm);
            reportInexact(a, "source", AttributionScore.distinct(gs), AttributionScore.distinct(ps), sm);
            AttributionScore.Matching tm = score.add("content", text, gt, pt);
            reportMatching(a, "content", tm);
            reportInexact(a, "content", AttributionScore.distinct(gt), AttributionScore.distinct(pt), tm);
            for (Brat.Attribution g : a.attributions()) {
                int[] k = byKind.computeIfAbsent(kind(text, g), x -> new int[4]);
                k[0]++;
                if (g.cue() != null && anyOverlap(g.cue(), preds, 0)) k[1]++;
                if (g.source() != null && anyOverlap(g.source(), preds, 1)) k[2]++;
                if (g.content() != null && anyOverlap(g.content(), preds, 2)) k[3]++;
                if (g.source() != null && isUnnamed(text, g.source())) {
                    unnamedGold++;
                    Predicted p = overlapping(g.source(), preds);
                    if (p != null && p.source().kind() == SourceKind.DOCUMENT) {
                        unnamedDocuments++; // "a new poll", "court filings": a text, rightly graded document
                    } else if (p != null) {
                        unnamedFound++;
                        SourceKind sk = p.source().kind();
                        if (sk == SourceKind.ANONYMOUS || sk == SourceKind.VAGUE) unnamedGraded++;
                        else report.append(a.name()).append("\tUNNAMED GRADED ").append(sk.code()).append('\t')
                                .append(g.source().text(text)).append(" -> ").append(p.source().speaker()).append('\n');
                    }
                }
            }
            for (PronounLabel l : labels) {
                pronounLabels++;
                Brat.Spans ls = new Brat.Spans(List.of(new Brat.Frag(l.start(), l.end())));
                Predicted p = overlapping(ls, preds);
                String got = p == null ? "(not found)" : p.source().speaker();
                boolean right = p != null && l.matches(got);
                if (p != null) pronounFound++;
                if (right) pronounRight++;
                pronounReport.append(a.name()).append('\t').append(l.start()).append('\t').append(l.pronoun())
                        .append("\texpected ").append(l.referent()).append("\tgot ").append(got)
                        .append(right ? "\tOK" : "\tWRONG").append('\n');
            }
        }

        private void reportMatching(Brat.Article a, String kind, AttributionScore.Matching m) {
            for (AttributionScore.Item i : m.missed()) line(a, "MISSED " + kind, i);
            for (AttributionScore.Item i : m.falsePositives()) line(a, "FALSE " + kind, i);
        }

        /** Matched pairs whose texts differ (the speaker found, its boundaries not the gold ones). */
        private void reportInexact(Brat.Article a, String kind, List<AttributionScore.Item> gold, List<AttributionScore.Item> pred,
                                   AttributionScore.Matching m) {
            for (int g = 0; g < gold.size(); g++) {
                int p = m.goldToPred()[g];
                if (p < 0) continue;
                String gt = AttributionScore.trimmed(a.text(), gold.get(g).spans()), pt = AttributionScore.trimmed(a.text(), pred.get(p).spans());
                if (gt.equals(pt)) continue;
                report.append(a.name()).append('\t').append(gold.get(g).spans().start()).append("\tINEXACT ").append(kind)
                        .append("\tgold [").append(gt.replace('\n', ' ')).append("]\tfound [").append(pt.replace('\n', ' ')).append("]\n");
            }
        }

        private void line(Brat.Article a, String what, AttributionScore.Item i) {
            String t = i.spans().text(a.text()).replace('\n', ' ');
            if (t.length() > 140) t = t.substring(0, 137) + "…";
            report.append(a.name()).append('\t').append(i.spans().start()).append('\t').append(what).append('\t')
                    .append(i.tag()).append('\t').append(t).append('\n');
        }

        private static boolean anyOverlap(Brat.Spans g, List<Predicted> preds, int part) {
            for (Predicted p : preds) {
                Brat.Spans s = part == 0 ? p.cue() : part == 1 ? p.speaker() : p.content();
                if (s != null && AttributionScore.overlap(g, s) > 0) return true;
            }
            return false;
        }

        private static Predicted overlapping(Brat.Spans g, List<Predicted> preds) {
            Predicted best = null;
            int bestO = 0;
            for (Predicted p : preds) {
                if (p.speaker() == null) continue;
                int o = AttributionScore.overlap(g, p.speaker());
                if (o > bestO) { best = p; bestO = o; }
            }
            return best;
        }

        void print(PrintStream out, Path dir) {
            out.println("attribution on " + dir + " (overlap match; exact in brackets)");
            out.println(String.format(Locale.ROOT, "%-8s %6s %6s  %-15s %-15s %-15s", "spans", "gold", "found", "precision", "recall", "F1"));
            for (Map.Entry<String, AttributionScore.Counts> e : score.counts.entrySet()) {
                AttributionScore.Counts c = e.getValue();
                out.println(String.format(Locale.ROOT, "%-8s %6d %6d  %.3f [%.3f]   %.3f [%.3f]   %.3f [%.3f]", e.getKey(), c.gold,
                        c.predicted, c.precision(), c.exactPrecision(), c.recall(), c.exactRecall(), c.f1(), c.exactF1()));
            }
            out.println("recall by kind of attribution (gold attributions whose part any prediction overlaps):");
            for (Map.Entry<String, int[]> e : byKind.entrySet()) {
                int[] k = e.getValue();
                out.println(String.format(Locale.ROOT, "  %-15s %6d  cue %.3f  source %.3f  content %.3f", e.getKey(), k[0],
                        ratio(k[1], k[0]), ratio(k[2], k[0]), ratio(k[3], k[0])));
            }
            out.println(String.format(Locale.ROOT, "unnamed sources (no capitalised word, not a pronoun): %d in gold, %d found "
                    + "(and %d graded document), %d graded anonymous or vague (%.3f of those found)", unnamedGold, unnamedFound,
                    unnamedDocuments, unnamedGraded, ratio(unnamedGraded, unnamedFound)));
            out.println(String.format(Locale.ROOT, "speakers that are a bare title, number, weekday or month: %d of %d", badSpeakers, speakers));
            for (String f : failures) out.println("pipeline failed after the Sources step (scored Sources alone): " + f);
            if (pronounLabels > 0) {
                out.println(String.format(Locale.ROOT, "pronoun and role-noun speakers: %d labelled, %d found, %d resolved to the "
                        + "labelled name (%.3f of labelled, %.3f of found)", pronounLabels, pronounFound, pronounRight,
                        ratio(pronounRight, pronounLabels), ratio(pronounRight, pronounFound)));
                report.append("\n== pronoun resolution\n").append(pronounReport);
            }
        }

        void writeAccuracy(Path file, String data, int articleCount) throws IOException {
            AttributionScore.Counts cue = score.of("cue"), src = score.of("source"), content = score.of("content");
            String line = String.format(Locale.ROOT,
                    "On %d news articles it was not built on (%s), marked by hand by researchers, it found %d%% of the "
                            + "places where someone is quoted, cited or said to believe or want something, and %d%% of "
                            + "what it found was right there; it pointed at the right speaker %d%% of the time and found "
                            + "%d%% of the quoted or reported words.",
                    articleCount, data, pct(cue.recall()), pct(cue.precision()), pct(src.precision()), pct(content.recall()));
            String body = "# Generated by `sourcelight eval attribution --write-accuracy` from a run on " + data + ".\n"
                    + "# Do not edit by hand: rerun the command (docs/evaluation.md, section attribution).\n"
                    + String.format(Locale.ROOT, "# cue P/R/F1 %.3f/%.3f/%.3f, source %.3f/%.3f/%.3f, content %.3f/%.3f/%.3f%n",
                    cue.precision(), cue.recall(), cue.f1(), src.precision(), src.recall(), src.f1(),
                    content.precision(), content.recall(), content.f1())
                    + "public=" + line + "\n";
            Files.writeString(file, body, StandardCharsets.UTF_8);
        }

        private static int pct(double d) { return (int) Math.round(d * 100); }
    }

    static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }

    /** How the Sources panel marks a quote with no cue of its own that continues a speaker's words. */

    /** The fragments of both, in text order ({@code a} may be null: the cued mention had no content). */
    private static Brat.Spans joined(Brat.Spans a, Brat.Spans b) {
        List<Brat.Frag> frags = new ArrayList<>(a == null ? List.of() : a.frags());
        frags.addAll(b.frags());
        frags.sort(java.util.Comparator.comparingInt(Brat.Frag::start));
        return new Brat.Spans(frags);
    }

    /**
     * A mention's content as scored: its span, or, when the span holds the mention's own speaker and cue (a sentence
     * the attribution interrupts: '"We tried," she said, "and nobody came."', "The goal, he said, is peace."), the
     * part before them and the part after the comma that closes them, as PolNeAR writes such a content (two
     * fragments). The white space and commas at the cut stay out of both parts.
     */
    static Brat.Spans contentOf(TextDocument doc, Mention m) {
        Span c = m.contentSpan();
        if (c.isEmpty() || m.speakerSpan().isEmpty() || m.cueSpan().isEmpty()) return original(doc, c);
        int lo = Math.min(m.speakerStart(), m.cueStart()), hi = Math.max(m.speakerEnd(), m.cueEnd());
        if (lo <= c.start() || hi >= c.end()) return original(doc, c);
        String t = doc.text();
        int a = lo;
        while (a > c.start() && (Character.isWhitespace(t.charAt(a - 1)) || t.charAt(a - 1) == ',')) a--;
        int b = t.indexOf(',', hi);
        b = b < 0 || b >= c.end() ? hi : b + 1;
        while (b < c.end() && Character.isWhitespace(t.charAt(b))) b++;
        if (a <= c.start() || b >= c.end()) return original(doc, c);
        Brat.Spans first = original(doc, new Span(c.start(), a)), second = original(doc, new Span(b, c.end()));
        return joined(first, second);
    }

    private static Brat.Spans original(TextDocument doc, Span s) {
        if (s.isEmpty()) return null;
        int end = doc.offsetMap().toOriginal(s.end() - 1) + 1, next = doc.offsetMap().toOriginal(s.end());
        // a character normalized from several ("''" written for a double quotation mark) ends after all of them
        if (next > end && doc.original().substring(end, next).chars().noneMatch(Character::isWhitespace)) end = next;
        Span o = new Span(doc.offsetMap().toOriginal(s.start()), end);
        return new Brat.Spans(List.of(new Brat.Frag(o.start(), o.end())));
    }

    /** "according to", "direct" (the content has quotation marks) or "reported". */
    static String kind(String text, Brat.Attribution g) {
        if (g.cue() != null && g.cue().text(text).toLowerCase(Locale.ROOT).contains("according to")) return "according to";
        if (g.content() != null) {
            String c = g.content().text(text);
            if (c.indexOf('"') >= 0 || c.indexOf('\u201C') >= 0 || c.indexOf('\u201D') >= 0 || c.contains("''")) return "direct quote";
        }
        return "reported speech";
    }

    /**
     * A gold source naming nobody in particular: no capitalised word after its first word, not a pronoun, and
     * indefinite or a bare plural ("officials", "a spokesman", "sources familiar with the matter", "many experts");
     * a single capitalised word ("Aides") only when the article also writes it in lower case (not "Sanders").
     */
    static boolean isUnnamed(String text, Brat.Spans s) {
        String[] w = s.text(text).strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) return false;
        String first = w[0].toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(first) || first.equals("the") || first.endsWith("'s") || first.endsWith("\u2019s")) return false;
        for (int i = 1; i < w.length; i++) if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))) return false;
        if (DETERMINERS.contains(first)) return true;
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        if (w.length == 1 && Character.isUpperCase(w[0].charAt(0))) {
            // "Aides" (a common noun starting a sentence) but not "Sanders": the word must also appear in lower case
            if (!java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(first) + "(?![\\p{L}])").matcher(text).find()) return false;
        }
        return w.length <= 6 && last.endsWith("s") && Character.isLetter(first.charAt(0));
    }

    static boolean isBadSpeaker(String name, Set<String> titles) {
        String n = name.strip();
        if (n.isEmpty()) return true;
        if (n.indexOf(' ') >= 0) return false;
        String l = n.toLowerCase(Locale.ROOT).replace(".", "");
        if (l.chars().allMatch(Character::isDigit)) return true;
        return WEEKDAYS_MONTHS.contains(l) || titles.contains(l);
    }
}
