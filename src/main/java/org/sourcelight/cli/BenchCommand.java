package org.sourcelight.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sourcelight.cli.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bench NAME}: whole-program figures a user may want (run from the project folder). The micro-benchmarks of
 * single stages are JMH benchmarks outside the product ({@code mvn -Pjmh test-compile exec:exec}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Whole-program figures, printed with the machine they ran on.",
                "duplicates: library-scale duplicate search (synthetic libraries of 1k, 10k, 100k articles).",
                "hostile: hostile and malformed inputs, each timed end to end.",
                "html: HTML article extraction, pages per second over the Readability test pages, and deep-nesting pages.",
                "corpus [--all] [DIR...]: whole-program throughput of analyze over real articles (not in the default run).",
                "import [DIR...]: articles per second for a batch import into a new library (not in the default run).",
                "kill: kill -9 rounds on a library, -Dsourcelight.kill.rounds=N (default 20; not in the default run)."})
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Unmatched
    java.util.List<String> unmatched;

    @Parameters(arity = "0..*", paramLabel = "NAME")
    java.util.List<String> names;

    static Map<String, Consumer<PrintStream>> benches() {
        Map<String, Consumer<PrintStream>> m = new LinkedHashMap<>();
        m.put("duplicates", org.sourcelight.cli.bench.DuplicatesBench::run);
        m.put("hostile", org.sourcelight.cli.bench.HostileBench::run);
        m.put("html", org.sourcelight.cli.bench.ImportBench::run);
        m.put("kill", org.sourcelight.cli.bench.KillBench::run);
        return m;
    }

    @Override
    public Integer call() {
        if (unmatched != null && !unmatched.isEmpty() && (names == null || names.isEmpty() || !names.get(0).equals("corpus") && !names.get(0).equals("import"))) {
            System.err.println("sourcelight: unknown option " + unmatched.get(0));
            return 2;
        }
        PrintStream out = System.out;
        out.println(Bench.machine());
        if (names != null && !names.isEmpty() && (names.get(0).equals("corpus") || names.get(0).equals("import"))) {
            java.util.List<String> args = new java.util.ArrayList<>(names.subList(1, names.size()));
            if (unmatched != null) args.addAll(unmatched);
            if (names.get(0).equals("corpus")) org.sourcelight.cli.bench.CorpusBench.run(out, args);
            else org.sourcelight.cli.bench.CorpusBench.runImport(out, args);
            return 0;
        }
        Map<String, Consumer<PrintStream>> all = benches();
        for (Map.Entry<String, Consumer<PrintStream>> e : all.entrySet()) {
            boolean named = names != null && !names.isEmpty();
            if (named && !names.contains(e.getKey())) continue;
            if (!named && e.getKey().equals("kill")) continue; // minutes long: only when asked for
            out.println("== " + e.getKey());
            e.getValue().accept(out);
        }
        if (names != null) for (String n : names) if (!all.containsKey(n)) {
            System.err.println("sourcelight: no benchmark named " + n + " (known: " + String.join(", ", all.keySet()) + ")");
            return 2;
        }
        return 0;
    }
}
