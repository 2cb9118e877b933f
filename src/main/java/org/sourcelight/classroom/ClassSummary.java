package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.text.TextDocument;

/** What a class did on one lesson: totals per category, a score per student, and the key items most often missed. */
public record ClassSummary(Lesson lesson, List<Totals> categories, List<StudentScore> students, List<MissedItem> mostMissed,
                           List<Answers> answers) {
    public record Totals(Category category, int found, int missed, int extra) {}

    /** {@code percent} of the key found; extra marks are shown beside it, not subtracted. */
    public record StudentScore(String student, int found, int keySize, int extra, int percent) {}

    /** A key item and how many students missed it (each student counted once). */
    public record MissedItem(int article, KeyItem key, int missedBy) {}

    /** What each student wrote for one question of the lesson (students who left it blank are left out). */
    public record Answers(Question question, List<Written> written) {
        public Answers {
            written = List.copyOf(written);
        }
    }

    /** One student's written answer. */
    public record Written(String student, String text) {}

    public ClassSummary {
        answers = List.copyOf(answers);
        categories = List.copyOf(categories);
        students = List.copyOf(students);
        mostMissed = List.copyOf(mostMissed);
    }

    /**
     * Checks each student's work against the lesson. Works on another lesson are refused.
     *
     * @throws IllegalArgumentException naming the student whose work belongs to another lesson
     */
    public static ClassSummary of(Lesson lesson, List<StudentWork> works) {
        Map<Category, int[]> totals = new EnumMap<>(Category.class);
        for (Category c : Category.values()) totals.put(c, new int[3]);
        List<StudentScore> scores = new ArrayList<>();
        Map<String, MissedItem> missed = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> missedBy = new java.util.HashMap<>();
        List<TextDocument> docs = WorkChecker.documents(lesson);
        for (StudentWork w : works) {
            if (!w.lessonId().equals(lesson.id())) {
                throw new IllegalArgumentException(w.student() + "'s work is for another lesson (\"" + w.lessonTitle() + "\"), not \"" + lesson.title() + "\".");
            }
            CheckResult r = WorkChecker.check(lesson, docs, w.marks());
            for (CheckResult.PerCategory p : r.categories()) {
                int[] t = totals.get(p.category());
                t[0] += p.found().size();
                t[1] += p.missed().size();
                t[2] += p.extra().size();
                for (CheckResult.Missed m : p.missed()) {
                    String id = m.article() + ":" + m.key().category() + ":" + m.key().start() + ":" + m.key().end();
                    java.util.Set<String> who = missedBy.computeIfAbsent(id, k -> new java.util.HashSet<>());
                    who.add(w.student().toLowerCase(java.util.Locale.ROOT)); // each student counts once per item
                    missed.put(id, new MissedItem(m.article(), m.key(), who.size()));
                }
            }
            scores.add(new StudentScore(w.student(), r.found(), r.found() + r.missed(), r.extra(), r.percent()));
        }
        List<Totals> cats = new ArrayList<>();
        for (Category c : Category.values()) {
            int[] t = totals.get(c);
            cats.add(new Totals(c, t[0], t[1], t[2]));
        }
        scores.sort(Comparator.comparing(StudentScore::student, String.CASE_INSENSITIVE_ORDER));
        List<MissedItem> most = new ArrayList<>(missed.values());
        most.sort(Comparator.comparingInt(MissedItem::missedBy).reversed()
                .thenComparingInt(MissedItem::article).thenComparingInt(m -> m.key().start()));
        List<StudentWork> byName = new ArrayList<>(works);
        byName.sort(Comparator.comparing(StudentWork::student, String.CASE_INSENSITIVE_ORDER));
        List<Answers> answers = new ArrayList<>();
        for (int q = 0; q < lesson.questions().size(); q++) {
            List<Written> written = new ArrayList<>();
            for (StudentWork w : byName) if (!w.answer(q).isBlank()) written.add(new Written(w.student(), w.answer(q).strip()));
            answers.add(new Answers(lesson.questions().get(q), written));
        }
        return new ClassSummary(lesson, cats, scores, most, answers);
    }
}
