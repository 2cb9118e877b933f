package org.sourcelight.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sourcelight.analysis.outlets.OutletAnalyzer;
import org.sourcelight.analysis.outlets.OutletLabels;
import org.sourcelight.model.ArticleOutlet;
import org.sourcelight.model.CitedOutlet;
import org.sourcelight.model.Outlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval outlets}: scores the outlet labels of the Provenance panel against the hand-judged outlet mentions in
 * {@code src/test/resources/evaluation/outlet-mentions.tsv} (definitions in docs/evaluation.md, {@code ### outlets}).
 */
@Command(name = "outlets", mixinStandardHelpOptions = true,
        description = {"Score the cited-outlet labels (above all: state-media labels) against hand-judged mentions.",
                "Reads PolNeAR data/train + data/dev texts and the Readability test pages from the corpora folder."})
public final class OutletsEvalCommand implements Callable<Integer> {
    static final Path DEFAULT_LABELS = Path.of("src", "test", "resources", "evaluation", "outlet-mentions.tsv");
    static final Path ACCURACY = Path.of("resources", "evaluation", "outlets.properties");

    /** The seven PolNeAR sites (file-name prefix → the publisher's registry id); none of them is state media. */
    static final Map<String, String> POLNEAR_PUBLISHERS = Map.of("breitbart", "breitbart-news", "huff-post", "huffpost",
            "nyt", "the-new-york-times", "politico", "politico", "usa-today", "usa-today", "wash-post", "the-washington-post",
            "west-journal", "the-western-journal");

    @Option(names = "--labels", paramLabel = "FILE", description = "Label file (default: ${DEFAULT-VALUE}).")
    Path labels = DEFAULT_LABELS;

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "Also write every span not yet judged that a judge should look at (with its sentence) to FILE.")
    Path candidates;

    @Option(names = "--write-accuracy", description = "Write the Provenance panel's accuracy line to " + "resources/evaluation/outlets.properties.")
    boolean writeAccuracy;

    @Option(names = "--rewrite-labels",
            description = "Write the label file back with the offsets re-anchored to the current texts (after a change to normalization or extraction).")
    boolean rewriteLabels;

    @Option(names = "--time", paramLabel = "PASSES",
            description = "Also time the outlet analysis alone over the articles (warm, best of PASSES passes) and print MB/s.")
    int timePasses;

    @Spec CommandSpec spec;

    /** The figures of one run. */
    record Score(int files, int judged, int judgedOutlets, int judgedState, int stateLabels, int stateCorrect,
                 List<String> falseState, List<String> unjudgedState, int outletsFound, int stateFound,
                 List<String> missedState, int wrongOutlet, int publisherStateLabels, List<String> falsePublisher) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> files = OutletMentions.files();
        if (files.isEmpty()) {
            err.println("sourcelight: no development corpus in " + Corpora.root() + " (see docs/evaluation.md)");
            return 1;
        }
        List<OutletJudgment> judged = Files.exists(labels) ? OutletJudgment.read(labels) : List.of();
        OutletAnalyzer analyzer = OutletAnalyzer.standard();
        OutletCandidates harvester = candidates == null ? null : new OutletCandidates(analyzer.registry().outlets());
        List<String> candidateLines = new ArrayList<>();
        List<OutletMentions.Article> articles = new ArrayList<>();
        for (String f : files) {
            Optional<OutletMentions.Article> a = OutletMentions.analyze(f, analyzer);
            if (a.isEmpty()) continue;
            articles.add(a.get());
            if (harvester != null) {
                for (OutletCandidates.Candidate c : harvester.find(a.get().doc(), a.get().result().cited())) {
                    if (covered(judged, f, c.start(), c.end())) continue;
                    candidateLines.add(String.join("\t", f, Integer.toString(c.start()), Integer.toString(c.end()),
                            c.name(), c.origin(), c.predicted(), c.context()));
                }
            }
        }
        List<OutletJudgment> anchored = reanchor(articles, judged, err);
        if (rewriteLabels) {
            List<String> lines = new ArrayList<>();
            for (String l : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                if (l.startsWith("#") || l.equals(OutletJudgment.HEADER)) lines.add(l);
            }
            for (OutletJudgment j : anchored) lines.add(j.line());
            Files.write(labels, lines, StandardCharsets.UTF_8);
            out.println("rewrote " + labels + " (" + anchored.size() + " judgments)");
        }
        judged = anchored;
        Score s = score(articles, judged, err);
        print(s, out);
        if (timePasses > 0) time(articles, analyzer, timePasses, out);
        if (candidates != null) {
            Files.write(candidates, candidateLines, StandardCharsets.UTF_8);
            out.println("wrote " + candidateLines.size() + " spans to judge to " + candidates);
        }
        if (writeAccuracy) {
            Files.createDirectories(ACCURACY.getParent());
            Files.writeString(ACCURACY, accuracyFile(s), StandardCharsets.UTF_8);
            out.println("wrote " + ACCURACY);
        }
        out.flush();
        return 0;
    }

    /** Warm single-thread speed of the outlet analysis over the articles' documents (built once, not timed). */
    static void time(List<OutletMentions.Article> articles, OutletAnalyzer analyzer, int passes, PrintWriter out) {
        long chars = 0;
        for (OutletMentions.Article a : articles) chars += a.doc().text().length();
        long best = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
        int sink = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int p = 0; p < passes + 2; p++) { // two untimed warm-up passes
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            for (OutletMentions.Article a : articles) sink += analyzer.analyze(a.doc(), List.of()).cited().size();
            long t = System.nanoTime() - t0, c = threads.getCurrentThreadCpuTime() - c0;
            if (p >= 2) {
                best = Math.min(best, t);
                bestCpu = Math.min(bestCpu, c);
            }
        }
        // CPU time of this thread is what other processes on a shared machine disturb least
        out.printf(Locale.ROOT, "outlet analysis, warm, one thread: %.1f ms CPU (%.1f ms wall) for %.2f MB of text: %.1f MB/s per core%s%n",
                bestCpu / 1e6, best / 1e6, chars / 1e6, chars / 1e6 / (bestCpu / 1e9), sink < 0 ? "!" : "");
    }

    private static boolean covered(List<OutletJudgment> judged, String file, int start, int end) {
        for (OutletJudgment j : judged) if (j.file().equals(file) && j.start() < end && start < j.end()) return true;
        return false;
    }

    /**
     * Judgments whose offsets no longer hold their name (the normalizer or the HTML extraction changed) are moved to
     * the nearest occurrence of the name as a whole word, following the shift of the judgments before them in the
     * same file; each occurrence is used once. Judgments of files that were not read are kept as they are.
     */
    static List<OutletJudgment> reanchor(List<OutletMentions.Article> articles, List<OutletJudgment> judged, PrintWriter err) {
        Map<String, OutletMentions.Article> byFile = new LinkedHashMap<>();
        for (OutletMentions.Article a : articles) byFile.put(a.file(), a);
        List<OutletJudgment> out = new ArrayList<>();
        Map<String, Integer> shift = new LinkedHashMap<>();
        Map<String, Set<Integer>> used = new LinkedHashMap<>();
        int moved = 0, lost = 0;
        for (OutletJudgment j : judged) {
            OutletMentions.Article a = byFile.get(j.file());
            if (a == null || j.verdict() == OutletJudgment.Verdict.PUBLISHER) {
                out.add(j);
                continue;
            }
            String text = a.doc().text();
            Set<Integer> taken = used.computeIfAbsent(j.file(), k -> new java.util.HashSet<>());
            if (j.end() <= text.length() && text.startsWith(j.name(), j.start()) && !taken.contains(j.start())) {
                taken.add(j.start());
                shift.put(j.file(), 0);
                out.add(j);
                continue;
            }
            int want = j.start() + shift.getOrDefault(j.file(), 0);
            int best = -1;
            for (int i = text.indexOf(j.name()); i >= 0; i = text.indexOf(j.name(), i + 1)) {
                int e = i + j.name().length();
                boolean whole = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
                if (!whole || taken.contains(i)) continue;
                if (best < 0 || Math.abs(i - want) < Math.abs(best - want)) best = i;
            }
            if (best < 0) {
                lost++;
                err.println("label not found in the text any more: " + j.line());
                continue;
            }
            taken.add(best);
            shift.put(j.file(), best - j.start());
            out.add(new OutletJudgment(j.file(), best, best + j.name().length(), j.name(), j.verdict(), j.outlet(), j.note()));
            moved++;
        }
        if (moved > 0 || lost > 0) err.println("re-anchored " + moved + " judgments, " + lost + " not found");
        out.sort(java.util.Comparator.comparing(OutletJudgment::file).thenComparingInt(OutletJudgment::start));
        return out;
    }

    /** Scores the analyses against the judgments (judgments whose offsets no longer hold the name are reported). */
    static Score score(List<OutletMentions.Article> articles, List<OutletJudgment> judged, PrintWriter err) {
        Map<String, OutletMentions.Article> byFile = new LinkedHashMap<>();
        for (OutletMentions.Article a : articles) byFile.put(a.file(), a);
        Map<String, List<OutletJudgment>> perFile = new LinkedHashMap<>();
        Map<String, String> publisherOf = new LinkedHashMap<>();
        for (OutletMentions.Article a : articles) {
            String site = POLNEAR_PUBLISHERS.get(a.file().replaceAll("^.*/text/", "").replaceAll("_.*$", ""));
            if (a.file().startsWith("polnear/") && site != null) publisherOf.put(a.file(), site);
        }
        for (OutletJudgment j : judged) if (j.verdict() == OutletJudgment.Verdict.PUBLISHER) publisherOf.put(j.file(), j.outlet());
        int usable = 0, outlets = 0, state = 0;
        for (OutletJudgment j : judged) {
            OutletMentions.Article a = byFile.get(j.file());
            if (a == null || j.verdict() == OutletJudgment.Verdict.PUBLISHER) continue;
            String text = a.doc().text();
            if (j.end() > text.length() || !text.substring(j.start(), j.end()).equals(j.name())) {
                err.println("label does not match the text any more: " + j.line());
                continue;
            }
            perFile.computeIfAbsent(j.file(), k -> new ArrayList<>()).add(j);
            usable++;
            if (selfReference(j, publisherOf)) continue; // the publisher naming itself is not a citation
            if (j.isOutlet()) outlets++;
            if (j.verdict() == OutletJudgment.Verdict.STATE) state++;
        }
        int stateLabels = 0, stateCorrect = 0, found = 0, stateFound = 0, wrongOutlet = 0, pubState = 0;
        List<String> falseState = new ArrayList<>(), unjudged = new ArrayList<>(), missed = new ArrayList<>(),
                falsePub = new ArrayList<>();
        for (OutletMentions.Article a : articles) {
            List<OutletJudgment> js = perFile.getOrDefault(a.file(), List.of());
            List<CitedOutlet> cited = a.result().cited();
            for (CitedOutlet c : cited) {
                boolean isState = c.outlet() != null && c.outlet().typology() != null;
                OutletJudgment j = judgmentFor(js, c);
                if (j == null) {
                    if (isState) unjudged.add(describe(a, c, "not judged"));
                    continue;
                }
                boolean right = j.isOutlet() && j.outlet().equals(id(c.outlet()));
                if (j.isOutlet() && !right) wrongOutlet++;
                if (!isState) continue;
                stateLabels++;
                if (right) stateCorrect++;
                else falseState.add(describe(a, c, j.isOutlet() ? "is " + j.outlet() : "not an outlet"));
            }
            for (OutletJudgment j : js) {
                if (!j.isOutlet() || selfReference(j, publisherOf)) continue;
                boolean hit = false;
                for (CitedOutlet c : cited) {
                    if (c.start() < j.end() && j.start() < c.end() && j.outlet().equals(id(c.outlet()))) hit = true;
                }
                if (hit) found++;
                if (j.verdict() == OutletJudgment.Verdict.STATE) {
                    if (hit) stateFound++;
                    else missed.add(j.file() + " " + j.start() + " " + j.name() + " (" + j.outlet() + ")");
                }
            }
            ArticleOutlet p = a.result().publisher();
            if (p != null && p.outlet() != null && p.outlet().typology() != null) {
                pubState++;
                String expected = publisherOf.get(a.file());
                if (expected == null) {
                    falsePub.add(a.file() + ": publisher " + p.name() + " (" + OutletLabels.shortLabel(p.outlet())
                            + ") not judged; evidence: " + p.evidence());
                } else if (!expected.equals(p.outlet().id())) {
                    falsePub.add(a.file() + ": publisher " + p.name() + " (" + OutletLabels.shortLabel(p.outlet())
                            + "), the site is " + expected + "; evidence: " + p.evidence());
                }
            }
        }
        return new Score(articles.size(), usable, outlets, state, stateLabels, stateCorrect, falseState, unjudged, found,
                stateFound, missed, wrongOutlet, pubState, falsePub);
    }

    private static boolean selfReference(OutletJudgment j, Map<String, String> publisherOf) {
        return j.isOutlet() && j.outlet().equals(publisherOf.get(j.file()));
    }

    private static String id(Outlet o) { return o == null ? "-" : o.id(); }

    /** The judgment for a labelled span: one naming the same outlet if any overlaps, else the widest overlap. */
    private static OutletJudgment judgmentFor(List<OutletJudgment> js, CitedOutlet c) {
        OutletJudgment best = null;
        int bestOverlap = 0;
        for (OutletJudgment j : js) {
            int overlap = Math.min(j.end(), c.end()) - Math.max(j.start(), c.start());
            if (overlap <= 0) continue;
            if (j.isOutlet() && j.outlet().equals(id(c.outlet()))) return j;
            if (overlap > bestOverlap) {
                best = j;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static String describe(OutletMentions.Article a, CitedOutlet c, String why) {
        return a.file() + " " + c.start() + "-" + c.end() + " \"" + a.doc().text().substring(c.start(), c.end()) + "\" labelled "
                + c.name() + " (" + OutletLabels.shortLabel(c.outlet()) + "): " + why + " | "
                + OutletCandidates.context(a.doc(), c.start(), c.end());
    }

    static void print(Score s, PrintWriter out) {
        out.printf(Locale.ROOT, "outlets: %d articles, %d judged spans (%d outlets, %d of them state-media outlets)%n",
                s.files(), s.judged(), s.judgedOutlets(), s.judgedState());
        out.printf(Locale.ROOT, "state-media labels on cited outlets: %d, right %d, false %d, precision %s%n", s.stateLabels(),
                s.stateCorrect(), s.falseState().size(), ratio(s.stateCorrect(), s.stateLabels()));
        out.printf(Locale.ROOT, "recall, real outlets (right outlet): %d / %d = %s%n", s.outletsFound(), s.judgedOutlets(),
                ratio(s.outletsFound(), s.judgedOutlets()));
        out.printf(Locale.ROOT, "recall, state-media outlets: %d / %d = %s%n", s.stateFound(), s.judgedState(),
                ratio(s.stateFound(), s.judgedState()));
        out.printf(Locale.ROOT, "outlet mentions given the wrong outlet: %d%n", s.wrongOutlet());
        out.printf(Locale.ROOT, "state-media labels on the publisher: %d, false or not judged %d%n", s.publisherStateLabels(),
                s.falsePublisher().size());
        for (String f : s.falseState()) out.println("  FALSE STATE LABEL " + f);
        for (String f : s.falsePublisher()) out.println("  PUBLISHER " + f);
        for (String f : s.unjudgedState()) out.println("  UNJUDGED " + f);
        for (String f : s.missedState()) out.println("  MISSED STATE OUTLET " + f);
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }

    /** The accuracy line, in words a 15-year-old understands, with the data it was measured on. */
    static String accuracyFile(Score s) {
        String line = String.format(Locale.ROOT, "On %,d articles (US political news from 2016 and assorted web pages) we"
                + " checked by hand %,d places where a name could be a news outlet. This panel called an outlet state media"
                + " %d times and was wrong %s; it recognised %,d of the %,d outlets named (%d of the %d state-media ones)."
                + " We used these same articles to improve the rules, so expect more mistakes on new ones, and check the"
                + " outlet's own page when it matters.", s.files(), s.judged(), s.stateLabels(),
                s.falseState().isEmpty() ? "none of those times" : s.falseState().size() + " of those times",
                s.outletsFound(), s.judgedOutlets(), s.stateFound(), s.judgedState());
        return "# Generated by `sourcelight eval outlets --write-accuracy` from the hand-judged outlet mentions in PolNeAR\n"
                + "# train/dev and the Readability test pages. Do not edit by hand: rerun the command (docs/evaluation.md, outlets).\n"
                + String.format(Locale.ROOT, "# state labels %d, right %d, false %d; outlet recall %d/%d; state-outlet recall %d/%d%n",
                        s.stateLabels(), s.stateCorrect(), s.falseState().size(), s.outletsFound(), s.judgedOutlets(),
                        s.stateFound(), s.judgedState())
                + "public=" + line + "\n";
    }

    /** Names of the files in the judged set (for tests). */
    static Set<String> judgedFiles(List<OutletJudgment> judged) {
        Set<String> out = new LinkedHashSet<>();
        for (OutletJudgment j : judged) out.add(j.file());
        return out;
    }
}
