package org.sourcelight.store;

import java.util.Map;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.model.BlockKind;

/** An article row of the library. */
public record StoredArticle(long id, String contentHash, String title, String originalText,
                            Map<Integer, BlockKind> blockHints, ArticleMeta meta, String outletName, String importedAt) {
    public StoredArticle {
        blockHints = blockHints == null ? Map.of() : Map.copyOf(blockHints);
    }
}
