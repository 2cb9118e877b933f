package org.sourcelight.cli.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A catalogue of hostile article texts, each generated at a requested size: long runs of one character, combining
 * marks, text with no spaces or no sentence ends, thousands of repeats of what a pattern looks for. Each targets a
 * pattern or a scan in the text builder or an analyser that could re-read its input (issue 15; decision 0022). The
 * {@code hostile} benchmark times the whole import + analysis of each; the unit tests assert what each gives.
 */
public final class HostileInputs {
    private HostileInputs() {}

    /** Name → text of about {@code n} characters. */
    public static Map<String, IntFunction<String>> all() {
        Map<String, IntFunction<String>> m = new LinkedHashMap<>();
        m.put("combining marks on one letter", n -> "Headline\n\n" + "e" + "\u0301".repeat(n));
        m.put("combining marks, astral", n -> "Headline\n\n" + "e" + "\uD834\uDD67".repeat(n / 2));
        m.put("words of combining marks", n -> "Headline\n\n" + "e\u0301\u0301 ".repeat(n / 4));
        m.put("one letter, no spaces", n -> "Headline\n\n" + "a".repeat(n));
        m.put("capitals, no spaces", n -> "Headline\n\n" + "A".repeat(n));
        m.put("capitalised words, no full stop", n -> "Headline\n\n" + "Aa ".repeat(n / 3));
        m.put("initials with spaces", n -> "Headline\n\n" + "A. ".repeat(n / 3));
        m.put("one initialism word", n -> "Headline\n\n" + "A.".repeat(n / 2) + " Bob went home.");
        m.put("upper-case words then a dash", n -> "Headline\n\n" + "AB ".repeat(n / 3) + "- x");
        m.put("breadcrumb separators", n -> "a / ".repeat(n / 4));
        m.put("open brackets", n -> "Headline\n\n" + "(".repeat(n));
        m.put("photo credits unclosed", n -> "Headline\n\n" + "(photo ".repeat(n / 7));
        m.put("spaces then credit", n -> "Headline\n\n" + "x" + " ".repeat(n) + "(Photo by AFP)");
        m.put("quotes", n -> "Headline\n\n" + "\"".repeat(n));
        m.put("single quotes", n -> "Headline\n\n" + "'".repeat(n));
        m.put("single quote and speaker repeated", n -> "Headline\n\n" + "'Ab,' said Cd. ".repeat(n / 15));
        m.put("plural possessives repeated", n -> "Headline\n\n" + "the boys' ".repeat(n / 10));
        m.put("paragraphs then one apostrophe", n -> "Headline\n\n" + "A.\n\n".repeat(n / 4) + "'");
        m.put("byline of one word", n -> "BY " + "A".repeat(n));
        m.put("one line per paragraph", n -> "A.\n\n".repeat(n / 4));
        m.put("outlet repeated", n -> "Headline\n\n" + "TASS ".repeat(n / 5));
        m.put("outlet cited repeatedly", n -> "Headline\n\n" + "TASS cited ".repeat(n / 11));
        m.put("outlet reported repeatedly", n -> "Headline\n\n" + "Reuters reported ".repeat(n / 17));
        m.put("country agency repeated", n -> "Headline\n\n" + "the Russian news agency ".repeat(n / 24));
        m.put("speaker said repeatedly", n -> "Headline\n\n" + "Smith said ".repeat(n / 11));
        m.put("quote and speaker repeated", n -> "Headline\n\n" + "\"Ab,\" said Cd. ".repeat(n / 16));
        m.put("according to repeated", n -> "Headline\n\n" + "according to ".repeat(n / 13));
        m.put("upper-case line with dashes", n -> "ABC DEF \u2014 ".repeat(n / 10));
        m.put("one long line of words", n -> "Headline\n\n" + "word ".repeat(n / 5));
        m.put("deep HTML", n -> "<html><body>" + "<div><span><b>".repeat(n / 14) + "x said.");
        return m;
    }

    /** True for the cases given to the HTML importer rather than the text importer. */
    public static boolean isHtml(String name) { return name.contains("HTML"); }
}
