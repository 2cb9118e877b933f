package org.sourcelight.analysis.assertions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms of one word list among the outlet-voice words of a sentence: whole words, case-insensitive,
 * longest match first, matches never overlap and never reach into a quotation. Immutable and thread-safe.
 */
final class TermMatcher {
    /** A match: words {@code [first, end)} of the sentence, and the list entry that matched. */
    record Match(int first, int end, Term term) {}

    private record Entry(String[] words, Term term) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    TermMatcher(List<Term> terms) {
        for (Term t : terms) {
            String[] w = Tokens.split(t.text());
            if (w.length == 0) continue;
            byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Entry(w, t));
        }
        for (List<Entry> l : byFirstWord.values()) l.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    }

    List<Match> find(Tokens t) {
        List<Match> out = null;
        int i = 0;
        while (i < t.size()) {
            Entry e = t.quoted(i) ? null : longestAt(t, i);
            if (e == null) { i++; continue; }
            if (out == null) out = new ArrayList<>(2);
            out.add(new Match(i, i + e.words.length, e.term));
            i += e.words.length;
        }
        return out == null ? List.of() : out;
    }

    private Entry longestAt(Tokens t, int i) {
        List<Entry> candidates = byFirstWord.get(t.word(i));
        if (candidates == null) return null;
        for (Entry e : candidates) {
            if (i + e.words.length > t.size()) continue;
            boolean ok = true;
            for (int k = 1; k < e.words.length && ok; k++) ok = !t.quoted(i + k) && e.words[k].equals(t.word(i + k));
            if (ok) return e;
        }
        return null;
    }
}
