package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.List;
import org.sourcelight.model.ArticleMeta;
import org.sourcelight.text.DocumentBuilder;
import org.sourcelight.text.TextDocument;

/**
 * An article of a lesson: its text as imported, what is known about it, and its key items (offsets into the
 * normalized text, as everywhere in the app).
 */
public record LessonArticle(String title, String originalText, ArticleMeta meta, List<KeyItem> keyItems) {
    public LessonArticle {
        if (originalText == null || originalText.isBlank()) throw new IllegalArgumentException("an article needs text");
        meta = meta == null ? ArticleMeta.empty() : meta;
        title = title == null || title.isBlank() ? "Untitled" : title;
        keyItems = List.copyOf(keyItems);
    }

    /** The document the key items index. */
    public TextDocument document() {
        return DocumentBuilder.standard().build(originalText, meta.withTitle(title));
    }

    /** The items the teacher kept: the answer key. */
    public List<KeyItem> key() {
        List<KeyItem> out = new ArrayList<>();
        for (KeyItem k : keyItems) if (k.kept()) out.add(k);
        return out;
    }

    public LessonArticle withKeyItems(List<KeyItem> items) {
        return new LessonArticle(title, originalText, meta, items);
    }
}
