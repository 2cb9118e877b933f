package org.sourcelight.importer;

/**
 * An article could not be imported. The message is one plain sentence for the reader that names the file or URL,
 * e.g. "/tmp/x.bin looks like a binary file, not an article (text or HTML)."
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
