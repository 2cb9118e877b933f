package org.sourcelight.analysis.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the terms of several word lists at once among the outlet-voice words of a sentence: whole words,
 * case-insensitive, one dictionary look-up per word for all lists. Within one list the longest match wins and
 * matches never overlap; no match reaches into a quotation. A list may let adverbs sit between the words of its
 * phrases ("has repeatedly been accused" matches "been accused"). Immutable and thread-safe.
 */
final class TermMatcher {
    /** A match: words {@code [first, end)} of the sentence, and the list entry that matched. */
    record Match(int first, int end, Term term) {}

    private record Entry(int list, String[] words, Term term) {}

    private static final Entry[] NONE = new Entry[0];

    /**
     * Adverbs that may sit inside a verb phrase without changing who acts ("has instead been repeatedly accused"):
     * a closed grammatical class, besides any word ending in "-ly".
     */
    private static final Set<String> INNER_ADVERBS = Set.of("also", "instead", "often", "long", "since", "now", "even",
            "still", "already", "once", "again", "themselves", "itself");
    private static final int MAX_SKIPPED = 2;

    private final int lists;
    private final boolean[] skipAdverbs;
    private final Map<String, Entry[]> byFirstWord = new HashMap<>();

    /** @param lists the word lists; {@link #find} answers by the same indexes */
    TermMatcher(List<List<Term>> lists) {
        this(lists, Set.of());
    }

    /** @param adverbLists indexes of the lists whose phrases may have adverbs between their words */
    TermMatcher(List<List<Term>> lists, Set<Integer> adverbLists) {
        this.lists = lists.size();
        this.skipAdverbs = new boolean[lists.size()];
        for (int k : adverbLists) skipAdverbs[k] = true;
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
                if (e.list == done || nextFree[e.list] > i) continue;
                int end = matchesAt(t, i, e, skipAdverbs[e.list]);
                if (end < 0) continue;
                if (out.get(e.list).isEmpty()) out.set(e.list, new ArrayList<>(2));
                out.get(e.list).add(new Match(i, end, e.term));
                nextFree[e.list] = end;
                done = e.list;
            }
        }
        return out;
    }

    /** The end of the match of {@code e} starting at word {@code i}, or -1. */
    private static int matchesAt(SentenceWords t, int i, Entry e, boolean skip) {
        int j = i + 1;
        int skipped = 0;
        for (int k = 1; k < e.words.length; k++) {
            while (skip && j < t.size() && skipped < MAX_SKIPPED && !t.quoted(j) && !e.words[k].equals(t.word(j))
                    && isInnerAdverb(t.word(j))) {
                j++;
                skipped++;
            }
            if (j >= t.size() || t.quoted(j) || !e.words[k].equals(t.word(j))) return -1;
            j++;
        }
        return j;
    }

    static boolean isInnerAdverb(String w) {
        return (w.length() > 4 && w.endsWith("ly")) || INNER_ADVERBS.contains(w);
    }
}
