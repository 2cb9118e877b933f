package org.sourcelight.cli.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code eval KIND …}: scores an analyser against a labelled development corpus and prints precision, recall and
 * F1 (definitions in docs/evaluation.md). Each kind is its own subcommand class in this package.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the analysers against labelled development data (see docs/evaluation.md).",
                "The corpora are not shipped: fetch them into .cache/corpora first."},
        subcommands = {AttributionEval.class, AssertionsEval.class, OutletsEvalCommand.class, ExtractionEval.class,
                DuplicatesEval.class})
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
