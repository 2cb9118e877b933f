package org.sourcelight.classroom;

import org.sourcelight.model.AppVersion;
import java.util.List;
import java.util.UUID;

/**
 * A lesson a teacher prepared: articles with their answer keys, and questions. The id identifies the lesson across
 * copies of the app: importing a pack with the same id again updates the same lesson instead of adding a copy.
 *
 * @param appVersion the Sourcelight version that made the lesson
 */
public record Lesson(String id, String title, String teacherNotes, String appVersion, List<LessonArticle> articles,
                     List<Question> questions) {
    public Lesson {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a lesson needs an id");
        title = title == null || title.isBlank() ? "Untitled lesson" : title.strip();
        teacherNotes = teacherNotes == null ? "" : teacherNotes;
        appVersion = appVersion == null ? "" : appVersion;
        articles = List.copyOf(articles);
        questions = List.copyOf(questions);
        if (articles.isEmpty()) throw new IllegalArgumentException("a lesson needs at least one article");
    }

    /** A new lesson with a fresh id, made by this version of the app. */
    public static Lesson create(String title, String teacherNotes, List<LessonArticle> articles, List<Question> questions) {
        return new Lesson(UUID.randomUUID().toString(), title, teacherNotes, AppVersion.current(), articles, questions);
    }

    /** How many key items (kept) the lesson has over all its articles. */
    public int keySize() {
        int n = 0;
        for (LessonArticle a : articles) n += a.key().size();
        return n;
    }
}
