package org.sourcelight.classroom;

import java.util.List;

/**
 * What one student did on one lesson: their marks and answers.
 *
 * @param updated when the work was last saved (ISO 8601 UTC), or empty
 */
public record StudentWork(String lessonId, String lessonTitle, String student, List<Mark> marks, List<Answer> answers,
                          String updated) {
    public StudentWork {
        if (lessonId == null || lessonId.isBlank()) throw new IllegalArgumentException("lessonId");
        if (student == null || student.isBlank()) throw new IllegalArgumentException("a student needs a name");
        student = student.strip();
        lessonTitle = lessonTitle == null ? "" : lessonTitle;
        marks = List.copyOf(marks);
        answers = List.copyOf(answers);
        updated = updated == null ? "" : updated;
    }

    /** The answer to question {@code q}, or empty. */
    public String answer(int q) {
        for (Answer a : answers) if (a.question() == q) return a.text();
        return "";
    }
}
