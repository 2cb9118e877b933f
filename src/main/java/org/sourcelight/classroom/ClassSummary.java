package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.text.TextDocument;

/** What a class did on one lesson: totals per category, a score per student, and the key items most often missed. */
public record ClassSummary(Lesson lesson, List<Totals> categories, List<StudentScore> students, List<MissedItem> mostMissed) {
    public record Totals(Category category, int found, int missed, int extra) {}

    /** {@code percent} of the key found; extra marks are shown beside it, not subtracted. */
    public record StudentScore(String student, int found, int keySize, int extra, int percent) {}

    /** A key item and how many students missed it. */
    public record MissedItem(int article, KeyItem key, int missedBy) {}

    public ClassSummary {
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
                    MissedItem prev = missed.get(id);
                    missed.put(id, new MissedItem(m.article(), m.key(), prev == null ? 1 : prev.missedBy() + 1));
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
        return new ClassSummary(lesson, cats, scores, most);
    }
}
