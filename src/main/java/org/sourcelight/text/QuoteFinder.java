package org.sourcelight.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sourcelight.model.QuoteSpan;
import org.sourcelight.model.Span;

/**
 * Finds quotations in normalized text (where all double quotation marks are {@code "}). Works paragraph by
 * paragraph; a mark is read as opening or closing from its neighbours (space or start before and a letter after
 * opens; a letter or punctuation before and space or punctuation after closes), so a quote nested with the same
 * marks is still found. An unclosed quote runs to the end of its paragraph; a paragraph that opens with a quote
 * mark right after such a paragraph is marked as a continuation. A paragraph wrapped in single quotes (a quoted
 * headline) is a quote too. Never fails: unbalanced marks give best-effort spans.
 */
public final class QuoteFinder {

    public List<QuoteSpan> find(String text, List<Span> paragraphs) {
        List<QuoteSpan> out = new ArrayList<>();
        boolean previousUnclosed = false;
        for (Span p : paragraphs) {
            int before = out.size();
            boolean unclosed = findInParagraph(text, p, out, previousUnclosed);
            if (out.size() == before && isSingleQuoted(text, p)) {
                out.add(new QuoteSpan(p.start(), p.end(), p.start() + 1, p.end() - 1, true, false));
            }
            previousUnclosed = unclosed;
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    private static boolean isSingleQuoted(String text, Span p) {
        if (p.length() < 3) return false;
        return text.charAt(p.start()) == '\'' && text.charAt(p.end() - 1) == '\''
                && Character.isLetterOrDigit(text.charAt(p.start() + 1));
    }

    /** Returns true when the paragraph ends inside an unclosed quote. */
    private static boolean findInParagraph(String text, Span p, List<QuoteSpan> out, boolean previousUnclosed) {
        Deque<Integer> open = new ArrayDeque<>();
        boolean continued = false;
        List<QuoteSpan> local = new ArrayList<>();
        for (int i = p.start(); i < p.end(); i++) {
            if (text.charAt(i) != '"') continue;
            char prev = i > p.start() ? text.charAt(i - 1) : ' ';
            char next = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
            boolean canOpen = isOpenContext(prev) && !Character.isWhitespace(next);
            boolean canClose = !Character.isWhitespace(prev) && (isCloseContext(next));
            if (open.isEmpty()) {
                if (canOpen || !canClose) {
                    if (i == p.start() && previousUnclosed) continued = true;
                    open.push(i);
                }
                // a lone closing-looking mark with nothing open is ignored
            } else if (canOpen && !canClose) {
                open.push(i); // nested quote with the same marks
            } else {
                int s = open.pop();
                boolean cont = continued && s == p.start();
                local.add(new QuoteSpan(s, i + 1, s + 1, i, true, cont));
            }
        }
        boolean unclosed = false;
        while (!open.isEmpty()) {
            int s = open.removeLast(); // outermost first
            int e = p.end();
            boolean cont = continued && s == p.start();
            local.add(new QuoteSpan(s, e, Math.min(s + 1, e), e, false, cont));
            unclosed = true;
            open.clear();
        }
        out.addAll(local);
        return unclosed;
    }

    private static boolean isOpenContext(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '-' || prev == '\u2013'
                || prev == '\u2014' || prev == ':' || prev == ',';
    }

    private static boolean isCloseContext(char next) {
        return Character.isWhitespace(next) || next == '.' || next == ',' || next == ';' || next == ':' || next == '!'
                || next == '?' || next == ')' || next == ']' || next == '\'' || next == '-' || next == '\u2013'
                || next == '\u2014' || next == '"';
    }
}
