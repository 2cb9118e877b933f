package org.sourcelight.classroom;

/** A question of the lesson; {@code expectedAnswer} is the teacher's answer (empty when open-ended). */
public record Question(String text, String expectedAnswer) {
    public Question {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a question needs text");
        expectedAnswer = expectedAnswer == null ? "" : expectedAnswer;
    }
}
