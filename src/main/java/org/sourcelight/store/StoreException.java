package org.sourcelight.store;

/** A problem with the library database, with a message meant for the reader. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
