package org.sourcelight.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes article bytes to text. Order of evidence: a byte-order mark; bytes that are valid UTF-8 with non-ASCII
 * characters in them (whatever was declared: such bytes are practically never another charset, and pages declared
 * gb2312 or ISO-8859-1 but saved as UTF-8 are common); the charset the sender declared (HTTP header, then for HTML a
 * {@code <meta charset>} in the first 4 KB); UTF-16 recognised by its NUL pattern; mostly-valid UTF-8 (more valid
 * multi-byte characters than bad bytes: the bad bytes become U+FFFD); otherwise Windows-1252 (what "ANSI" text saved
 * on Windows and most mislabelled Latin-1 really is). When the bytes overrule a declaration, or bad bytes were
 * replaced, {@link Decoded#note()} says so in a sentence for the reader.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * @param text        the decoded text, without a byte-order mark
     * @param charset     the name of the charset used, as reported to the reader
     * @param fromDefault true when nothing declared the charset (it was guessed from the bytes)
     * @param note        what the reader should know about the reading (bytes overruled the declared charset, bad bytes
     *                    replaced), or null
     */
    record Decoded(String text, String charset, boolean fromDefault, String note) {
        Decoded(String text, String charset, boolean fromDefault) {
            this(text, charset, fromDefault, null);
        }
    }

    private TextDecoder() {}

    static Decoded decode(byte[] data, Charset declared, boolean html) {
        Charset bom = bom(data);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            Charset said = declared != null ? declared : html ? metaCharset(data) : null;
            String note = said == null || said.equals(bom) ? null : "It says its text is in " + said.name()
                    + ", but it starts with a " + bom.name() + " byte-order mark, so it was read as " + bom.name() + ".";
            return new Decoded(new String(data, skip, data.length - skip, bom), bom.name() + " (with BOM)", false, note);
        }
        Charset cs = declared;
        if (cs == null && html) cs = metaCharset(data);
        Utf8Scan scan = Utf8Scan.of(data);
        if (scan.malformed == 0 && scan.multibyte > 0 && utf16WithoutBom(data) == null) {
            String text = new String(data, StandardCharsets.UTF_8);
            if (cs == null || cs == StandardCharsets.UTF_8) return new Decoded(text, StandardCharsets.UTF_8.name(), cs == null);
            return new Decoded(text, StandardCharsets.UTF_8.name(), false, "It says its text is in " + cs.name()
                    + ", but its bytes are UTF-8, so it was read as UTF-8.");
        }
        if (cs != null) {
            cs = browserEquivalent(cs);
            String strict = strictly(data, cs);
            if (strict != null) return new Decoded(strict, cs.name(), false);
            if (cs == StandardCharsets.UTF_8) return mostlyUtf8OrWindows1252(data, scan, false);
            return new Decoded(new String(data, cs), cs.name(), false);
        }
        Charset utf16 = utf16WithoutBom(data);
        if (utf16 != null) return new Decoded(new String(data, utf16), utf16.name(), true);
        if (scan.malformed == 0) return new Decoded(new String(data, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name(), true);
        return mostlyUtf8OrWindows1252(data, scan, true);
    }

    /** UTF-8 with the bad bytes replaced when valid multi-byte characters outnumber them; else Windows-1252. */
    private static Decoded mostlyUtf8OrWindows1252(byte[] data, Utf8Scan scan, boolean fromDefault) {
        if (scan.multibyte > scan.malformed) {
            String n = scan.malformed == 1 ? "1 byte that is" : scan.malformed + " bytes that are";
            return new Decoded(new String(data, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name(), fromDefault,
                    "It was read as UTF-8; " + n + " not valid UTF-8 were replaced by \uFFFD.");
        }
        return new Decoded(new String(data, WINDOWS_1252), WINDOWS_1252.name(), fromDefault);
    }

    /** Counts of valid multi-byte UTF-8 characters and of bytes that are not part of a valid sequence, in one pass. */
    record Utf8Scan(long multibyte, long malformed) {
        static Utf8Scan of(byte[] d) {
            long multi = 0, bad = 0;
            int i = 0;
            int n = d.length;
            while (i < n) {
                int b = d[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int len;
                int min;
                if (b >= 0xC2 && b <= 0xDF) { len = 2; min = 0x80; }
                else if (b >= 0xE0 && b <= 0xEF) { len = 3; min = 0x800; }
                else if (b >= 0xF0 && b <= 0xF4) { len = 4; min = 0x10000; }
                else { bad++; i++; continue; }
                if (i + len > n) { bad++; i++; continue; }
                int cp = b & (0xFF >> (len + 1));
                boolean ok = true;
                for (int k = 1; k < len; k++) {
                    int c = d[i + k] & 0xFF;
                    if ((c & 0xC0) != 0x80) { ok = false; break; }
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { bad++; i++; continue; }
                multi++;
                i += len;
            }
            return new Utf8Scan(multi, bad);
        }
    }

    /** The charset a byte-order mark at the start of {@code data} announces, or null. */
    static Charset bom(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /**
     * UTF-16 without a byte-order mark, recognised when mostly-Latin text puts a NUL in every other byte: LE when the
     * odd bytes are NUL, BE when the even ones are. Null when the pattern is absent.
     */
    static Charset utf16WithoutBom(byte[] data) {
        int n = Math.min(data.length, 4096) & ~1;
        if (n < 8) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (data[i] == 0) evenNul++;
            if (data[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs) return StandardCharsets.UTF_16LE;
        if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** The charset named by a {@code <meta charset>} or {@code http-equiv} tag in the first 4 KB, or null. */
    static Charset metaCharset(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    /** The charset with this name, or null when Java does not know it. */
    static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Browsers read ISO-8859-1 and US-ASCII labels as Windows-1252 (WHATWG Encoding); so do we. */
    private static Charset browserEquivalent(Charset cs) {
        String n = cs.name().toUpperCase(Locale.ROOT);
        if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) return WINDOWS_1252;
        return cs;
    }

    private static String strictly(byte[] data, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(data));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** True when the text holds nothing visible: only white space, byte-order marks, zero-width and control characters. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) continue;
            if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD') continue;
            return false;
        }
        return true;
    }
}
