package org.sourcelight.analysis.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@link FingerprintIndex} in memory: for tests, and for a set of files analysed together outside the library.
 * Posting lists are kept in article order, so lookups read the same postings as the SQLite index. Thread-safe.
 */
public final class InMemoryFingerprintIndex implements FingerprintIndex {
    private final Map<Integer, TreeSet<Long>> postings = new HashMap<>();
    private final Map<Long, int[]> articles = new HashMap<>();

    @Override
    public synchronized void put(long article, int[] fingerprints) {
        remove(article);
        articles.put(article, fingerprints.clone());
        for (int f : fingerprints) postings.computeIfAbsent(f, k -> new TreeSet<>()).add(article);
    }

    @Override
    public synchronized boolean has(long article) { return articles.containsKey(article); }

    @Override
    public synchronized void remove(long article) {
        int[] old = articles.remove(article);
        if (old == null) return;
        for (int f : old) {
            TreeSet<Long> p = postings.get(f);
            p.remove(article);
            if (p.isEmpty()) postings.remove(f);
        }
    }

    @Override
    public synchronized List<Candidate> candidates(int[] fingerprints, long exclude, int limit) {
        CandidateCounter counter = new CandidateCounter(exclude);
        for (int f : fingerprints) {
            TreeSet<Long> p = postings.get(f);
            if (p == null) continue;
            List<Long> read = new ArrayList<>();
            for (long a : p) {
                if (read.size() == POSTINGS_PER_FINGERPRINT) break;
                read.add(a);
            }
            counter.add(read);
        }
        return counter.top(limit);
    }

    /** Articles held. */
    public synchronized List<Long> articles() { return new ArrayList<>(new TreeSet<>(articles.keySet())); }
}
