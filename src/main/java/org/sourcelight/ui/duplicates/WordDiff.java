package org.sourcelight.ui.duplicates;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two passages, for the side-by-side view: each side is cut into segments that are
 * the same on both sides or changed (added, removed or replaced words). Uses java-diff-utils' DiffRowGenerator,
 * line by line (paragraphs), then word by word inside changed lines.
 */
public final class WordDiff {
    private static final String START = "\u0001";
    private static final String END = "\u0002";
    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(s -> s)
            .oldTag(open -> open ? START : END)
            .newTag(open -> open ? START : END)
            .build();

    /** A run of text that is the same in both passages, or changed. */
    public record Segment(String text, boolean changed) {}

    /** Both sides: {@code left} is this article's passage, {@code right} the other one. */
    public record Result(List<Segment> left, List<Segment> right) {
        public Result {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    private WordDiff() {}

    public static Result of(String left, String right) {
        String a = clean(left), b = clean(right);
        List<DiffRow> rows = GENERATOR.generateDiffRows(List.of(a.split("\n", -1)), List.of(b.split("\n", -1)));
        StringBuilder l = new StringBuilder(), r = new StringBuilder();
        for (DiffRow row : rows) {
            if (row.getTag() != DiffRow.Tag.INSERT) line(l, row.getOldLine(), row.getTag() == DiffRow.Tag.DELETE);
            if (row.getTag() != DiffRow.Tag.DELETE) line(r, row.getNewLine(), row.getTag() == DiffRow.Tag.INSERT);
        }
        return new Result(segments(l.toString()), segments(r.toString()));
    }

    /** Appends one line (a paragraph break between lines); a line only one side has is changed as a whole. */
    private static void line(StringBuilder out, String line, boolean whole) {
        if (out.length() > 0) out.append('\n');
        String plain = clean(line);
        out.append(whole && !plain.isEmpty() ? START + plain + END : line);
    }

    private static String clean(String s) {
        return s.replace(START, "").replace(END, "");
    }

    private static List<Segment> segments(String marked) {
        List<Segment> out = new ArrayList<>();
        boolean changed = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START.charAt(0) || c == END.charAt(0)) {
                flush(out, cur, changed);
                changed = c == START.charAt(0);
            } else {
                cur.append(c);
            }
        }
        flush(out, cur, changed);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder cur, boolean changed) {
        if (cur.length() == 0) return;
        String text = cur.toString();
        cur.setLength(0);
        if (!out.isEmpty() && out.get(out.size() - 1).changed() == changed) {
            text = out.remove(out.size() - 1).text() + text;
        }
        out.add(new Segment(text, changed));
    }
}
