package org.sourcelight.analysis.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms of several word lists at once among the outlet-voice words of a sentence: whole words,
 * case-insensitive, one dictionary look-up per word for all lists. Within one list the longest match wins and
 * matches never overlap; no match reaches into a quotation. Immutable and thread-safe.
 */
final class TermMatcher {
    /** A match: words {@code [first, end)} of the sentence, and the list entry that matched. */
    record Match(int first, int end, Term term) {}

    private record Entry(int list, String[] words, Term term) {}

    private static final Entry[] NONE = new Entry[0];

    private final int lists;
    private final Map<String, Entry[]> byFirstWord = new HashMap<>();

    /** @param lists the word lists; {@link #find} answers by the same indexes */
    TermMatcher(List<List<Term>> lists) {
        this.lists = lists.size();
        Map<String, List<Entry>> m = new HashMap<>();
        for (int k = 0; k < lists.size(); k++) {
            for (Term t : lists.get(k)) {
                String[] w = SentenceWords.split(t.text());
                if (w.length > 0) m.computeIfAbsent(w[0], x -> new ArrayList<>()).add(new Entry(k, w, t));
            }
        }
        for (Map.Entry<String, List<Entry>> e : m.entrySet()) {
            Entry[] a = e.getValue().toArray(NONE);
            Arrays.sort(a, (x, y) -> x.list != y.list ? Integer.compare(x.list, y.list) : Integer.compare(y.words.length, x.words.length));
            byFirstWord.put(e.getKey(), a);
        }
    }

    /** The matches of each list, by list index (an empty list when none). */
    List<List<Match>> find(SentenceWords t) {
        List<List<Match>> out = new ArrayList<>(lists);
        for (int k = 0; k < lists; k++) out.add(List.of());
        int[] nextFree = new int[lists];
        for (int i = 0; i < t.size(); i++) {
            if (t.quoted(i)) continue;
            Entry[] candidates = byFirstWord.get(t.word(i));
            if (candidates == null) continue;
            int done = -1; // the list whose longest match at i was already taken
            for (Entry e : candidates) {
                if (e.list == done || nextFree[e.list] > i || !matchesAt(t, i, e)) continue;
                if (out.get(e.list).isEmpty()) out.set(e.list, new ArrayList<>(2));
                out.get(e.list).add(new Match(i, i + e.words.length, e.term));
                nextFree[e.list] = i + e.words.length;
                done = e.list;
            }
        }
        return out;
    }

    private static boolean matchesAt(SentenceWords t, int i, Entry e) {
        if (i + e.words.length > t.size()) return false;
        for (int k = 1; k < e.words.length; k++) {
            if (t.quoted(i + k) || !e.words[k].equals(t.word(i + k))) return false;
        }
        return true;
    }
}
