package org.sourcelight.store;

/** A problem with the library database, with a message meant for the reader. */
public class StoreException extends RuntimeException {
    /** What kind of problem, so that a caller can say what happens next ("kept for retry"). */
    public enum Reason { DISK_FULL, READ_ONLY, BUSY, OTHER }

    private final Reason reason;

    public StoreException(String message) {
        this(message, null, Reason.OTHER);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, Reason.OTHER);
    }

    public StoreException(String message, Throwable cause, Reason reason) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
