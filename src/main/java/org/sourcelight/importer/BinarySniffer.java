package org.sourcelight.importer;

import java.nio.charset.StandardCharsets;

/**
 * Refuses data that is not text: well-known file formats by their first bytes (with a message saying what the file
 * is and what to do), then anything with NUL bytes or many control characters.
 */
final class BinarySniffer {
    private static final int SAMPLE = 64 * 1024;
    private static final String SAVE_AS = "; save the article as text or HTML first.";

    private record Magic(byte[] prefix, int at, String what, String advice) {
        static Magic of(String ascii, String what, String advice) {
            return new Magic(ascii.getBytes(StandardCharsets.ISO_8859_1), 0, what, advice);
        }
    }

    private static final Magic[] MAGICS = {
        Magic.of("%PDF-", "a PDF document", SAVE_AS),
        Magic.of("PK\u0003\u0004", "a ZIP archive (Word .docx, OpenDocument and EPUB files are ZIP archives too)", SAVE_AS),
        Magic.of("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "an old Microsoft Office document (.doc)", SAVE_AS),
        Magic.of("{\\rtf", "an RTF document", SAVE_AS),
        Magic.of("%!PS", "a PostScript document", SAVE_AS),
        Magic.of("\u0089PNG", "a PNG image", ", not an article; Sourcelight reads text or HTML."),
        Magic.of("\u00FF\u00D8\u00FF", "a JPEG image", ", not an article; Sourcelight reads text or HTML."),
        Magic.of("GIF8", "a GIF image", ", not an article; Sourcelight reads text or HTML."),
        new Magic("WEBP".getBytes(StandardCharsets.ISO_8859_1), 8, "a WebP image", ", not an article; Sourcelight reads text or HTML."),
        Magic.of("\u001F\u008B", "a gzip-compressed file", "; unpack it first."),
        Magic.of("\u007FELF", "a program", ", not an article; Sourcelight reads text or HTML."),
    };

    private BinarySniffer() {}

    /** @throws ImportException when {@code data} is not text */
    static void check(byte[] data, String name) throws ImportException {
        for (Magic m : MAGICS) {
            if (startsWith(data, m.prefix(), m.at())) throw new ImportException(name + " is " + m.what() + m.advice());
        }
        if (TextDecoder.bom(data) != null || TextDecoder.utf16WithoutBom(data) != null) return;
        int n = Math.min(data.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) throw notText(name);
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) || b == 0x7F) controls++;
        }
        if (controls * 20 > n) throw notText(name);
    }

    private static ImportException notText(String name) {
        return new ImportException(name + " looks like a binary file, not an article (text or HTML).");
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int at) {
        if (data.length < at + prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (data[at + i] != prefix[i]) return false;
        return true;
    }
}
