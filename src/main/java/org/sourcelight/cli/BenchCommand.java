package org.sourcelight.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sourcelight.cli.bench.Bench;
import org.sourcelight.cli.bench.PipelineBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench [NAME...]}: runs the benchmarks and prints figures (run from the project folder). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the benchmarks and print figures with the machine they ran on.",
                "Names: pipeline, sources, outlets, duplicates, assertions, annotations, classroom, import, hostile (default: all)."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "NAME")
    java.util.List<String> names;

    static Map<String, Consumer<PrintStream>> benches() {
        Map<String, Consumer<PrintStream>> m = new LinkedHashMap<>();
        m.put("pipeline", PipelineBench::run);
        m.put("sources", org.sourcelight.cli.bench.SourcesBench::run);
        m.put("outlets", org.sourcelight.cli.bench.OutletsBench::run);
        m.put("duplicates", org.sourcelight.cli.bench.DuplicatesBench::run);
        m.put("assertions", org.sourcelight.cli.bench.AssertionsBench::run);
        m.put("annotations", org.sourcelight.cli.bench.AnnotationsBench::run);
        m.put("classroom", org.sourcelight.cli.bench.ClassroomBench::run);
        m.put("import", org.sourcelight.cli.bench.ImportBench::run);
        m.put("hostile", org.sourcelight.cli.bench.HostileBench::run);
        return m;
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        out.println(Bench.machine());
        Map<String, Consumer<PrintStream>> all = benches();
        for (Map.Entry<String, Consumer<PrintStream>> e : all.entrySet()) {
            if (names != null && !names.isEmpty() && !names.contains(e.getKey())) continue;
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
