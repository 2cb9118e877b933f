package org.sourcelight.importer;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcelight.Samples;
import org.sourcelight.model.BlockKind;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

class TextImportTest {
    private final ArticleImporter importer = ArticleImporter.standard();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000_23ee36220cf28560.txt|US military presence in Syria resembles occupation: Russia",
        "001_b22a2843e4ff1581.txt|Russian foreign minister says American forces must leave Syria",
        "002_72e6556a1752182b.txt|Russian envoy: US occupation must leave Syria, their presence threatens stability in region",
        "003_b1f2f034b3d55e34.txt|Russia to US: Leave Syria, deal with your own crisis",
        "004_998be1bf658dc753.txt|Syria wants US troops to leave"})
    void eachSampleImportsAndRoundTrips(String name, String title) throws Exception {
        Path file = Samples.path(name);
        ImportedArticle a = importer.importFile(file);
        assertEquals(Samples.text(name), a.originalText(), "the text is kept exactly as in the file");
        assertEquals("UTF-8", a.detectedEncoding());
        assertEquals(Map.of(), a.blockHints(), "plain text leaves structure to DocumentBuilder");
        assertEquals(file.toString(), a.meta().origin());
        assertNull(a.meta().title());
        TextDocument d = DocumentBuilder.standard().build(a.originalText(), a.meta(), a.blockHints());
        assertEquals(title, d.title());
        assertEquals(List.of(title), d.blocks().stream().filter(b -> b.kind() == BlockKind.TITLE).map(b -> d.slice(b.span())).toList());
        assertEquals(Samples.doc(name).text(), d.text());
    }

    @Test
    void windows1252IsDetectedWhenBytesAreNotUtf8() throws Exception {
        byte[] data = {0x48, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, (byte) 0x93, 0x6E, 0x6F, (byte) 0x94, 0x20, (byte) 0x96, 0x20,
            0x63, 0x61, 0x66, (byte) 0xE9, 0x2E};
        Path f = write("cp1252.txt", data);
        ImportedArticle a = importer.importFile(f);
        assertEquals("He said \u201Cno\u201D \u2013 caf\u00E9.", a.originalText());
        assertEquals("windows-1252", a.detectedEncoding());
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        byte[] body = "Caf\u00E9 \u201Cquoted\u201D".getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[body.length + 3];
        data[0] = (byte) 0xEF;
        data[1] = (byte) 0xBB;
        data[2] = (byte) 0xBF;
        System.arraycopy(body, 0, data, 3, body.length);
        ImportedArticle a = importer.importFile(write("bom.txt", data));
        assertEquals("Caf\u00E9 \u201Cquoted\u201D", a.originalText());
        assertEquals("UTF-8 (with BOM)", a.detectedEncoding());
    }

    @Test
    void utf16WithBomBothByteOrders() throws Exception {
        String text = "Erbil \u2013 Kurdistan Region\n\nThe minister said \u201Cleave\u201D.";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        ImportedArticle a = importer.importFile(write("le.txt", le));
        assertEquals(text, a.originalText());
        assertEquals("UTF-16LE (with BOM)", a.detectedEncoding());
        ImportedArticle b = importer.importFile(write("be.txt", be));
        assertEquals(text, b.originalText());
        assertEquals("UTF-16BE (with BOM)", b.detectedEncoding());
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulPattern() throws Exception {
        String text = "Syria wants US troops to leave\n\nThe presence is illegal, the ministry said.";
        ImportedArticle a = importer.importFile(write("nobom.txt", text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, a.originalText());
        assertEquals("UTF-16LE", a.detectedEncoding());
    }

    @Test
    void binaryFilesAreRefusedWithWhatTheyAre() throws Exception {
        Path pdf = write("article.pdf", "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(pdf + " is a PDF document; save the article as text or HTML first.", message(pdf));
        Path png = write("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertEquals(png + " is a PNG image, not an article; Sourcelight reads text or HTML.", message(png));
        Path docx = write("story.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertTrue(message(docx).startsWith(docx + " is a ZIP archive (Word .docx"), message(docx));
        Path bin = write("x.bin", new byte[] {'a', 'b', 0, 1, 2, 'c', 'd', 'e'});
        assertEquals(bin + " looks like a binary file, not an article (text or HTML).", message(bin));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        Path ctl = write("controls.txt", controls);
        assertEquals(ctl + " looks like a binary file, not an article (text or HTML).", message(ctl));
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        assertEquals(empty + " is empty.", message(empty));
        Path blank = write("blank.txt", " \n\t\r\n\u00A0\u200B\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(blank + " contains only blank space, no text.", message(blank));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeReadingIt() throws Exception {
        Path huge = tmp.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: nothing is written
        }
        assertEquals(huge + " is 50 MB; the largest article Sourcelight opens is 16 MB.", message(huge));
    }

    @Test
    void aSmallCapAppliesToFilesTextAndBytes() throws Exception {
        ArticleImporter small = new ArticleImporter(10, Duration.ofSeconds(1), Duration.ofSeconds(1), 5);
        Path f = write("eleven.txt", "12345678901".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> small.importFile(f));
        assertEquals(f + " is 11 bytes; the largest article Sourcelight opens is 10 bytes.", e.getMessage());
        e = assertThrows(ImportException.class, () -> small.importText("12345678901"));
        assertEquals("The pasted text is 11 bytes long; the largest article Sourcelight opens is 10 bytes.", e.getMessage());
    }

    @Test
    void missingPathAndDirectoryAreRefused() throws Exception {
        Path missing = tmp.resolve("nowhere/article.txt");
        assertEquals(missing + " does not exist.", message(missing));
        assertEquals(tmp + " is a folder, not a file; choose an article file inside it.", message(tmp));
    }

    @Test
    void deviceFileIsRefused() {
        Path dev = Path.of("/dev/null");
        assumeTrue(Files.exists(dev), "no /dev/null on this system");
        assertEquals(dev + " is not a regular file (it may be a device or a pipe); choose an article file.", message(dev));
    }

    @Test
    void unreadableFileIsRefused() throws Exception {
        Path f = write("secret.txt", "Some article text.".getBytes(StandardCharsets.UTF_8));
        assumeTrue(f.toFile().setReadable(false) && !Files.isReadable(f), "running as root: file permissions do not bind");
        assertEquals(f + " cannot be read (permission denied).", message(f));
    }

    @Test
    void pastedTextIsKeptAsIs() throws Exception {
        ImportedArticle a = importer.importText("Title line\n\nBody text, said a minister.");
        assertEquals("Title line\n\nBody text, said a minister.", a.originalText());
        assertEquals(ArticleImporter.PASTED, a.meta().origin());
        assertEquals("Unicode", a.detectedEncoding());
        ImportException e = assertThrows(ImportException.class, () -> importer.importText("  \n "));
        assertEquals("The pasted text is empty.", e.getMessage());
    }

    @Test
    void importPathsReportsEachFailureAndContinues() throws Exception {
        Path good = Samples.path(Samples.S004);
        Path missing = tmp.resolve("gone.txt");
        Path empty = write("empty.txt", new byte[0]);
        List<ImportResult> rs = importer.importPaths(List.of(missing, good, empty));
        assertEquals(3, rs.size());
        assertFalse(rs.get(0).succeeded());
        assertEquals(missing + " does not exist.", rs.get(0).error());
        assertTrue(rs.get(1).succeeded());
        assertEquals(Samples.text(Samples.S004), rs.get(1).article().originalText());
        assertEquals(empty + " is empty.", rs.get(2).error());
    }

    @Test
    void importingTheSameFileTwiceGivesEqualArticles() throws Exception {
        Path f = Samples.path(Samples.S000);
        assertEquals(importer.importFile(f), importer.importFile(f));
    }

    private String message(Path p) {
        return assertThrows(ImportException.class, () -> importer.importFile(p)).getMessage();
    }

    private Path write(String name, byte[] data) throws IOException {
        return Files.write(tmp.resolve(name), data);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
