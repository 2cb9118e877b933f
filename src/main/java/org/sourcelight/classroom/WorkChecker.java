package org.sourcelight.classroom;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sourcelight.model.Sentence;
import org.sourcelight.text.TextDocument;

/**
 * Compares a student's marks with a lesson's answer key. A mark finds a key item of the same category and article
 * when their ranges overlap by at least half of the shorter one, or, failing that, when the mark lies inside the
 * sentence where the key item starts (marking "Zakharova" finds the whole attribution; marking the cue word "said"
 * of that sentence finds it too). Each key item and each mark is used at most once; the closest pairs go first.
 * Deterministic.
 */
public final class WorkChecker {
    private static final double SAME_SENTENCE = 0.25;

    private WorkChecker() {}

    public static CheckResult check(Lesson lesson, List<Mark> marks) {
        return check(lesson, documents(lesson), marks);
    }

    /** The lesson's documents, built once, for checking many students' work. */
    public static List<TextDocument> documents(Lesson lesson) {
        List<TextDocument> out = new ArrayList<>();
        for (LessonArticle a : lesson.articles()) out.add(a.document());
        return out;
    }

    /** @param documents the lesson's documents, as {@link #documents} builds them */
    public static CheckResult check(Lesson lesson, List<TextDocument> documents, List<Mark> marks) {
        Map<Category, List<CheckResult.Found>> found = new EnumMap<>(Category.class);
        Map<Category, List<CheckResult.Missed>> missed = new EnumMap<>(Category.class);
        Map<Category, List<Mark>> extra = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            found.put(c, new ArrayList<>());
            missed.put(c, new ArrayList<>());
            extra.put(c, new ArrayList<>());
        }
        for (int ai = 0; ai < lesson.articles().size(); ai++) {
            LessonArticle article = lesson.articles().get(ai);
            List<KeyItem> key = article.key();
            List<Mark> mine = new ArrayList<>();
            for (Mark m : marks) if (m.article() == ai) mine.add(m);
            List<Sentence> sentences = key.isEmpty() || mine.isEmpty() ? List.of() : documents.get(ai).sentences();
            List<double[]> pairs = new ArrayList<>(); // score, key index, mark index
            for (int k = 0; k < key.size(); k++) {
                for (int m = 0; m < mine.size(); m++) {
                    double s = score(key.get(k), mine.get(m), sentences);
                    if (s > 0) pairs.add(new double[]{s, k, m});
                }
            }
            pairs.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0]) : p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[2], q[2]));
            Mark[] byKey = new Mark[key.size()];
            boolean[] usedMark = new boolean[mine.size()];
            for (double[] p : pairs) {
                int k = (int) p[1], m = (int) p[2];
                if (byKey[k] != null || usedMark[m]) continue;
                byKey[k] = mine.get(m);
                usedMark[m] = true;
            }
            for (int k = 0; k < key.size(); k++) {
                KeyItem item = key.get(k);
                if (byKey[k] != null) found.get(item.category()).add(new CheckResult.Found(ai, item, byKey[k]));
                else missed.get(item.category()).add(new CheckResult.Missed(ai, item));
            }
            for (int m = 0; m < mine.size(); m++) if (!usedMark[m]) extra.get(mine.get(m).category()).add(mine.get(m));
        }
        for (Mark m : marks) if (m.article() >= lesson.articles().size()) extra.get(m.category()).add(m);
        List<CheckResult.PerCategory> out = new ArrayList<>();
        for (Category c : Category.values()) out.add(new CheckResult.PerCategory(c, found.get(c), missed.get(c), extra.get(c)));
        return new CheckResult(out);
    }

    /** 0 when the mark does not find the key item; otherwise higher for closer matches. */
    static double score(KeyItem key, Mark mark, List<Sentence> sentences) {
        if (key.category() != mark.category()) return 0;
        int overlap = Math.min(key.end(), mark.end()) - Math.max(key.start(), mark.start());
        int shorter = Math.min(key.end() - key.start(), mark.end() - mark.start());
        if (overlap > 0 && 2L * overlap >= shorter) return 0.5 + 0.5 * overlap / (double) Math.max(key.end() - key.start(), mark.end() - mark.start());
        Sentence s = sentenceAt(sentences, key.start());
        return s != null && mark.start() >= s.start() && mark.end() <= s.end() ? SAME_SENTENCE : 0;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s;
        return null;
    }
}
