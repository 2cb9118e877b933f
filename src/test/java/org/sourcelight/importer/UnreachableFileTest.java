package org.sourcelight.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A missing file, a link loop, a dangling link and a folder one may not enter each say what they are (issue 15). */
class UnreachableFileTest {
    @TempDir Path dir;

    private String refusal(Path p) {
        return assertThrows(ImportException.class, () -> ArticleImporter.standard().importFile(p)).getMessage();
    }

    @Test
    void aMissingFileDoesNotExist() {
        Path p = dir.resolve("nope.txt");
        assertEquals(p + " does not exist.", refusal(p));
    }

    @Test
    void aLoopOfLinksSaysSo() throws Exception {
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
        try {
            Files.createSymbolicLink(a, b);
            Files.createSymbolicLink(b, a);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        assertEquals(a + " is a link that leads back to itself (a loop of links), so it points to no file.", refusal(a));
    }

    @Test
    void aDanglingLinkNamesWhereItPoints() throws Exception {
        Path link = dir.resolve("link.txt");
        try {
            Files.createSymbolicLink(link, dir.resolve("gone.txt"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        assertEquals(link + " is a link to " + dir.resolve("gone.txt") + ", which does not exist.", refusal(link));
    }

    @Test
    void aFolderTheUserMayNotEnterSaysPermission() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path inside = Files.writeString(locked.resolve("article.txt"), "Headline\n\nText.");
        // what the filesystem answers for a folder one may not enter (the test runs as root, whom permissions do not stop)
        assertEquals(inside + " cannot be opened: you do not have permission to open the folder it is in (or the file itself).",
                ArticleImporter.unreachable(inside, new AccessDeniedException(inside.toString())));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.exists(inside), "permissions do not stop this user (root): the real case is skipped");
            assertEquals(inside + " cannot be opened: you do not have permission to open the folder it is in (or the file itself).",
                    refusal(inside));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
