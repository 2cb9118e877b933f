package org.sourcelight.importer;

import java.nio.file.Path;

/**
 * The outcome of importing one path of several: either the article or the reason it could not be imported.
 *
 * @param path    the path as given
 * @param article the imported article, or null when it failed
 * @param error   a plain sentence naming the file, or null when it succeeded
 */
public record ImportResult(Path path, ImportedArticle article, String error) {
    public ImportResult {
        if (path == null) throw new IllegalArgumentException("path");
        if ((article == null) == (error == null)) throw new IllegalArgumentException("exactly one of article and error");
    }

    public static ImportResult ok(Path path, ImportedArticle article) { return new ImportResult(path, article, null); }

    public static ImportResult failed(Path path, String error) { return new ImportResult(path, null, error); }

    public boolean succeeded() { return article != null; }
}
