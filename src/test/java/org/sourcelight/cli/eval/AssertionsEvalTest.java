package org.sourcelight.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.cli.Cli;

/** The data readers, the split and the word scoring of {@code eval assertions}, on fixtures written for this test. */
class AssertionsEvalTest {
    @TempDir Path dir;

    @Test
    void readsBabeRowsWithQuotedFieldsAndPythonLists() throws Exception {
        Path csv = dir.resolve("labels.csv");
        Files.writeString(csv, "\uFEFFtext;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n"
                + "\"The \"\"radical\"\" plan; a sham.\";http://x;Y;t;left;Biased;Opinion;['radical', \"sham\"]\n"
                + "The council met on Monday.;http://x;Y;t;left;Non-biased;Entirely factual;[]\n", StandardCharsets.UTF_8);
        List<AssertionsData.BabeSentence> s = AssertionsData.babe(csv);
        assertEquals(2, s.size());
        assertEquals("The \"radical\" plan; a sham.", s.get(0).text());
        assertEquals(List.of("radical", "sham"), s.get(0).biasedWords());
        assertEquals("Biased", s.get(0).label());
        assertEquals(List.of(), s.get(1).biasedWords());
        assertEquals(List.of("trump's", "so-called"), AssertionsData.pythonList("[\"trump's\", 'so-called']"));
    }

    @Test
    void theSplitIsFixedAndAboutThirtyPercentDev() {
        assertEquals(AssertionsData.Part.of("some sentence"), AssertionsData.Part.of("some sentence"));
        int dev = 0;
        for (int i = 0; i < 10_000; i++) if (AssertionsData.Part.of("id " + i) == AssertionsData.Part.DEV) dev++;
        assertTrue(dev > 2_700 && dev < 3_300, "dev share " + dev);
    }

    @Test
    void scoresFlaggedWordsAgainstMarkedWordsAndWritesTheAccuracyLine() throws Exception {
        // two sentences that the split puts in dev and train; scoring --part all counts both
        Path csv = dir.resolve("labels.csv");
        Files.writeString(csv, "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n"
                + "The senator slammed the disastrous plan as a witch hunt.;u;o;t;l;Biased;o;['slammed', 'disastrous', 'senator']\n"
                + "Rain is forecast for the weekend.;u;o;t;l;Non-biased;o;[]\n", StandardCharsets.UTF_8);
        Path report = dir.resolve("report.txt");
        Path accuracy = dir.resolve("assertions.properties");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[]{"eval", "assertions", "--part", "all", "--babe", csv.toString(),
                "--basil", dir.resolve("none").toString(), "--polnear", dir.resolve("none").toString(),
                "--report", report.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        // flagged: slammed, disastrous, witch, hunt (4); marked: slammed, disastrous, senator (3); right: 2
        assertEquals(0, code, printed);
        assertTrue(printed.contains("2 sentences, 3 marked words, 4 flagged words, 2 right; precision 0.500, recall 0.667"), printed);
        String rep = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(rep.contains("+witch") && rep.contains("-senator"), rep);
        int refused = Cli.run(new String[]{"eval", "assertions", "--part", "train", "--babe", csv.toString(),
                "--write-accuracy", accuracy.toString(), "--report", report.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(2, refused);
    }
    @Test
    void readsBasilSpansInTheSentenceTheirIdNames() throws Exception {
        Path data = dir.resolve("basil");
        Files.createDirectories(data.resolve("articles/2015"));
        Files.createDirectories(data.resolve("annotations/resolved/2015"));
        // sentence 0 and 2 both have "fierce" at 4..10: the id, not the first match, says which one is meant
        Files.writeString(data.resolve("articles/2015/e1_1.json"), "{\"title\": \"Mayor Caves\", \"triplet-uuid\": \"e1\","
                + " \"body-paragraphs\": [[\"The fierce storm hit.\", \"A bombshell report.\"], [\"Its fierce critics spoke.\"]]}",
                StandardCharsets.UTF_8);
        Files.writeString(data.resolve("annotations/resolved/2015/e1_1_ann.json"), "{\"phrase-level-annotations\": ["
                + "{\"id\": \"p2\", \"txt\": \"fierce\", \"start\": 4, \"end\": 10, \"bias\": \"lex\", \"quote\": \"no\"},"
                // a trailing space the end offset leaves out
                + "{\"id\": \"p1_1\", \"txt\": \"bombshell \", \"start\": 2, \"end\": 11, \"bias\": \"lex\", \"quote\": \"no\"},"
                // offsets off: the occurrence in the named sentence nearest them
                + "{\"id\": \"p0\", \"txt\": \"storm\", \"start\": 0, \"end\": 5, \"bias\": \"lex\", \"quote\": \"no\"},"
                + "{\"id\": \"title\", \"txt\": \"Caves\", \"start\": 6, \"end\": 11, \"bias\": \"lex\", \"quote\": \"no\"},"
                + "{\"id\": \"p0\", \"txt\": \"hit\", \"start\": 17, \"end\": 20, \"bias\": \"lex\", \"quote\": \"yes\"},"
                + "{\"id\": \"p1\", \"txt\": \"report\", \"start\": 12, \"end\": 18, \"bias\": \"inf\", \"quote\": \"no\"}]}",
                StandardCharsets.UTF_8);
        List<AssertionsData.BasilArticle> all = AssertionsData.basil(data);
        assertEquals(1, all.size());
        AssertionsData.BasilArticle a = all.get(0);
        String text = a.text();
        assertEquals("Mayor Caves\n\nThe fierce storm hit. A bombshell report.\n\nIts fierce critics spoke.", text);
        List<String> gold = a.lexical().stream().map(g -> text.substring(g.start(), g.end())).toList();
        assertEquals(List.of("fierce", "bombshell", "storm"), gold);
        assertEquals(text.indexOf("Its fierce") + 4, a.lexical().get(0).start());
        assertEquals(List.of("hit"), a.quotedLexical().stream().map(g -> text.substring(g.start(), g.end())).toList());
        assertEquals(List.of("report"), a.informational().stream().map(g -> text.substring(g.start(), g.end())).toList());
        assertEquals("e1", a.eventId());
    }

    @Test
    void basilFiguresWithoutInformationalSpansAndBySpan() throws Exception {
        Path data = dir.resolve("basil-score");
        Files.createDirectories(data.resolve("articles/2016"));
        Files.createDirectories(data.resolve("annotations/resolved/2016"));
        String s0 = "The mayor slammed the disastrous plan.", s1 = "Her rivals took a swipe at the budget.";
        Files.writeString(data.resolve("articles/2016/e2_1.json"), "{\"title\": \"Budget vote\", \"triplet-uuid\": \"e2\","
                + " \"body-paragraphs\": [[\"" + s0 + "\", \"" + s1 + "\"]]}", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("annotations/resolved/2016/e2_1_ann.json"), "{\"phrase-level-annotations\": ["
                + span("p0", s0, "slammed", "lex") + "," + span("p0_1", s0, "the disastrous plan", "inf") + ","
                + span("p1", s1, "took a swipe at", "lex") + "]}", StandardCharsets.UTF_8);
        Path noBabe = Files.writeString(dir.resolve("empty.csv"), "text;label_bias;biased_words\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[]{"eval", "assertions", "--part", "all", "--babe", noBabe.toString(),
                "--basil", data.toString(), "--polnear", dir.resolve("none").toString(), "--report", dir.resolve("r.txt").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        // flagged: slammed (marked), disastrous (inside the informational span), swipe (marked); marked: slammed, took,
        // a, swipe, at
        assertTrue(printed.contains("BASIL all, loaded-language: 1 articles, 5 marked words, 3 flagged words, 2 right"), printed);
        assertTrue(printed.contains("words inside informational-bias spans not counted: 5 marked words, 2 flagged words, 2 right;"
                + " precision 1.000, recall 0.400, F1 0.571; marked spans with a flagged word: 2 of 2"), printed);
        // every flagged word is counted once by where it stands (whether "slammed" makes its sentence attributed is
        // the cue list's business): 2 right of 3 in all
        String rep = Files.readString(dir.resolve("r.txt"), StandardCharsets.UTF_8);
        java.util.regex.Matcher places = java.util.regex.Pattern.compile("-- flagged words by where they stand \\(right/flagged\\): (.+)")
                .matcher(rep);
        assertTrue(places.find(), rep);
        int right = 0, flagged = 0;
        for (String p : places.group(1).split(", ")) {
            assertTrue(p.matches("(attributed sentence|own voice)/outside attributions \\d+/\\d+"), p);
            String[] f = p.substring(p.lastIndexOf(' ') + 1).split("/");
            right += Integer.parseInt(f[0]);
            flagged += Integer.parseInt(f[1]);
        }
        assertEquals(2, right);
        assertEquals(3, flagged);
    }

    private static String span(String id, String sentence, String txt, String bias) {
        int at = sentence.indexOf(txt);
        return "{\"id\": \"" + id + "\", \"txt\": \"" + txt + "\", \"start\": " + at + ", \"end\": " + (at + txt.length())
                + ", \"bias\": \"" + bias + "\", \"quote\": \"no\"}";
    }
}
