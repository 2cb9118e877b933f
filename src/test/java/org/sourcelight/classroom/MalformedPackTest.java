package org.sourcelight.classroom;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every malformed lesson pack is refused with one plain sentence; nothing escapes as an unchecked exception (issue 15). */
class MalformedPackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private Map<String, byte[]> goodEntries() throws Exception {
        Path good = dir.resolve("good.sllesson");
        LessonPack.standard().write(Fixtures.lesson(), good);
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    private Path zip(String name, Map<String, byte[]> entries, java.nio.charset.Charset names) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(os, names)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return p;
    }

    private Path withManifest(String name, Consumer<ObjectNode> change) throws Exception {
        Map<String, byte[]> entries = goodEntries();
        ObjectNode m = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        change.accept(m);
        entries.put("manifest.json", JSON.writeValueAsBytes(m));
        return zip(name, entries, StandardCharsets.UTF_8);
    }

    private static LessonPackException refused(Path p) {
        LessonPackException e = assertThrows(LessonPackException.class, () -> LessonPack.standard().read(p));
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().startsWith("This lesson pack"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e;
    }

    @Test
    void theGoodPackReads() throws Exception {
        Path p = zip("copy.sllesson", goodEntries(), StandardCharsets.UTF_8);
        assertEquals(Fixtures.lesson(), LessonPack.standard().read(p));
    }

    @Test
    void anEntryNameThatIsNotUtf8IsRefusedPlainly() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("caf\u00e9-\u00ff.txt", "text".getBytes(StandardCharsets.UTF_8)); // written as Latin-1 bytes
        entries.putAll(goodEntries());
        Path p = zip("latin1.sllesson", entries, StandardCharsets.ISO_8859_1);
        assertEquals("This lesson pack is damaged: an entry's name cannot be read (it is not UTF-8 text). Nothing was imported.",
                refused(p).getMessage());
    }

    @Test
    void aNullQuestionIsRefusedPlainly() throws Exception {
        Path p = withManifest("nullq.sllesson", m -> m.putArray("questions").addNull());
        assertEquals("This lesson pack is damaged: one of its questions is empty. Nothing was imported.", refused(p).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles-null-element", "key-items-null-element", "lesson-null", "lesson-id-empty",
            "questions-object", "question-fields-wrong", "article-entry-null", "article-meta-string",
            "key-item-negative", "key-item-reversed", "schema-string", "format-missing", "articles-object",
            "question-text-null", "key-item-category-unknown", "huge-numbers"})
    void everyOtherMalformedManifestIsRefusedPlainly(String how) throws Exception {
        Path p = withManifest(how + ".sllesson", m -> {
            ArrayNode articles = (ArrayNode) m.get("articles");
            ObjectNode first = (ObjectNode) articles.get(0);
            switch (how) {
                case "articles-null-element" -> articles.addNull();
                case "key-items-null-element" -> ((ArrayNode) first.get("keyItems")).addNull();
                case "lesson-null" -> m.putNull("lesson");
                case "lesson-id-empty" -> ((ObjectNode) m.get("lesson")).put("id", "");
                case "lesson-id-number" -> ((ObjectNode) m.get("lesson")).put("id", 12);
                case "questions-object" -> m.putObject("questions").put("a", 1);
                case "question-fields-wrong" -> m.putArray("questions").addObject().put("kind", "nonsense").putArray("choices").addNull();
                case "article-entry-null" -> first.putNull("entry");
                case "article-meta-string" -> first.put("meta", "not an object");
                case "key-item-negative" -> ((ObjectNode) first.get("keyItems").get(0)).put("start", -5);
                case "key-item-reversed" -> ((ObjectNode) first.get("keyItems").get(0)).put("end", 0).put("start", 3);
                case "schema-string" -> m.put("schemaVersion", "one");
                case "format-missing" -> m.remove("format");
                case "articles-object" -> m.putObject("articles");
                case "question-text-null" -> m.putArray("questions").addObject().putNull("text");
                case "key-item-category-unknown" -> ((ObjectNode) first.get("keyItems").get(0)).put("category", "NOPE");
                case "huge-numbers" -> ((ObjectNode) first.get("keyItems").get(0)).put("start", Long.MAX_VALUE);
                default -> fail(how);
            }
        });
        refused(p);
    }

    @Test
    void notAZipTruncatedAndEmptyAreRefusedPlainly() throws Exception {
        refused(Files.writeString(dir.resolve("text.sllesson"), "just words"));
        byte[] good = Files.readAllBytes(zip("full.sllesson", goodEntries(), StandardCharsets.UTF_8));
        // (cut in the central directory at the very end, the entries are all there and the pack reads)
        for (int cut : List.of(4, 30, good.length / 2)) {
            Path p = dir.resolve("cut" + cut + ".sllesson");
            Files.write(p, java.util.Arrays.copyOf(good, cut));
            refused(p);
        }
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        new ZipOutputStream(empty).close();
        refused(Files.write(dir.resolve("empty.sllesson"), empty.toByteArray()));
    }
}
