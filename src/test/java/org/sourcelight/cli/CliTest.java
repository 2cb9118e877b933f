package org.sourcelight.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcelight.Samples;

class CliTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void analyzesAllSamplesAsStableJson() throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze", "--format", "json"));
        for (String s : Samples.ALL) args.add(Samples.path(s).toString());
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        JsonNode articles = root.get("articles");
        assertEquals(5, articles.size());
        JsonNode a0 = articles.get(0);
        assertEquals(Samples.path(Samples.S000).toString(), a0.get("file").asText());
        assertEquals("US military presence in Syria resembles occupation: Russia", a0.get("title").asText());
        String text = a0.get("text").asText();
        assertTrue(text.startsWith("News / Syria / Russia\n\nUS military presence"));
        for (String field : List.of("sources", "citedOutlets", "duplicates", "assertions")) {
            assertTrue(a0.get(field).isArray(), field);
        }
        assertTrue(a0.has("outlet"));
        // every offset in the report indexes the text
        for (JsonNode art : articles) {
            int len = art.get("text").asText().length();
            for (JsonNode s : art.get("sources")) for (JsonNode m : s.get("mentions")) {
                assertTrue(m.get("start").asInt() <= m.get("end").asInt() && m.get("end").asInt() <= len);
            }
            for (JsonNode x : art.get("assertions")) assertTrue(x.get("end").asInt() <= len);
            for (JsonNode x : art.get("duplicates")) assertTrue(x.get("end").asInt() <= len);
        }
    }

    @Test
    void jsonMadeArticleByArticleOnSeveralThreadsIsTheSameBytesAsOneWriterOnOneThread() throws Exception {
        List<String> files = new ArrayList<>();
        for (String s : Samples.ALL) files.add(Samples.path(s).toString());
        files.add(files.get(0)); // the same file twice: every passage of the copy is shared
        List<String> one = new ArrayList<>(List.of("analyze", "--threads", "1")), three = new ArrayList<>(List.of("analyze", "--threads", "3"));
        one.addAll(files);
        three.addAll(files);
        Run serial = run(one.toArray(String[]::new)); // one thread: the report is written by one generator
        Run parallel = run(three.toArray(String[]::new)); // each article's JSON made on a worker, joined in order
        assertEquals(0, serial.code(), serial.err());
        assertEquals(0, parallel.code(), parallel.err());
        assertEquals(serial.out(), parallel.out());
        assertEquals(6, new ObjectMapper().readTree(parallel.out()).get("articles").size());
        List<String> pretty = new ArrayList<>(List.of("analyze", "--pretty"));
        pretty.addAll(files);
        Run p = run(pretty.toArray(String[]::new));
        assertEquals(new ObjectMapper().readTree(serial.out()), new ObjectMapper().readTree(p.out()));
        assertNotEquals(serial.out(), p.out());
    }

    @Test
    void aFailingFileGetsOneLineAndTheOthersAreStillAnalysed() throws Exception {
        Path bin = dir.resolve("photo.bin");
        Files.write(bin, new byte[]{0, 1, 2, 3, 0, 0, (byte) 0xFF, 0x10, 0, 0});
        Path missing = dir.resolve("missing.txt");
        Run r = run("analyze", bin.toString(), Samples.path(Samples.S001).toString(), missing.toString());
        assertEquals(1, r.code());
        String[] lines = r.err().strip().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].contains("photo.bin"), lines[0]);
        assertTrue(lines[1].contains("missing.txt"), lines[1]);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("articles").size());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("analyze").code());
        assertEquals(2, run("analyze", "--format", "pdf", "x.txt").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void textAndHtmlFormats() {
        Run t = run("analyze", "--format", "text", Samples.path(Samples.S004).toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("== Syria wants US troops to leave"), t.out());
        Run h = run("analyze", "--format", "html", Samples.path(Samples.S004).toString());
        assertEquals(0, h.code());
        assertTrue(h.out().startsWith("<!DOCTYPE html>"));
        assertTrue(h.out().contains("<h1>Syria wants US troops to leave</h1>"));
        assertFalse(h.out().contains("<script"));
    }

    @Test
    void aNewerDatabaseIsRefusedWithAClearLine() throws Exception {
        Path db = dir.resolve("newer.db");
        try (var d = org.sourcelight.store.Database.open(db); var s = d.connection().createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        Run r = run("analyze", "--db", db.toString(), Samples.path(Samples.S000).toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("newer version of Sourcelight"), r.err());
    }
}
