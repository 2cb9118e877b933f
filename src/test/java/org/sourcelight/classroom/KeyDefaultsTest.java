package org.sourcelight.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcelight.Samples;
import org.sourcelight.library.LibraryService;
import org.sourcelight.model.BlockKind;
import org.sourcelight.store.Database;

/**
 * The answer key proposed for the samples by the real analysers: photo credits, site footers and boilerplate are not
 * graded by default; an outlet State Media Monitor did not rate is never "state media"; reasons are in plain words.
 */
class KeyDefaultsTest {
    Database db;
    ClassroomService classroom;
    final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        db = Database.inMemory();
        LibraryService library = LibraryService.standard(db);
        for (String s : Samples.ALL) ids.put(s, library.importFile(Samples.path(s)).id());
        classroom = ClassroomService.standard(library);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theAfpPhotoCreditIsNotStateMediaAndNotInTheKey() {
        LessonArticle a = classroom.draft(ids.get(Samples.S000));
        String text = a.document().text();
        assertTrue(text.contains("(Photo by AFP)"));
        for (KeyItem k : a.keyItems()) {
            if (k.category() == Category.STATE_MEDIA) {
                assertNotEquals("AFP", text.substring(k.start(), k.end()), "AFP is not rated: " + k);
                assertFalse(k.explanation().contains("relies on AFP"), k.explanation());
            }
        }
        for (KeyItem k : a.key()) assertFalse(k.explanation().contains("AFP"), "graded: " + k);
    }

    /** The publisher's own line (often the footer's copyright) is the evidence of who published: it stays in the key. */
    private static boolean publisherEvidence(KeyItem k) {
        return k.category() == Category.STATE_MEDIA && k.explanation().startsWith("The article was published by");
    }

    @Test
    void siteFootersAndBoilerplateAreProposedUnticked() {
        boolean sawFooter = false;
        for (String s : Samples.ALL) {
            LessonArticle a = classroom.draft(ids.get(s));
            for (KeyItem k : a.keyItems()) {
                var block = a.document().blockAt(k.start());
                if (block != null && block.kind() == BlockKind.FOOTER && !publisherEvidence(k)) {
                    sawFooter = true;
                    assertFalse(k.kept(), s + ": footer item kept by default: " + k);
                }
            }
            for (KeyItem k : a.key()) {
                var block = a.document().blockAt(k.start());
                assertFalse(block != null && block.kind() == BlockKind.FOOTER && !publisherEvidence(k), s + ": " + k);
            }
        }
        assertTrue(sawFooter, "the Press TV footer is shared by several samples");
    }

    @Test
    void oneKeyItemPerDuplicatedPassageAndReasonsInPlainWords() {
        for (String s : Samples.ALL) {
            LessonArticle a = classroom.draft(ids.get(s));
            List<KeyItem> dups = a.keyItems().stream().filter(k -> k.category() == Category.DUPLICATE).toList();
            assertEquals(dups.size(), dups.stream().map(k -> k.start() + ":" + k.end()).distinct().count(), s);
            for (KeyItem k : a.keyItems()) {
                assertFalse(k.label().matches(".*[a-z]+-[a-z]+.*") && k.category() == Category.ASSERTION,
                        s + ": internal code as a label: " + k.label());
            }
        }
        LessonArticle rudaw = classroom.draft(ids.get(Samples.S004));
        assertTrue(rudaw.keyItems().stream().anyMatch(k -> k.category() == Category.ASSERTION),
                "Rudaw has assertions to key");
    }
}
