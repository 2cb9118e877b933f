package org.sourcelight.importer;

import java.util.Map;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;

/**
 * An article read from a file, pasted text or a URL, ready to be built into a document and stored.
 *
 * @param originalText     the article text as the reader should see it: for plain text the decoded file, for HTML
 *                         the extracted main text, one paragraph per line, paragraphs separated by blank lines
 * @param meta             title, byline, date, canonical URL and site name where the source said them; origin is
 *                         the file path as given, the URL, or "pasted text"
 * @param blockHints       block kinds known from HTML structure, by paragraph index (0-based, as DocumentBuilder
 *                         splits the normalized text on blank lines); empty for plain text
 * @param detectedEncoding the character set the bytes were decoded with (e.g. "UTF-8", "windows-1252")
 * @param note             one sentence the reader should see about how the file was read (its bytes overruled the
 *                         declared charset; bad bytes were replaced), or null
 */
public record ImportedArticle(String originalText, ArticleMeta meta, Map<Integer, BlockKind> blockHints, String detectedEncoding,
                              String note) {
    public ImportedArticle {
        if (originalText == null) throw new IllegalArgumentException("originalText");
        if (meta == null) throw new IllegalArgumentException("meta");
        blockHints = blockHints == null ? Map.of() : Map.copyOf(blockHints);
    }

    public ImportedArticle(String originalText, ArticleMeta meta, Map<Integer, BlockKind> blockHints, String detectedEncoding) {
        this(originalText, meta, blockHints, detectedEncoding, null);
    }

    public ImportedArticle withNote(String n) { return new ImportedArticle(originalText, meta, blockHints, detectedEncoding, n); }
}
