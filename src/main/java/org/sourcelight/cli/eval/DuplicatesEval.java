package org.sourcelight.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sourcelight.analysis.duplicates.DuplicateFinder;
import org.sourcelight.analysis.duplicates.Match;
import org.sourcelight.importer.ArticleImporter;
import org.sourcelight.importer.ImportException;
import org.sourcelight.importer.ImportedArticle;
import org.sourcelight.model.Duplicate;
import org.sourcelight.model.DuplicateKind;
import org.sourcelight.text.DocumentBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eval duplicates}: runs the duplicate finder over a development library (PolNeAR train + dev, the
 * Readability test pages), all analysed together as the CLI does, and scores its findings against hand judgments
 * (a label file of file pairs, offsets and verdicts, no article text). Definitions in docs/evaluation.md.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Score the Duplicates panel against hand-judged findings on PolNeAR train+dev and the Readability pages.",
                "Prints the findings per kind, precision per kind (across articles) and boilerplate recall."})
public final class DuplicatesEval implements Callable<Integer> {
    /** What a judged passage pair really is. {@code NONE}: nothing worth flagging (a shared phrase, noise). */
    enum Truth { EXACT, NEAR, BOILERPLATE, SAME_QUOTE, CAPTION, NONE;
        String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
        static Truth of(String s) { return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_')); }
    }

    /** One judged finding: passage identity (both files and spans), the kind given when judged, the verdict. */
    record Label(String file, int start, int end, String otherFile, int otherStart, int otherEnd, String given, Truth truth) {}

    /** A finding of the run with the file it belongs to. */
    record Finding(String file, Match match) {
        Duplicate d() { return match.duplicate(); }
        String other() { return d().withinArticle() ? file : d().otherFile(); }
    }

    static final Path DEFAULT_LABELS = Path.of("src", "test", "resources", "evaluation", "duplicates-judged.tsv");

    @Option(names = "--labels", paramLabel = "FILE", description = "The judged findings (default: ${DEFAULT-VALUE}).")
    Path labels = DEFAULT_LABELS;

    @Option(names = "--sample", paramLabel = "N",
            description = "Print N findings not judged yet (both passages) for judging, instead of scoring.")
    int sample;

    @Option(names = "--kind", paramLabel = "KIND", description = "With --sample: only findings of this kind.")
    String kind;

    @Option(names = "--across", description = "With --sample: only findings between two articles.")
    boolean acrossOnly;

    @Option(names = "--seed", description = "Seed of the --sample draw (default: ${DEFAULT-VALUE}).")
    long seed = 20;

    @Option(names = "--no-groups", description = "Do not tell the finder each article's outlet (as for text files of unknown site).")
    boolean noGroups;

    @Option(names = "--near-min", paramLabel = "SIM", description = "Least similarity of a near copy (calibration; default: the finder's).")
    Double nearMin;

    @Option(names = "--near-shared", paramLabel = "N", description = "Shared words that make a near copy (calibration).")
    Integer nearShared;

    @Option(names = "--features", description = "Print the judged findings with their similarity, shared words and both passages (for calibration; quotes corpus text).")
    boolean features;

    @Option(names = "--errors", description = "Print the judged findings whose kind is wrong, with both passages (quotes corpus text: keep it out of the repository).")
    boolean errors;

    @Option(names = "--scaling", description = "Time the cross-file search over growing prefixes of the library (ms per MB, warm) instead of scoring.")
    boolean scaling;

    @Option(names = "--write-accuracy", paramLabel = "FILE",
            description = "Write the Duplicates panel's accuracy line from this run (resources/evaluation/duplicates.properties).")
    Path accuracyFile;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<DuplicateFinder.Named> docs = library(!noGroups);
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("sourcelight: no development corpus under " + Corpora.root().toAbsolutePath()
                    + " (see docs/evaluation.md)");
            return 1;
        }
        if (scaling) {
            scaling(out, docs);
            return 0;
        }
        long t0 = System.nanoTime();
        DuplicateFinder finder = nearMin == null && nearShared == null ? DuplicateFinder.standard()
                : DuplicateFinder.withNearThresholds(nearMin == null ? DuplicateFinder.nearMinSimilarity() : nearMin,
                        nearShared == null ? DuplicateFinder.nearMinShared() : nearShared);
        List<List<Match>> all = finder.matchesAcross(docs);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<Finding> findings = new ArrayList<>();
        int most = 0;
        String mostFile = "";
        for (int i = 0; i < docs.size(); i++) {
            for (Match m : all.get(i)) findings.add(new Finding(docs.get(i).file(), m));
            if (all.get(i).size() > most) {
                most = all.get(i).size();
                mostFile = docs.get(i).file();
            }
        }
        List<Label> judged = Files.exists(labels) ? read(labels) : List.of();
        if (errors) {
            for (Finding f : findings) {
                if (!f.d().withinArticle() && f.file.compareTo(f.other()) > 0 && mirrorAlike(f, findings)) continue;
                Label l = labelOf(f, judged);
                if (l == null || correct(f.d().kind(), l.truth)) continue;
                out.printf(Locale.ROOT, "%s -> %s  %s %d-%d | %s %d-%d  %.2f shared %d copies %d%n", f.d().kind().code(),
                        l.truth.code(), f.file, f.d().start(), f.d().end(), f.other(), f.d().otherStart(), f.d().otherEnd(),
                        f.d().similarity(), f.match.sharedWords(), f.match.copies());
                out.println("  A: " + clip(f.match.passage()));
                out.println("  B: " + clip(f.match.otherPassage()));
            }
            errorTexts = new LinkedHashMap<>();
            for (DuplicateFinder.Named n : docs) errorTexts.put(n.file(), n.doc().text());
            score(out, findings, judged);
            return 0;
        }
        if (features) {
            for (Finding f : findings) {
                if (f.file.compareTo(f.other()) > 0) continue;
                Label l = labelOf(f, judged);
                if (l == null) continue;
                out.printf(Locale.ROOT, "%s\t%s\t%.2f\t%d\t%d\t%d\t%d\t%d\t%s%n", l.truth.code(), f.d().kind().code(),
                        f.d().similarity(), f.match.sharedWords(), f.match.runs(), f.match.sentences(), f.match.same(), f.match.reworded(),
                        f.d().withinArticle() ? "within" : "across");
                out.printf(Locale.ROOT, "  %s %d-%d | %s %d-%d%n", f.file, f.d().start(), f.d().end(), f.other(), f.d().otherStart(), f.d().otherEnd());
                out.println("  A: " + clip(f.match.passage()));
                out.println("  B: " + clip(f.match.otherPassage()));
            }
            return 0;
        }
        if (sample > 0) {
            printSample(out, docs, findings, judged);
            return 0;
        }
        Map<DuplicateKind, int[]> byKind = new EnumMap<>(DuplicateKind.class);
        for (Finding f : findings) byKind.computeIfAbsent(f.d().kind(), k -> new int[2])[f.d().withinArticle() ? 1 : 0]++;
        out.printf(Locale.ROOT, "%d articles, %d findings in %d ms; most for one article: %d (%s)%n",
                docs.size(), findings.size(), ms, most, mostFile);
        for (DuplicateKind k : DuplicateKind.values()) {
            int[] c = byKind.getOrDefault(k, new int[2]);
            out.printf(Locale.ROOT, "  %-12s %6d across articles, %4d within%n", k.code(), c[0], c[1]);
        }
        out.printf(Locale.ROOT, "%d judged passage pairs (%s)%n", judged.size(), labels);
        score(out, findings, judged);
        if (accuracyFile != null) writeAccuracy(out, docs.size(), judged.size());
        return 0;
    }

    /** "16 of 16 times (100%)". */
    private static String times(int[] f) {
        return f == null || f[1] == 0 ? "n/a" : f[0] + " of " + f[1] + " times (" + pct(f) + ")";
    }

    private static String pct(int[] f) {
        return f == null || f[1] == 0 ? "n/a" : Math.round(100.0 * f[0] / f[1]) + "%";
    }

    private void writeAccuracy(PrintWriter out, int articles, int labels) throws IOException {
        int[] exact = across.get(DuplicateKind.EXACT), near = across.get(DuplicateKind.NEAR), quote = across.get(DuplicateKind.SAME_QUOTE);
        String line = String.format(Locale.ROOT, "On %d news articles and web pages (US political news from 2015-16, PolNeAR, and"
                        + " the Readability test pages) we read %d of the passages it found shared between two texts: when it"
                        + " said \u201ccopied word for word\u201d it was right %s, \u201ccopied with changes\u201d %s,"
                        + " \u201cthe same quotation\u201d %s; and it called %s of the site template passages we found template."
                        + " Its rules were set on these same texts, so expect it to be right less often on new ones.",
                articles, labels, times(exact), times(near), times(quote),
                templatesJudged == 0 ? "n/a" : Math.round(100.0 * templatesCalled / templatesJudged) + "%");
        String figures = String.format(Locale.ROOT, "# exact %s, near %s, same-quote %s (precision across articles), boilerplate %d/%d%n",
                pct(exact), pct(near), pct(quote), templatesCalled, templatesJudged);
        String body = "# Generated by `sourcelight eval duplicates --write-accuracy` (PolNeAR train+dev, Readability pages,\n"
                + "# hand-judged findings in src/test/resources/evaluation/duplicates-judged.tsv).\n"
                + "# Do not edit by hand: rerun the command (docs/evaluation.md, section duplicates).\n"
                + figures + "public=" + line + "\n";
        if (accuracyFile.getParent() != null) Files.createDirectories(accuracyFile.getParent());
        Files.writeString(accuracyFile, body, StandardCharsets.UTF_8);
        out.println("wrote " + accuracyFile);
    }

    /** The search over the first 50, 100, 200 … articles, each timed warm (best of three runs). */
    private static void scaling(PrintWriter out, List<DuplicateFinder.Named> docs) {
        DuplicateFinder finder = DuplicateFinder.standard();
        for (int i = 0; i < 3; i++) finder.matchesAcross(docs); // warm-up
        for (int n : new int[] {50, 100, 200, 400, 800, docs.size()}) {
            if (n > docs.size()) continue;
            List<DuplicateFinder.Named> part = docs.subList(0, n);
            long chars = 0;
            for (DuplicateFinder.Named d : part) chars += d.doc().text().length();
            long best = Long.MAX_VALUE;
            for (int r = 0; r < 3; r++) {
                long t = System.nanoTime();
                finder.matchesAcross(part);
                best = Math.min(best, System.nanoTime() - t);
            }
            double mb = chars / 1e6;
            out.printf(Locale.ROOT, "%5d articles, %5.2f MB: %6.0f ms, %5.1f ms per MB%n", n, mb, best / 1e6, best / 1e6 / mb);
        }
    }

    /** PolNeAR train + dev (outlet = file name prefix) and the Readability test pages (site from their metadata). */
    static List<DuplicateFinder.Named> library(boolean groups) throws IOException {
        List<DuplicateFinder.Named> docs = new ArrayList<>();
        ArticleImporter importer = ArticleImporter.standard();
        DocumentBuilder builder = DocumentBuilder.standard();
        for (String part : List.of("train", "dev")) {
            Optional<Path> dir = Corpora.find("polnear/data/" + part + "/text");
            if (dir.isEmpty()) continue;
            for (Path p : sorted(dir.get())) {
                String name = p.getFileName().toString();
                int cut = name.indexOf('_');
                Optional<ImportedArticle> a = load(importer, p);
                if (a.isEmpty()) continue;
                docs.add(new DuplicateFinder.Named(null, "polnear/" + part + "/" + name,
                        builder.build(a.get().originalText(), a.get().meta(), a.get().blockHints()),
                        groups && cut > 0 ? name.substring(0, cut) : null));
            }
        }
        Optional<Path> pages = Corpora.find("readability/test/test-pages");
        if (pages.isPresent()) {
            for (Path d : sorted(pages.get())) {
                Path src = d.resolve("source.html");
                if (!Files.isRegularFile(src)) continue;
                Optional<ImportedArticle> a = load(importer, src);
                if (a.isEmpty()) continue;
                var doc = builder.build(a.get().originalText(), a.get().meta(), a.get().blockHints());
                docs.add(new DuplicateFinder.Named(null, "readability/" + d.getFileName(), doc,
                        groups ? DuplicateFinder.Named.defaultGroup(doc) : null));
            }
        }
        return docs;
    }

    private static Optional<ImportedArticle> load(ArticleImporter importer, Path p) {
        try {
            return Optional.of(importer.importFile(p));
        } catch (ImportException e) {
            return Optional.empty();
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    static List<Label> read(Path file) throws IOException {
        List<Label> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            out.add(new Label(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], Integer.parseInt(c[4]),
                    Integer.parseInt(c[5]), c[6], Truth.of(c[7])));
        }
        return out;
    }

    /**
     * The label judging this finding: same two files, and on both sides spans sharing at least half of the longer
     * of the two (a finding merged into a much longer passage is a new passage, to be judged anew).
     */
    static Label labelOf(Finding f, List<Label> judged) {
        Duplicate d = f.d();
        for (Label l : judged) {
            if (l.file.equals(f.file) && l.otherFile.equals(f.other())
                    && overlaps(l.start, l.end, d.start(), d.end()) && overlaps(l.otherStart, l.otherEnd, d.otherStart(), d.otherEnd())) {
                return l;
            }
            if (l.otherFile.equals(f.file) && l.file.equals(f.other())
                    && overlaps(l.otherStart, l.otherEnd, d.start(), d.end()) && overlaps(l.start, l.end, d.otherStart(), d.otherEnd())) {
                return l;
            }
        }
        return null;
    }

    private static boolean overlaps(int s1, int e1, int s2, int e2) {
        int common = Math.min(e1, e2) - Math.max(s1, s2);
        return common > 0 && 2 * common >= Math.max(e1 - s1, e2 - s2);
    }

    static boolean correct(DuplicateKind given, Truth truth) {
        return switch (given) {
            case EXACT -> truth == Truth.EXACT;
            case NEAR -> truth == Truth.NEAR;
            case BOILERPLATE -> truth == Truth.BOILERPLATE;
            case SAME_QUOTE -> truth == Truth.SAME_QUOTE;
        };
    }

    /** Precision across articles per kind ({right, judged}) and template passages called boilerplate. */
    private final Map<DuplicateKind, int[]> across = new EnumMap<>(DuplicateKind.class);
    private int templatesCalled, templatesJudged;
    /** With --errors: each file's normalized text, to show the template passages missed. */
    private Map<String, String> errorTexts;

    private void score(PrintWriter out, List<Finding> findings, List<Label> judged) {
        out.println("precision per kind (findings matched to a judged pair; a finding and its mirror both count):");
        for (boolean within : new boolean[] {false, true}) {
            for (DuplicateKind k : DuplicateKind.values()) {
                int total = 0, matched = 0, right = 0;
                Map<Truth, Integer> wrong = new LinkedHashMap<>();
                for (Finding f : findings) {
                    if (f.d().kind() != k || f.d().withinArticle() != within) continue;
                    total++;
                    Label l = labelOf(f, judged);
                    if (l == null) continue;
                    matched++;
                    if (correct(k, l.truth)) right++;
                    else wrong.merge(l.truth, 1, Integer::sum);
                }
                if (!within) across.put(k, new int[] {right, matched});
                if (total == 0) continue;
                out.printf(Locale.ROOT, "  %-12s %-7s precision %s (%d of %d judged; %d findings)%s%n", k.code(),
                        within ? "within" : "across", matched == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) right / matched),
                        right, matched, total, wrong.isEmpty() ? "" : "  wrong: " + wrong);
            }
        }
        // passage level: each side of a judged template pair is a template passage of its article; it is called
        // boilerplate when the run reports that stretch of that article (with any other article) as boilerplate
        int templates = 0, called = 0, shown = 0;
        for (Label l : judged) {
            if (l.truth != Truth.BOILERPLATE) continue;
            for (int side = 0; side < 2; side++) {
                String file = side == 0 ? l.file : l.otherFile;
                int start = side == 0 ? l.start : l.otherStart, end = side == 0 ? l.end : l.otherEnd;
                boolean any = false, boiler = false;
                for (Finding f : findings) {
                    if (!f.file.equals(file) || !overlaps(start, end, f.d().start(), f.d().end())) continue;
                    any = true;
                    boiler |= f.d().kind() == DuplicateKind.BOILERPLATE;
                }
                templates++;
                if (any) shown++;
                if (boiler) called++;
                if (errors && !boiler) {
                    out.printf(Locale.ROOT, "template passage %s: %s %d-%d%n", any ? "not boilerplate" : "not found", file, start, end);
                    String t = errorTexts == null ? null : errorTexts.get(file);
                    if (t != null && end <= t.length()) out.println("  " + clip(t.substring(start, end)));
                }
            }
        }
        templatesCalled = called;
        templatesJudged = templates;
        out.printf(Locale.ROOT, "template passages called boilerplate: %s (%d of %d template passages in judged pairs; %d still found)%n",
                templates == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) called / templates), called, templates, shown);
    }

    private void printSample(PrintWriter out, List<DuplicateFinder.Named> docs, List<Finding> findings, List<Label> judged) {
        Map<String, String> text = new LinkedHashMap<>();
        for (DuplicateFinder.Named n : docs) text.put(n.file(), n.doc().text());
        List<Finding> open = new ArrayList<>();
        for (Finding f : findings) {
            if (kind != null && !f.d().kind().code().equals(kind)) continue;
            if (acrossOnly && f.d().withinArticle()) continue;
            if (!f.d().withinArticle() && f.file.compareTo(f.other()) > 0) continue; // one side of each pair
            if (labelOf(f, judged) == null) open.add(f);
        }
        java.util.Collections.shuffle(open, new Random(seed));
        for (Finding f : open.subList(0, Math.min(sample, open.size()))) {
            Duplicate d = f.d();
            out.printf(Locale.ROOT, "%s\t%d\t%d\t%s\t%d\t%d\t%s\t%.2f\t%d\t%d%n", f.file, d.start(), d.end(), f.other(),
                    d.otherStart(), d.otherEnd(), d.kind().code(), d.similarity(), f.match.sharedWords(), f.match.runs());
            out.println("  A: " + clip(f.match.passage()));
            out.println("  B: " + clip(f.match.otherPassage()));
        }
    }

    /** True when the same pair seen from the other article was given the same kind (it is printed from there). */
    private static boolean mirrorAlike(Finding f, List<Finding> findings) {
        for (Finding g : findings) {
            if (g.file.equals(f.other()) && g.other().equals(f.file) && g.d().start() == f.d().otherStart()
                    && g.d().otherStart() == f.d().start()) {
                return g.d().kind() == f.d().kind();
            }
        }
        return false;
    }

    private static String clip(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() <= 420 ? s : s.substring(0, 300) + " [..] " + s.substring(s.length() - 110);
    }
}
