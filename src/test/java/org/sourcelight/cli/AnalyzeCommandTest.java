package org.sourcelight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@link AnalyzeCommand#plain} reads plain arguments exactly as picocli does, and leaves every other case to it. */
class AnalyzeCommandTest {
    /** The command as picocli fills it for {@code args}. */
    private static AnalyzeCommand picocli(String[] args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.parseArgs(args);
        return cl.getSubcommands().get("analyze").getCommand();
    }

    private static String fields(AnalyzeCommand c) {
        return c.format + " " + c.db + " " + c.pretty + " " + c.threads + " " + c.budgetSeconds + " " + c.files;
    }

    private static void same(String... args) {
        AnalyzeCommand plain = AnalyzeCommand.plain(args);
        assertNotNull(plain, String.join(" ", args));
        assertEquals(fields(picocli(args)), fields(plain), String.join(" ", args));
    }

    @Test
    void plainArgumentsGiveTheFieldsPicocliGives() {
        same("analyze", "a.txt");
        same("analyze", "a.txt", "b.html", "dir/c d.txt");
        same("analyze", "--format", "text", "a.txt");
        same("analyze", "--format=html", "a.txt", "--pretty");
        same("analyze", "--pretty", "--format", "json", "a.txt", "b.txt");
        same("analyze", "--threads", "1", "a.txt");
        same("analyze", "--threads=0", "a.txt");
        same("analyze", "a.txt", "--threads", "16", "b.txt");
        same("analyze", "--time-limit", "2.5", "a.txt");
        same("analyze", "--time-limit=20", "a.txt");
        same("analyze", "--db", "library.sldb", "a.txt");
        same("analyze", "--db=my library.sldb", "--format", "text", "--threads", "3", "--time-limit", "0.25", "--pretty", "a.txt");
        same("analyze", "analyze", "json", "text"); // words that are also command or option values, as files
    }

    @Test
    void everyOtherFormIsLeftToPicocli() {
        for (String[] args : List.of(
                new String[] {"analyze"},
                new String[] {"analyze", "--pretty"},                       // no file: picocli's usage error
                new String[] {"analyze", "--help"},
                new String[] {"analyze", "-h", "a.txt"},
                new String[] {"analyze", "--version", "a.txt"},
                new String[] {"analyze", "@files.txt"},                     // an argument file
                new String[] {"analyze", "--", "-a.txt"},
                new String[] {"analyze", "-", "a.txt"},
                new String[] {"analyze", "", "a.txt"},
                new String[] {"analyze", "--format", "JSON", "a.txt"},     // picocli: not a value of the option
                new String[] {"analyze", "--format", "pdf", "a.txt"},
                new String[] {"analyze", "--format", "json", "--format", "text", "a.txt"}, // given twice
                new String[] {"analyze", "--format"},
                new String[] {"analyze", "a.txt", "--threads"},
                new String[] {"analyze", "--threads", "-1", "a.txt"},
                new String[] {"analyze", "--threads", "010", "a.txt"},
                new String[] {"analyze", "--threads", "0x10", "a.txt"},
                new String[] {"analyze", "--threads", "two", "a.txt"},
                new String[] {"analyze", "--time-limit", "1e3", "a.txt"},
                new String[] {"analyze", "--time-limit", ".5", "a.txt"},
                new String[] {"analyze", "--pretty=true", "a.txt"},
                new String[] {"analyze", "--db", "--pretty", "a.txt"},
                new String[] {"analyze", "--db", "@x", "a.txt"},
                new String[] {"analyze", "--form", "json", "a.txt"},       // an abbreviation
                new String[] {"analyze", "--unknown", "a.txt"},
                new String[] {"bench", "a.txt"})) {
            assertNull(AnalyzeCommand.plain(args), String.join(" ", args));
        }
    }

    /** Random mixes of the plain forms: whenever {@code plain} reads them, picocli reads the same. */
    @Test
    void randomPlainMixesAgreeWithPicocli() {
        Random r = new Random(78);
        String[] formats = {"json", "text", "html"};
        for (int round = 0; round < 300; round++) {
            List<String> a = new ArrayList<>(List.of("analyze"));
            List<String> options = new ArrayList<>(List.of("--format", "--threads", "--time-limit", "--db", "--pretty"));
            java.util.Collections.shuffle(options, r);
            int files = 1 + r.nextInt(4);
            for (String o : options.subList(0, r.nextInt(options.size() + 1))) {
                if (r.nextInt(3) == 0) a.add("f" + r.nextInt(100) + ".txt");
                String v = switch (o) {
                    case "--format" -> formats[r.nextInt(3)];
                    case "--threads" -> Integer.toString(r.nextInt(9));
                    case "--time-limit" -> r.nextBoolean() ? Integer.toString(r.nextInt(100)) : r.nextInt(10) + "." + r.nextInt(100);
                    case "--db" -> "lib" + r.nextInt(10) + ".sldb";
                    default -> null;
                };
                if (v == null) a.add(o);
                else if (r.nextBoolean()) a.add(o + "=" + v);
                else {
                    a.add(o);
                    a.add(v);
                }
            }
            for (int f = 0; f < files; f++) a.add(a.size() > 1 && r.nextBoolean() ? 1 : a.size(), "g" + f + ".txt");
            same(a.toArray(String[]::new));
        }
    }
}
