package org.sourcelight.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sourcelight.analysis.Pipeline;
import org.sourcelight.analysis.assertions.Reason;
import org.sourcelight.cli.eval.AssertionsData.BabeSentence;
import org.sourcelight.cli.eval.AssertionsData.BasilArticle;
import org.sourcelight.cli.eval.AssertionsData.Part;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.BlockKind;
import org.sourcelight.model.Span;
import org.sourcelight.model.Trigger;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval assertions}: word-level precision, recall and F1 of the panel's word-choice highlights against BABE
 * biased words and BASIL lexical-bias spans, and the share of attributed PolNeAR contents the panel flags as claims
 * with no source. Definitions in docs/evaluation.md ("### assertions").
 */
@Command(name = "assertions", mixinStandardHelpOptions = true,
        description = {"Score the Assertions panel: loaded-language words against BABE and BASIL, unsourced flags on",
                "attributed PolNeAR contents. Misses and false flags go to the --report file."})
public final class AssertionsEval implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--babe", description = "BABE label files (default: babe/data/final_labels_SG2.csv and final_labels_SG1.csv)")
    List<Path> babe;

    @Option(names = "--basil", description = "BASIL data folder with annotations/ and articles/ (default: basil/data)")
    Path basil;

    @Option(names = "--polnear", description = "a PolNeAR split folder with text/ and attributions/ (default: polnear/data/dev)")
    Path polnear;

    @Option(names = "--part", defaultValue = "dev", description = "BABE/BASIL part to score: dev (default), train or all")
    String part;

    @Option(names = "--report", defaultValue = "target/eval-assertions.txt", description = "where to write misses and false flags")
    Path report;

    @Option(names = "--write-accuracy", description = "write the panel's accuracy line from this run to this properties file")
    Path accuracyFile;

    private final Pipeline pipeline = Pipeline.standard();
    private final DocumentBuilder builder = DocumentBuilder.standard();

    /** Word-level counts, with what was missed and what was wrongly flagged. */
    static final class WordScore {
        int tp, fp, fn, units;
        /** BASIL: wrongly flagged words inside a lexical span in a quotation, or inside an informational-bias span. */
        int fpQuotedLexical, fpInformational;
        /** BASIL: the words outside informational-bias spans only ({tp, fp, fn}), and marked spans with a flagged word. */
        final int[] outsideInformational = new int[3];
        int spans, spansFound;
        final Map<String, Integer> missed = new HashMap<>(), wrong = new HashMap<>(), right = new HashMap<>();
        final Map<String, int[]> byReason = new HashMap<>(); // reason -> {tp, fp}
        final Map<String, int[]> byEntry = new HashMap<>(); // the list entry that matched -> {tp, fp}
        final Map<String, int[]> byPlace = new java.util.TreeMap<>(); // where the flagged word stands -> {tp, fp}

        void placed(String place, boolean gold) { byPlace.computeIfAbsent(place, k -> new int[2])[gold ? 0 : 1]++; }

        void flagged(Trigger t, String word, boolean gold) {
            byReason.computeIfAbsent(t.reason(), k -> new int[2])[gold ? 0 : 1]++;
            byEntry.computeIfAbsent(t.reason() + ":" + t.term(), k -> new int[2])[gold ? 0 : 1]++;
            if (gold) { tp++; right.merge(word, 1, Integer::sum); }
            else { fp++; wrong.merge(word, 1, Integer::sum); }
        }

        double precision() { return tp + fp == 0 ? 0 : tp / (double) (tp + fp); }

        double recall() { return tp + fn == 0 ? 0 : tp / (double) (tp + fn); }

        double f1() { return f1(precision(), recall()); }

        static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

        /** BASIL: the figures with the words inside informational-bias spans left out of the count. */
        String outsideInformationalLine() {
            int[] o = outsideInformational;
            double p = o[0] + o[1] == 0 ? 0 : o[0] / (double) (o[0] + o[1]), r = o[0] + o[2] == 0 ? 0 : o[0] / (double) (o[0] + o[2]);
            return String.format(Locale.ROOT, "  words inside informational-bias spans not counted: %d marked words, %d flagged words, %d right;"
                    + " precision %.3f, recall %.3f, F1 %.3f; marked spans with a flagged word: %d of %d", o[0] + o[2], o[0] + o[1], o[0],
                    p, r, f1(p, r), spansFound, spans);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%s: %d %s, %d marked words, %d flagged words, %d right; precision %.3f, recall %.3f, F1 %.3f",
                    name, units, name.startsWith("BASIL") ? "articles" : "sentences", tp + fn, tp + fp, tp, precision(), recall(), f1());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!part.equals("dev") && !part.equals("train") && !part.equals("all")) {
            spec.commandLine().getErr().println("--part must be dev, train or all");
            return 2;
        }
        if (accuracyFile != null && !part.equals("dev")) {
            spec.commandLine().getErr().println("--write-accuracy needs --part dev: the line reports data the lists were not grown on");
            return 2;
        }
        if (report.getParent() != null) Files.createDirectories(report.getParent());
        try (PrintWriter rep = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
            out.println("Assertions evaluation, BABE/BASIL part: " + part
                    + " (split: FNV-1a of the sentence text / BASIL event id, mod 10 < 3 is dev)");
            List<Path> babeFiles = babe;
            if (babeFiles == null) {
                babeFiles = new ArrayList<>();
                for (String n : List.of("final_labels_SG2.csv", "final_labels_SG1.csv")) {
                    Corpora.find("babe/data").map(d -> d.resolve(n)).filter(Files::exists).ifPresent(babeFiles::add);
                }
            }
            WordScore sg2 = null;
            for (Path f : babeFiles) {
                List<BabeSentence> data = AssertionsData.babe(f);
                String name = "BABE " + f.getFileName().toString().replace("final_labels_", "").replace(".csv", "") + " " + part;
                for (Scored k : Scored.values()) {
                    WordScore s = scoreBabe(data, rep, f.getFileName().toString(), k);
                    if (sg2 == null) sg2 = s;
                    out.println(s.line(name + ", " + k.label));
                    if (k == Scored.WORD_CHOICE) out.println("  by reason: " + byReason(s));
                }
            }
            Path basilDir = present(basil != null ? basil : Corpora.find("basil/data").orElse(null), "BASIL", out);
            WordScore bs = null;
            if (basilDir != null) {
                List<BasilArticle> data = AssertionsData.basil(basilDir);
                for (Scored k : Scored.values()) {
                    WordScore s = scoreBasil(data, rep, k);
                    if (bs == null) bs = s;
                    out.println(s.line("BASIL " + part + ", " + k.label));
                    if (k == Scored.WORD_CHOICE) out.println("  by reason: " + byReason(s));
                    else {
                        out.println(String.format(Locale.ROOT, "  of the %d wrongly flagged words, %d are in a lexical span inside a quotation, %d in an informational-bias span",
                                s.fp, s.fpQuotedLexical, s.fpInformational));
                        out.println(s.outsideInformationalLine());
                    }
                }
            }
            Path polDir = present(polnear != null ? polnear : Corpora.find("polnear/data/dev").orElse(null), "PolNeAR", out);
            int[] pol = null;
            if (polDir != null) {
                if (polDir.toString().replace('\\', '/').contains("data/test")) throw new IllegalArgumentException("PolNeAR data/test is held out");
                pol = scorePolnear(Brat.readFolder(polDir), rep);
                String line = String.format(Locale.ROOT, "PolNeAR %s: %d articles, %d attributed contents, %d flagged as a claim with no source (%.1f%%)",
                        polDir.getFileName(), pol[0], pol[1], pol[2], 100.0 * pol[2] / Math.max(1, pol[1]));
                out.println(line);
            }
            out.println("Misses and false flags: " + report);
            if (accuracyFile != null) writeAccuracy(sg2, bs, pol, out);
        }
        return 0;
    }

    /** The folder, or null (with a line saying so) when it is absent: that corpus is skipped. */
    private static Path present(Path dir, String name, PrintWriter out) {
        if (dir != null && Files.isDirectory(dir)) return dir;
        out.println(name + ": not found" + (dir == null ? " under " + Corpora.root() : " at " + dir) + ", skipped");
        return null;
    }

    private static String byReason(WordScore s) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, int[]> e : s.byReason.entrySet()) {
            int[] v = e.getValue();
            parts.add(String.format(Locale.ROOT, "%s %d flagged, %d right", e.getKey(), v[0] + v[1], v[0]));
        }
        parts.sort(null);
        return String.join("; ", parts);
    }

    private boolean inPart(Part p) {
        return part.equals("all") || p.name().toLowerCase(Locale.ROOT).equals(part);
    }

    /** The panel's findings on a document: what the reader sees (its sources kept for {@link #place}). */
    private List<Assertion> findings(TextDocument doc) {
        org.sourcelight.analysis.ArticleAnalysis analysis = pipeline.analyze(doc);
        sources = analysis.sources();
        return analysis.assertions();
    }

    /** The sources of the document {@link #findings} last read. */
    private List<org.sourcelight.model.Source> sources = List.of();

    /**
     * Where a flagged word stands, for the report (decision 0053): in a sentence the panel reads as attributed or in
     * the outlet's own voice, and inside an attribution's cue, its speaker, the content of a direct quotation or of
     * reported speech, or outside every attribution of the Sources panel.
     */
    private String place(Assertion a, Trigger t) {
        String voice = a.explanation().contains(Reason.LOADED_IN_REPORT_CLAUSE) ? "attributed sentence" : "own voice";
        Span at = t.span();
        String part = "outside attributions";
        for (org.sourcelight.model.Source src : sources) {
            for (org.sourcelight.model.Mention m : src.mentions()) {
                if (m.cueSpan().overlaps(at)) return voice + "/cue";
                if (m.speakerSpan().overlaps(at)) part = "speaker";
                else if (m.contentSpan().contains(at) && part.equals("outside attributions"))
                    part = m.direct() ? "quoted content" : "reported content";
            }
        }
        return voice + "/" + part;
    }

    /** Which highlights are scored as loaded words: the loaded-language ones, or every word choice. */
    enum Scored {
        LOADED("loaded-language"), WORD_CHOICE("all word choices");

        final String label;

        Scored(String label) { this.label = label; }

        boolean counts(Trigger t) {
            Reason r = Reason.ofCode(t.reason());
            return this == LOADED ? r == Reason.LOADED_LANGUAGE : r.isWordChoice();
        }
    }

    private static boolean counts(Trigger t) {
        return Scored.WORD_CHOICE.counts(t);
    }

    private WordScore scoreBabe(List<BabeSentence> sentences, PrintWriter rep, String file, Scored scored) {
        WordScore s = new WordScore();
        rep.println("== BABE " + file + " (" + part + ", " + scored.label + "): sentences with a miss (-) or a false flag (+)");
        for (BabeSentence b : sentences) {
            if (!inPart(b.part())) continue;
            s.units++;
            Set<String> gold = new LinkedHashSet<>();
            for (String w : b.biasedWords()) gold.addAll(EvalWords.words(w));
            TextDocument doc = builder.build(b.text(), ArticleMeta.empty(), Map.of(0, BlockKind.BODY));
            Map<String, Trigger> pred = new HashMap<>(); // word -> the first trigger that flagged it
            Map<String, String> placeOf = new HashMap<>();
            for (Assertion a : findings(doc)) {
                for (Trigger t : a.triggers()) {
                    if (!scored.counts(t)) continue;
                    for (String w : EvalWords.words(doc.text().substring(t.start(), t.end()))) {
                        if (pred.putIfAbsent(w, t) == null) placeOf.put(w, place(a, t));
                    }
                }
            }
            List<String> line = new ArrayList<>();
            for (Map.Entry<String, Trigger> e : pred.entrySet()) {
                boolean ok = gold.contains(e.getKey());
                s.flagged(e.getValue(), e.getKey(), ok);
                s.placed(placeOf.get(e.getKey()), ok);
                if (!ok) line.add("+" + e.getKey());
            }
            for (String g : gold) {
                if (pred.containsKey(g)) continue;
                s.fn++;
                s.missed.merge(g, 1, Integer::sum);
                line.add("-" + g);
            }
            if (!line.isEmpty()) rep.println(String.join(" ", line) + "\t" + b.text());
        }
        tops(rep, s);
        return s;
    }

    private WordScore scoreBasil(List<BasilArticle> articles, PrintWriter rep, Scored scored) {
        WordScore s = new WordScore();
        rep.println("== BASIL (" + part + ", " + scored.label + "): words marked as lexical bias outside quotes (-) missed, (+) flagged but not marked");
        for (BasilArticle art : articles) {
            if (!inPart(art.part())) continue;
            s.units++;
            Map<Integer, BlockKind> hints = new HashMap<>();
            hints.put(0, BlockKind.TITLE);
            int paragraphs = art.text().split("\n\n", -1).length;
            for (int i = 1; i < paragraphs; i++) hints.put(i, BlockKind.BODY);
            TextDocument doc = builder.build(art.text(), ArticleMeta.empty(), hints);
            List<int[]> flagged = new ArrayList<>(); // original start, end, trigger index
            List<Trigger> triggers = new ArrayList<>();
            List<String> places = new ArrayList<>();
            for (Assertion a : findings(doc)) {
                for (Trigger t : a.triggers()) {
                    if (!scored.counts(t)) continue;
                    Span o = doc.toOriginal(t.span());
                    flagged.add(new int[]{o.start(), o.end(), triggers.size()});
                    triggers.add(t);
                    places.add(place(a, t));
                }
            }
            List<String> line = new ArrayList<>();
            java.util.Set<AssertionsData.Span> found = new java.util.HashSet<>();
            for (EvalWords.Word w : EvalWords.tokens(art.text(), art.bodyStart(), art.text().length())) {
                boolean gold = false;
                for (AssertionsData.Span g : art.lexical()) gold |= g.start() < w.end() && w.start() < g.end();
                Trigger by = null;
                String place = null;
                for (int[] f : flagged) if (f[0] < w.end() && w.start() < f[1]) { by = triggers.get(f[2]); place = places.get(f[2]); break; }
                if (by != null) {
                    s.placed(place, gold);
                    for (AssertionsData.Span g : art.lexical()) if (g.start() < w.end() && w.start() < g.end()) found.add(g);
                }
                if (!inAny(w, art.informational()) && (by != null || gold)) s.outsideInformational[by == null ? 2 : gold ? 0 : 1]++;
                if (by != null) {
                    s.flagged(by, w.text(), gold);
                    if (!gold) {
                        line.add("+" + w.text());
                        if (inAny(w, art.quotedLexical())) s.fpQuotedLexical++;
                        else if (inAny(w, art.informational())) s.fpInformational++;
                    }
                } else if (gold) {
                    s.fn++;
                    s.missed.merge(w.text(), 1, Integer::sum);
                    line.add("-" + w.text());
                }
            }
            s.spans += new java.util.HashSet<>(art.lexical()).size();
            s.spansFound += found.size();
            if (!line.isEmpty()) rep.println(art.id() + ": " + String.join(" ", line));
        }
        tops(rep, s);
        return s;
    }

    private static boolean inAny(EvalWords.Word w, List<AssertionsData.Span> spans) {
        for (AssertionsData.Span g : spans) if (g.start() < w.end() && w.start() < g.end()) return true;
        return false;
    }

    private static void tops(PrintWriter rep, WordScore s) {
        rep.println("-- most often missed: " + top(s.missed));
        rep.println("-- most often flagged wrongly: " + top(s.wrong));
        rep.println("-- most often flagged rightly: " + top(s.right));
        List<String> placed = new ArrayList<>();
        for (Map.Entry<String, int[]> e : s.byPlace.entrySet()) placed.add(e.getKey() + " " + e.getValue()[0] + "/" + (e.getValue()[0] + e.getValue()[1]));
        rep.println("-- flagged words by where they stand (right/flagged): " + String.join(", ", placed));
        rep.println("-- by list entry, most flagged first (reason:entry right/flagged words): " + byEntry(s.byEntry));
        rep.println();
    }

    private static String byEntry(Map<String, int[]> m) {
        List<Map.Entry<String, int[]>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> {
            int fa = a.getValue()[0] + a.getValue()[1], fb = b.getValue()[0] + b.getValue()[1];
            return fa != fb ? fb - fa : a.getKey().compareTo(b.getKey());
        });
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : l) out.add(e.getKey() + " " + e.getValue()[0] + "/" + (e.getValue()[0] + e.getValue()[1]));
        return String.join(", ", out);
    }

    private static String top(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(150, l.size()); i++) out.add(l.get(i).getKey() + " " + l.get(i).getValue());
        return String.join(", ", out);
    }

    /** {articles, contents, contents flagged as a claim with no source}. */
    private int[] scorePolnear(List<Brat.Article> articles, PrintWriter rep) {
        rep.println("== PolNeAR: attributed contents flagged as a claim with no source");
        int contents = 0, flagged = 0;
        for (Brat.Article art : articles) {
            TextDocument doc = builder.build(art.text(), ArticleMeta.empty());
            List<Assertion> claims = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            for (Assertion a : findings(doc)) {
                if (!a.isClaimWithoutSource()) continue;
                claims.add(a);
                spans.add(new Span(doc.offsetMap().toOriginal(a.start()), doc.offsetMap().toOriginal(a.end() - 1) + 1));
            }
            for (Brat.Attribution g : art.attributions()) {
                if (g.content() == null) continue;
                contents++;
                for (int i = 0; i < claims.size(); i++) {
                    if (!g.content().overlaps(spans.get(i).start(), spans.get(i).end())) continue;
                    flagged++;
                    Assertion a = claims.get(i);
                    List<String> why = new ArrayList<>();
                    for (Trigger t : a.triggers()) if (!counts(t)) why.add(t.reason() + ":" + doc.text().substring(t.start(), t.end()));
                    rep.println(art.name() + " " + why + "\t" + doc.slice(a.span()).replace('\n', ' '));
                    break;
                }
            }
        }
        rep.println();
        return new int[]{articles.size(), contents, flagged};
    }

    private void writeAccuracy(WordScore babe, WordScore basil, int[] pol, PrintWriter out) throws IOException {
        List<String> parts = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        if (babe != null) {
            parts.add(String.format(Locale.ROOT, "On %d news sentences that researchers marked for biased words (BABE), %d%% "
                            + "of the words it calls loaded were marked by them too, but it found only %d%% of the words they marked",
                    babe.units, pct(babe.precision()), pct(babe.recall())));
            figures.append(String.format(Locale.ROOT, "# BABE SG2 %s loaded-language words: P %.3f R %.3f F1 %.3f%n", part,
                    babe.precision(), babe.recall(), babe.f1()));
        }
        if (basil != null) {
            parts.add(String.format(Locale.ROOT, "on %d US news articles (BASIL), where researchers marked only a few words "
                    + "each, %d%% of its loaded words were marked and it found %d%% of theirs", basil.units,
                    pct(basil.precision()), pct(basil.recall())));
            figures.append(String.format(Locale.ROOT, "# BASIL %s loaded-language words: P %.3f R %.3f F1 %.3f%n", part,
                    basil.precision(), basil.recall(), basil.f1()));
        }
        if (pol != null) {
            parts.add(String.format(Locale.ROOT, "of %d claims that %d articles (PolNeAR) clearly give to someone, it wrongly "
                    + "called %d a claim with no source", pol[1], pol[0], pol[2]));
            figures.append(String.format(Locale.ROOT, "# PolNeAR dev attributed contents flagged unsourced: %d of %d (%.3f)%n",
                    pol[2], pol[1], pol[2] / (double) Math.max(1, pol[1])));
        }
        if (parts.isEmpty()) throw new IllegalStateException("no corpus was scored: nothing to write");
        String line = String.join("; ", parts) + ". These texts were kept aside while its word lists were made.";
        String body = "# Generated by `sourcelight eval assertions --write-accuracy` (BABE/BASIL part " + part
                + ", PolNeAR dev).\n# Do not edit by hand: rerun the command (docs/evaluation.md, section assertions).\n"
                + figures + "public=" + line + "\n";
        if (accuracyFile.getParent() != null) Files.createDirectories(accuracyFile.getParent());
        Files.writeString(accuracyFile, body, StandardCharsets.UTF_8);
        out.println("Accuracy line written to " + accuracyFile + ": " + line);
    }

    private static int pct(double d) { return (int) Math.round(d * 100); }
}
