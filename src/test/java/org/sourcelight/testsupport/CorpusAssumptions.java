package org.sourcelight.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.sourcelight.cli.eval.Corpora;

/** Tests over the development corpora skip when the corpora are absent (CI has none). */
public final class CorpusAssumptions {
    private CorpusAssumptions() {}

    /** The folder, or the test is skipped. */
    public static Path require(String relative) {
        Optional<Path> p = Corpora.find(relative);
        assumeTrue(p.isPresent(), "development corpus " + relative + " not in " + Corpora.root());
        return p.get();
    }
}
