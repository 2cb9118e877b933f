package org.sourcelight.analysis.assertions;

import java.util.List;
import org.sourcelight.model.Assertion;
import org.sourcelight.model.Source;
import org.sourcelight.text.TextDocument;

/** Flags sentences where the article asserts contested things in its own voice or hides who is speaking. */
public final class AssertionDetector {
    public static final int VERSION = 1;

    public static AssertionDetector standard() { return new AssertionDetector(); }

    public List<Assertion> detect(TextDocument doc, List<Source> sources) {
        return List.of();
    }
}
