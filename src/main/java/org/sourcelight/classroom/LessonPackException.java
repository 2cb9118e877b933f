package org.sourcelight.classroom;

/** A lesson pack or student work file that cannot be read or written; the message is one plain sentence. */
public final class LessonPackException extends Exception {
    public LessonPackException(String message) {
        super(message);
    }

    public LessonPackException(String message, Throwable cause) {
        super(message, cause);
    }
}
