package org.sourcelight.classroom;

/** A student's answer to question number {@code question} (0-based) of the lesson. */
public record Answer(int question, String text) {
    public Answer {
        if (question < 0) throw new IllegalArgumentException("question < 0");
        text = text == null ? "" : text;
    }
}
